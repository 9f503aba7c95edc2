import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bottomPanel, selection, showsDialog, startTerminal, TerminalError, type Terminal } from "../support/terminal.js";

// The terminal driver the interactive end-to-end test stands on: how it reads Claude Code's screens (the
// screens below are as Claude Code drew them in a 120-column tmux pane), and that a dialog nobody
// told it about, or the program exiting, ends a wait with the screen instead of a hang.

const RULE = "─".repeat(120);
const SCREENS = {
  input: [" ▐▛███▛█   Claude Code", "", RULE, "❯ ", RULE, "  ⏸ manual mode on · ? for shortcuts · ← for agents"].join("\n"),
  trust: [RULE, " Accessing workspace:", "", " /tmp/p", "", " ❯ No, exit", "   Yes, I trust this folder", "", " Enter to confirm · Esc to cancel"].join("\n"),
  apiKey: [RULE, "  Detected a custom API key in your environment", "", "  Do you want to use this API key?", "    Yes", "  ❯ No (recommended)", "", "  Enter to confirm · Esc to cancel"].join("\n"),
  bash: [
    "❯ Design the REST endpoints",
    RULE,
    " Bash command",
    " rm -rf main-build",
    " Do you want to proceed?",
    " ❯ 1. Yes",
    "   2. Yes, and always allow access to /tmp/a-very-long-folder-name/that-goes-on/and-on/until/the-line-wraps/main-build from",
    "      this project",
    "   3. No",
    "",
    " Esc to cancel · Tab to amend",
  ].join("\n"),
};

describe("reading Claude Code's screens", () => {
  it.each([
    { screen: "input", dialog: false },
    { screen: "trust", dialog: true },
    { screen: "apiKey", dialog: true },
    { screen: "bash", dialog: true },
  ] as const)("$screen: a dialog is $dialog", ({ screen, dialog }) => {
    expect(showsDialog(SCREENS[screen])).toBe(dialog);
  });

  it("looks for a dialog only below the last rule, not in the conversation above it", () => {
    const history = ["❯ what does 'Do you want to proceed?' mean", "● It is a question. Esc to cancel it.", RULE, "❯ ", RULE, "  ⏸ manual mode on"].join("\n");
    expect(showsDialog(history)).toBe(false);
    expect(bottomPanel(SCREENS.bash)).not.toContain("Design the REST endpoints");
  });

  it.each([
    { screen: "trust", labels: ["No, exit", "Yes, I trust this folder"], cursor: 0 },
    { screen: "apiKey", labels: ["Yes", "No (recommended)"], cursor: 1 },
    {
      screen: "bash",
      labels: ["Yes", "Yes, and always allow access to /tmp/a-very-long-folder-name/that-goes-on/and-on/until/the-line-wraps/main-build from", "No"],
      cursor: 0,
    },
  ] as const)("$screen: reads the options and where the cursor is", ({ screen, labels, cursor }) => {
    expect(selection(bottomPanel(SCREENS[screen]))).toEqual({ labels, cursor });
  });
});

describe("a wait in a real terminal", () => {
  let terminal: Terminal | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await terminal?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  async function run(script: string): Promise<Terminal> {
    dir = await mkdtemp(join(tmpdir(), "ba-terminal-"));
    terminal = await startTerminal({ file: "/bin/sh", args: ["-c", script], env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin" }, cwd: dir, dir });
    return terminal;
  }

  /** A selection as Claude Code draws one: Up/Down move the cursor, Enter picks. */
  const SELECT = `
    const options = ["Yes", "Yes, and don't ask again", "No"];
    let at = 0;
    const draw = () => process.stdout.write("\\x1b[2J\\x1b[H${RULE}\\r\\n Do you want to proceed?\\r\\n" +
      options.map((o, i) => (i === at ? " ❯ " : "   ") + (i + 1) + ". " + o).join("\\r\\n") + "\\r\\n Esc to cancel\\r\\n");
    process.stdin.setRawMode(true);
    process.stdin.on("data", (key) => {
      const k = key.toString();
      if (k === "\\x1b[B") at = Math.min(at + 1, options.length - 1);
      else if (k === "\\x1b[A") at = Math.max(at - 1, 0);
      else if (k === "\\r") { process.stdout.write("\\x1b[2J\\x1b[Hchose: " + options[at] + "\\r\\n"); setTimeout(() => process.exit(0), 30000); return; }
      draw();
    });
    draw();`;

  const dialog = `printf '%s\\n' 'ready' '${RULE}' ' Do you want to proceed?' ' ❯ 1. Yes' '   2. No' ' Esc to cancel'; sleep 30`;

  it("throws on a dialog it was not told about, with the screen", async () => {
    const term = await run(dialog);
    const error = await term.waitFor((screen) => screen.includes("never shown"), { what: "something else", timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerminalError);
    expect((error as TerminalError).reason).toBe("unknown-dialog");
    expect((error as TerminalError).message).toContain("an unknown dialog appeared while waiting for something else");
    expect((error as TerminalError).message).toContain("❯ 1. Yes");
  });

  it("answers a known dialog by the option's label, moving the cursor to it", async () => {
    dir = await mkdtemp(join(tmpdir(), "ba-terminal-"));
    terminal = await startTerminal({ file: process.execPath, args: ["-e", SELECT], env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin" }, cwd: dir, dir });
    const known = { name: "pick No", matches: /Do you want to proceed/, choose: "No" };
    const screen = await terminal.waitFor((s) => s.includes("chose:"), { what: "the choice", timeoutMs: 10_000, dialogs: [known] });
    expect(screen).toContain("chose: No");
    expect(terminal.answered).toEqual(["pick No"]);
  });

  // The program prints, then exits a moment later, as Claude Code does (tmux can lose the output of a
  // program that exits the instant it has printed, which Claude Code never does).
  it("throws when the program exits, with its last screen", async () => {
    const term = await run("echo 'goodbye from the program'; sleep 1; exit 3");
    const error = await term.waitFor(() => false, { what: "anything", timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect((error as TerminalError).reason).toBe("exited");
    expect((error as TerminalError).message).toContain("exited (status 3)");
    expect((error as TerminalError).screen).toContain("goodbye from the program");
  });

  it("throws on a timeout, with the screen", async () => {
    const term = await run("echo 'still thinking'; sleep 30");
    const error = await term.waitFor(() => false, { what: "an answer", timeoutMs: 500 }).catch((e: unknown) => e);
    expect((error as TerminalError).reason).toBe("timeout");
    expect((error as TerminalError).screen).toContain("still thinking");
  });
});
