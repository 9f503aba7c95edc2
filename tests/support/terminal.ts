/**
 * A program in a real pseudo-terminal, driven the way a person drives it: tmux runs it in a detached
 * session of a fixed size on a private socket; the test types, presses keys and reads the screen.
 *
 * Every wait knows which dialogs it may meet and how a user answers each. Any other dialog (a selection
 * list, "Do you want to proceed?", "Enter to confirm", "Esc to cancel") ends the wait with a
 * {@link TerminalError} that carries the screen, so a first-run screen or a permission prompt nobody
 * expected fails the test loudly instead of hanging it. So does the program exiting, or a timeout.
 *
 * ```ts
 * const term = await startTerminal({ file: claudeBin, args: [], env, cwd, dir: sandbox.root });
 * await term.waitFor((s) => s.includes("auto mode on"), { what: "the prompt" });
 * await term.submit("hello");
 * await term.waitFor((s) => s.includes("● OK"), { what: "the answer", dialogs: [launchAgent] });
 * await term.close();
 * ```
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** A dialog a wait may meet, and how a user answers it. */
export interface KnownDialog {
  /** Names it in errors and in {@link Terminal.answered}. */
  name: string;
  /** Tested against the dialog (the screen below its last full-width rule), never the history above it. */
  matches: RegExp;
  /** The option to pick, by its label without the number (`"Yes"` picks `1. Yes`, not `2. Yes, and ...`). */
  choose?: string;
  /** Or: tmux key names to press (`Enter`, `Escape`, `BTab`). */
  keys?: readonly string[];
}

/** Options of {@link Terminal.waitFor}. */
export interface WaitOptions {
  /** What is awaited, for error messages. */
  what: string;
  /** Default 30 s. */
  timeoutMs?: number;
  /** The dialogs that may appear meanwhile; each is answered as it says. Any other dialog throws. */
  dialogs?: readonly KnownDialog[];
}

/** A wait that failed: an unknown dialog, the program exiting, or a timeout. Its message ends with the screen. */
export class TerminalError extends Error {
  constructor(
    readonly reason: "unknown-dialog" | "exited" | "timeout" | "no-option",
    message: string,
    readonly screen: string,
  ) {
    super(`${message}\n--- screen ---\n${screen}\n--------------`);
    this.name = "TerminalError";
  }
}

/** A running program in a tmux pane. */
export interface Terminal {
  /** The visible screen, no-break spaces as spaces, trailing blanks trimmed from each line and from the end. */
  screen(): Promise<string>;
  /** Types `text` literally (no key names). */
  type(text: string): Promise<void>;
  /** Presses keys by their tmux names: `Enter`, `Down`, `Up`, `Escape`, `BTab`, `C-c`. */
  press(...keys: string[]): Promise<void>;
  /** Types `text`, waits until the input line shows it, then presses Enter. */
  submit(text: string, options?: Omit<WaitOptions, "what">): Promise<void>;
  /**
   * Polls the screen until `condition` holds, answering the known dialogs on the way; returns that screen.
   * Throws a {@link TerminalError} on an unknown dialog, when the program exits, or on timeout.
   */
  waitFor(condition: (screen: string) => boolean, options: WaitOptions): Promise<string>;
  /** The names of the known dialogs answered so far, in order. */
  readonly answered: readonly string[];
  /** Ends the tmux server and the program in it. */
  close(): Promise<void>;
}

/** Options of {@link startTerminal}. */
export interface TerminalOptions {
  /** The program and its arguments; run directly, not through a shell. */
  file: string;
  args: readonly string[];
  /** The program's whole environment (tmux starts its server with it; TERM is set for tmux itself). */
  env: Record<string, string>;
  cwd: string;
  /** A folder of this run's own, for tmux's socket and configuration. */
  dir: string;
  /** Default 120 x 40. */
  columns?: number;
  rows?: number;
}

const POLL_MS = 100;
/** `sh -c` script: run "$@", then write its exit status to the file named by the first argument. */
const EXIT_STATUS_WRAPPER = 'status_file="$1"; shift; "$@"; code=$?; printf %s "$code" > "$status_file"; exit "$code"';
const SETTLE_MS = 250;
const ANSWER_RETRY_MS = 2_000;
const RULE = /^\s*─{20,}\s*$/;
/** What every dialog Claude Code shows has, and a plain screen does not. */
const DIALOG = /Esc to cancel|Enter to confirm|Do you want to proceed\?|^\s*❯\s*\d+\.\s/m;

