import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { execArgv, type HookEntry, type HookPlaceholders } from "./command.js";

/**
 * Runs one registered hook command the way the pinned Claude Code release does (read from its binary): exec form spawns
 * the program with its arguments and no shell; shell form runs the string with `/bin/sh -c` (Windows: Git
 * Bash, else PowerShell). The environment gets CLAUDE_PROJECT_DIR and, for a plugin's hooks, CLAUDE_PLUGIN_ROOT
 * (forward slashes for Git Bash on Windows, as Claude Code does); the event goes to stdin as one JSON line.
 * The whole process group is killed at the time limit.
 */
export interface HookRunOptions {
  entry: HookEntry;
  /** The event, as Claude Code writes it to the hook's stdin. */
  input: unknown;
  cwd: string;
  /** The environment Claude Code itself runs in (its own, plus settings' `env`, plus plugin options). */
  env: Readonly<Record<string, string | undefined>>;
  placeholders: HookPlaceholders;
  timeoutMs: number;
  platform?: NodeJS.Platform;
}

export type HookRunResult =
  | { kind: "exited"; code: number; stdout: string; stderr: string }
  | { kind: "timeout"; stdout: string; stderr: string }
  /** The program could not be started (ENOENT: not found; EACCES: not executable), or Claude Code would refuse the entry. */
  | { kind: "not-started"; reason: string };

const MAX_OUTPUT = 1024 * 1024;

export async function runHookCommand(options: HookRunOptions): Promise<HookRunResult> {
  const platform = options.platform ?? process.platform;
  const { projectDir, pluginRoot } = options.placeholders;
  const gitBash = platform === "win32" && options.entry.args === undefined ? findGitBash(options.env) : undefined;
  const forShell = (path: string): string => (gitBash ? path.replaceAll("\\", "/") : path);
  const env: Record<string, string | undefined> = { ...options.env, CLAUDE_PROJECT_DIR: forShell(projectDir) };
  if (pluginRoot !== undefined) env["CLAUDE_PLUGIN_ROOT"] = forShell(pluginRoot);
  if (options.placeholders.pluginData !== undefined) env["CLAUDE_PLUGIN_DATA"] = forShell(options.placeholders.pluginData);
  const common: SpawnOptions = { cwd: options.cwd, env, detached: platform !== "win32", windowsHide: true, stdio: ["pipe", "pipe", "pipe"] };
  let child: ChildProcess;
  try {
    if (options.entry.args !== undefined) {
      const argv = execArgv(options.entry, options.placeholders);
      if (!argv) return { kind: "not-started", reason: "it uses ${CLAUDE_PLUGIN_ROOT} or ${CLAUDE_PLUGIN_DATA} outside a plugin, which Claude Code refuses" };
      child = spawn(argv[0] as string, argv.slice(1), { ...common, shell: false });
    } else if (platform === "win32") {
      if (gitBash) child = spawn(options.entry.command, { ...common, shell: gitBash });
      else child = spawn("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", toPowerShell(options.entry.command)], common);
    } else {
      child = spawn(options.entry.command, { ...common, shell: "/bin/sh" });
    }
  } catch (error) {
    return { kind: "not-started", reason: errnoOf(error) };
  }
  return collect(child, JSON.stringify(options.input), options.timeoutMs);
}

function collect(child: ChildProcess, stdin: string, timeoutMs: number): Promise<HookRunResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    const finish = (result: HookRunResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      kill(child);
      finish({ kind: "timeout", stdout, stderr });
    }, timeoutMs);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => void (stdout.length < MAX_OUTPUT && (stdout += chunk)));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => void (stderr.length < MAX_OUTPUT && (stderr += chunk)));
    child.on("error", (error) => finish({ kind: "not-started", reason: errnoOf(error) }));
    child.on("close", (code, signal) => finish({ kind: "exited", code: code ?? (signal ? 128 : 1), stdout, stderr }));
    // A hook that exits without reading its stdin makes the write fail with EPIPE: that is its answer, not ours.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(`${stdin}\n`, "utf8");
  });
}

function kill(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : String(error);
}

/** Where Claude Code looks for Git Bash on Windows: CLAUDE_CODE_GIT_BASH_PATH, then Git's usual folders. */
function findGitBash(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const configured = env["CLAUDE_CODE_GIT_BASH_PATH"];
  const candidates = [configured, "C:\\Program Files\\Git\\bin\\bash.exe", "C:\\Program Files (x86)\\Git\\bin\\bash.exe"];
  return candidates.find((path): path is string => path !== undefined && path !== "" && existsSync(path));
}

/** PowerShell reads `${env:NAME}`; Claude Code rewrites the three placeholders so before running. */
function toPowerShell(command: string): string {
  let out = command;
  for (const name of ["CLAUDE_PROJECT_DIR", "CLAUDE_PLUGIN_ROOT", "CLAUDE_PLUGIN_DATA"]) out = out.replaceAll(`\${${name}}`, `\${env:${name}}`);
  return out;
}