/** The part of a screen below its last full-width rule: where Claude Code puts a dialog, or its footer. */
export function bottomPanel(screen: string): string {
  const lines = screen.split("\n");
  const last = lines.findLastIndex((line) => RULE.test(line));
  return lines.slice(last + 1).join("\n");
}

/** `true` when the screen's bottom panel is a dialog (a selection or a confirmation) rather than the input box. */
export function showsDialog(screen: string): boolean {
  return DIALOG.test(bottomPanel(screen));
}

/** The options of the selection in `panel`: their labels (numbers stripped) and which one the cursor is on. */
export function selection(panel: string): { labels: string[]; cursor: number } | undefined {
  const lines = panel.split("\n");
  const at = lines.findIndex((line) => /^\s*❯\s+\S/.test(line));
  const cursorLine = lines[at];
  if (cursorLine === undefined) return undefined;
  // Labels start in one column: the cursor line's, after "❯" and its spaces; other options are indented to it.
  const arrow = cursorLine.indexOf("❯");
  const column = arrow + 1 + (/^\s*/.exec(cursorLine.slice(arrow + 1))?.[0].length ?? 0);
  const indented = (line: string | undefined): line is string => line !== undefined && line.slice(0, column).replace("❯", " ").trim() === "" && line.trim() !== "";
  // An option's label starts at the column; a longer label wraps onto lines indented further.
  const isOption = (line: string): boolean => line[column] !== undefined && line[column] !== " ";
  let first = at;
  while (indented(lines[first - 1])) first -= 1;
  let last = at;
  while (indented(lines[last + 1])) last += 1;
  const block = lines.slice(first, last + 1);
  const options = block.filter(isOption);
  const labels = options.map((line) => line.slice(column).replace(/^\d+\.\s+/, "").trim());
  return { labels, cursor: options.indexOf(cursorLine) };
}

async function tmux(socket: string, args: readonly string[], env?: Record<string, string>): Promise<string> {
  const { stdout } = await execFileAsync("tmux", ["-S", socket, ...args], env === undefined ? {} : { env });
  return stdout;
}

/** Starts `file args` in a detached tmux session of its own. Fails with a clear message when tmux is missing. */
export async function startTerminal(options: TerminalOptions): Promise<Terminal> {
  const socket = join(options.dir, "tmux.sock");
  const statusFile = join(options.dir, "exit-status");
  const config = join(options.dir, "tmux.conf");
  // Keep the pane after the program exits so its last screen can be shown; focus events as a terminal sends them.
  await writeFile(config, "set -g remain-on-exit on\nset -g focus-events on\nset -g status off\n");
  const columns = options.columns ?? 120;
  const rows = options.rows ?? 40;
  try {
    await tmux(
      socket,
      // Through a shell that writes the program's exit status to a file: tmux marks the pane dead reliably,
      // but under load its #{pane_dead_status} sometimes stays empty.
      ["-f", config, "new-session", "-d", "-x", String(columns), "-y", String(rows), "-c", options.cwd, "--", "/bin/sh", "-c", EXIT_STATUS_WRAPPER, "sh", statusFile, options.file, ...options.args],
      { TERM: "xterm-256color", ...options.env },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error("the interactive tests need tmux on PATH (apt-get install tmux, brew install tmux)");
    throw error;
  }
  const answered: string[] = [];
  let closed = false;

  // Claude Code draws some spaces as no-break spaces (its input line is "❯\u00a0"): compare them as spaces.
  const clean = (raw: string): string => raw.replaceAll("\u00a0", " ").split("\n").map((line) => line.trimEnd()).join("\n").trimEnd();
  const capture = async (...range: string[]): Promise<string> => clean(await tmux(socket, ["capture-pane", "-p", ...range]));
  const screen = (): Promise<string> => capture();
  /** The screen, and the program's exit status once it has exited (one tmux call for both). */
  const poll = async (): Promise<{ shown: string; exitStatus: string | undefined }> => {
    const raw = await tmux(socket, ["capture-pane", "-p", ";", "display-message", "-p", "#{pane_dead}:#{pane_dead_status}"]);
    const cut = raw.trimEnd().lastIndexOf("\n");
    const [dead, status] = raw.trimEnd().slice(cut + 1).split(":");
    return { shown: clean(raw.slice(0, cut + 1)), exitStatus: dead === "1" ? (status || (await deadStatus())) : undefined };
  };
  /** The exit status the wrapper wrote (it is there once the pane is dead; read again for a moment if not). */
  const deadStatus = async (): Promise<string> => {
    for (let tries = 0; tries < 20; tries++) {
      const status = (await readFile(statusFile, "utf8").catch(() => "")).trim();
      if (status !== "") return status;
      await sleep(POLL_MS);
    }
    return "unknown";
  };
  // tmux scrolls a dead pane's last screen up out of view to say it is dead: read the history too.
  const lastScreen = async (): Promise<string> => (await capture("-S", "-")).replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");

  const press = async (...keys: string[]): Promise<void> => {
    await tmux(socket, ["send-keys", ...keys]);
  };

  const choose = async (dialog: KnownDialog, label: string, shown: string): Promise<void> => {
    const deadline = Date.now() + 5_000;
    let current = shown;
    for (;;) {
      const options = selection(bottomPanel(current));
      const target = options?.labels.indexOf(label) ?? -1;
      if (options === undefined || target === -1) {
        throw new TerminalError("no-option", `the ${dialog.name} dialog has no option "${label}"`, current);
      }
      if (target === options.cursor) return press("Enter");
      if (Date.now() > deadline) throw new TerminalError("timeout", `could not move to "${label}" in the ${dialog.name} dialog`, current);
      await press(target > options.cursor ? "Down" : "Up");
      await sleep(POLL_MS);
      current = await screen();
    }
  };

  const answer = async (dialog: KnownDialog, deadline: number): Promise<void> => {
    answered.push(dialog.name);
    // A dialog drawn a moment ago may not take keys yet, and keys it missed are lost: answer once it has
    // settled, and again while it stays (the same answer, so a slow dialog is never answered differently).
    let current = await settle();
    for (;;) {
      if (dialog.choose !== undefined) await choose(dialog, dialog.choose, current);
      else await press(...(dialog.keys ?? ["Enter"]));
      const retry = Date.now() + ANSWER_RETRY_MS;
      while (Date.now() < retry) {
        await sleep(POLL_MS);
        current = await screen();
        if (!dialog.matches.test(bottomPanel(current))) return;
        if (Date.now() > deadline) throw new TerminalError("timeout", `the dialog "${dialog.name}" stayed after it was answered`, current);
      }
    }
  };

  /** The screen once it has not changed for {@link SETTLE_MS}. */
  const settle = async (): Promise<string> => {
    let last = await screen();
    for (;;) {
      await sleep(SETTLE_MS);
      const now = await screen();
      if (now === last) return now;
      last = now;
    }
  };

  const waitFor = async (condition: (screen: string) => boolean, wait: WaitOptions): Promise<string> => {
    const deadline = Date.now() + (wait.timeoutMs ?? 30_000);
    for (;;) {
      const { shown, exitStatus } = await poll();
      if (exitStatus !== undefined) throw new TerminalError("exited", `the program exited (status ${exitStatus}) while waiting for ${wait.what}`, await lastScreen());
      if (showsDialog(shown)) {
        const panel = bottomPanel(shown);
        const known = (wait.dialogs ?? []).find((dialog) => dialog.matches.test(panel));
        if (known === undefined) throw new TerminalError("unknown-dialog", `an unknown dialog appeared while waiting for ${wait.what}`, shown);
        await answer(known, deadline);
        continue;
      }
      if (condition(shown)) return shown;
      if (Date.now() > deadline) throw new TerminalError("timeout", `timed out after ${wait.timeoutMs ?? 30_000} ms waiting for ${wait.what}`, shown);
      await sleep(POLL_MS);
    }
  };

  return {
    screen,
    type: async (text) => {
      await tmux(socket, ["send-keys", "-l", text]);
    },
    press,
    submit: async (text, options = {}) => {
      await tmux(socket, ["send-keys", "-l", text]);
      await waitFor((shown) => shown.split("\n").some((line) => line.trimStart() === `❯ ${text}`), { ...options, what: `the input line to show "${text}"` });
      await press("Enter");
    },
    waitFor,
    answered,
    close: async () => {
      if (closed) return;
      closed = true;
      await tmux(socket, ["kill-server"]).catch(() => undefined);
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
