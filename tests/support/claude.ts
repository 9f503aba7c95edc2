/**
 * The end-to-end harness: runs the real Claude Code (the pinned referee release) offline, against a fake
 * Anthropic API, in a throwaway HOME, so tests can assert what Claude Code loads and what the model sees.
 *
 * Typical use:
 * ```ts
 * const sandbox = await makeSandbox();
 * const api = await startFakeApi(delegateTo("backend-architect:backend-architect", "Design an API"));
 * const run = await runClaude({ sandbox, api, prompt: "hi", pluginDirs: [repoRoot] });
 * const sub = api.modelRequests().find((r) => r.isSubagent);
 * await api.close(); await sandbox.cleanup();
 * ```
 * Use one fake API per `runClaude` call when runs are concurrent, so each run's requests stay apart.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtemp, mkdir, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse as parseYaml } from "yaml";
import { refereeBinary } from "../../scripts/referee.mjs";
import { startTerminal, type Terminal } from "./terminal.js";
import { text, toolUse, type FakeApi, type RecordedRequest, type Reply, type Responder } from "./fake-api.js";

export * from "./fake-api.js";
export * from "./terminal.js";

const execFileAsync = promisify(execFile);

/** Absolute path of this repository's root (the plugin root). */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

/**
 * The referee's `claude`: the pinned release (package.json `config.referee`, or
 * $BACKEND_ARCHITECT_REFEREE_VERSION), fetched into its cache by the suite's global setup.
 */
export const claudeBin = refereeBinary();

/** A throwaway place to run Claude Code in. */
export interface Sandbox {
  /** Root temp directory holding everything below; removed by {@link Sandbox.cleanup}. */
  root: string;
  /** The throwaway HOME (Claude Code keeps `~/.claude`, `~/.claude.json` and plugins here). */
  home: string;
  /** A git-initialised, empty project directory: the default cwd. */
  project: string;
  /**
   * The complete environment for a child process: nothing of the caller's is inherited except PATH,
   * locale and SHELL, so no CLAUDE_* / ANTHROPIC_* variable or developer config can leak in. npm is
   * kept offline with its cache in the sandbox.
   */
  env: Record<string, string>;
  /** Removes {@link Sandbox.root}. */
  cleanup(): Promise<void>;
}

/** Options of {@link makeSandbox}: the folder names of HOME and the project (e.g. with spaces or non-ASCII letters). */
export interface SandboxOptions {
  homeName?: string;
  projectName?: string;
}

/** Creates a {@link Sandbox}: temp HOME, temp TMPDIR, a `git init`ed project, and an offline env. */
export async function makeSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), "ba-e2e-"));
  const home = join(root, options.homeName ?? "home");
  const project = join(root, options.projectName ?? "project");
  const tmp = join(root, "tmp");
  await Promise.all([mkdir(home), mkdir(project), mkdir(tmp)]);
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
    SHELL: process.env["SHELL"] ?? "/bin/bash",
    LANG: process.env["LANG"] ?? "C.UTF-8",
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
    XDG_DATA_HOME: join(home, ".local", "share"),
    XDG_STATE_HOME: join(home, ".local", "state"),
    NO_PROXY: "127.0.0.1,localhost",
    // `claude plugin install` runs `npm ci --ignore-scripts` in a plugin that ships package.json and a
    // lockfile (this repository does): keep npm offline and its cache in the sandbox so no test downloads.
    npm_config_offline: "true",
    npm_config_cache: join(home, ".npm"),
    npm_config_update_notifier: "false",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    CLAUDE_CODE_MAX_RETRIES: "0",
    // Nothing answers here: a run that forgets its fake API fails fast instead of reaching the network.
    ANTHROPIC_BASE_URL: "http://127.0.0.1:9",
    ANTHROPIC_API_KEY: "test",
  };
  await execFileAsync("git", ["init", "--quiet", project], { env });
  const cleanup = async (): Promise<void> => {
    await settle(home);
    await rm(root, { recursive: true, force: true });
  };
  return { root, home, project, env, cleanup };
}

/**
 * Waits until no process runs with this HOME: each `claude` of the sandbox, and everything it started
 * (children inherit the environment; tmux's server is started with it too). Claude Code writes to HOME as it
 * exits and from the processes it leaves, so removing the sandbox earlier left /tmp/ba-e2e-*\/home behind.
 * One still there after 10 s is sent SIGTERM, then SIGKILL. Linux only (/proc); elsewhere nothing to wait for.
 */
async function settle(home: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (let round = 0; ; round++) {
    const pids = await processesWithHome(home);
    if (pids.length === 0) return;
    const late = Date.now() - deadline;
    if (late > 0) {
      for (const pid of pids) {
        try {
          process.kill(pid, late > 5_000 ? "SIGKILL" : "SIGTERM");
        } catch {
          // gone meanwhile
        }
      }
      if (late > 10_000) return;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * (round + 1), 250)));
  }
}

/** The processes whose environment has HOME=`home` (a zombie's reads empty: it can write nothing more). */
async function processesWithHome(home: string): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return [];
  }
  const needle = Buffer.from(`\0HOME=${home}\0`, "utf8");
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const environ = await readFile(`/proc/${entry}/environ`).catch(() => undefined);
    if (environ && Buffer.concat([Buffer.from([0]), environ]).includes(needle)) found.push(Number(entry));
  }
  return found;
}

/** One line of `--output-format stream-json` output. */
export interface StreamEvent {
  type: string;
  subtype?: string;
  [key: string]: unknown;
}

/** The first stream-json event: what the session loaded. */
export interface InitEvent extends StreamEvent {
  type: "system";
  subtype: "init";
  /** Agent types, e.g. `backend-architect:backend-architect` for a plugin agent. */
  agents: string[];
  plugins: { name: string; path: string; source: string; version?: string }[];
  /** Main-thread tools (the Agent tool is listed under its legacy name `Task` here). */
  tools: string[];
  model: string;
}

/** Options of {@link runClaude}. */
export interface RunClaudeOptions {
  sandbox: Sandbox;
  /** The fake API this run talks to (its URL becomes `ANTHROPIC_BASE_URL`). */
  api: FakeApi;
  /** The user prompt passed to `claude -p`. */
  prompt: string;
  /** Each becomes `--plugin-dir <dir>`. */
  pluginDirs?: readonly string[];
  /** Extra CLI arguments, appended last. */
  args?: readonly string[];
  /** Extra environment, applied over the sandbox's. */
  env?: Record<string, string>;
  /** Working directory; defaults to the sandbox project. */
  cwd?: string;
  /** Hard limit; the process is killed and the call rejects when it is exceeded. Default 45 s. */
  timeoutMs?: number;
}

/** The outcome of one `claude -p` run. */
export interface ClaudeRun {
  code: number;
  /** Every stream-json event, in order. */
  events: StreamEvent[];
  /** The `system/init` event. */
  init: InitEvent;
  /** The final `result` event, if Claude Code printed one. */
  result: StreamEvent | undefined;
  stdout: string;
  stderr: string;
  /** Wall time of the process in milliseconds. */
  durationMs: number;
}

/** Outcome of a plain `claude ...` command. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link claude}. */
export interface ClaudeCommandOptions {
  sandbox: Sandbox;
  env?: Record<string, string>;
  /** Defaults to the sandbox project. */
  cwd?: string;
  /** Default 30 s. */
  timeoutMs?: number;
}

/**
 * Runs `claude -p <prompt> --output-format stream-json --verbose` against `api`, in the sandbox.
 * Rejects (with stderr in the message) when the process times out or prints no init event;
 * a non-zero exit code is returned, not thrown, so tests can assert on failures.
 */
export async function runClaude(options: RunClaudeOptions): Promise<ClaudeRun> {
  const args = [
    "-p",
    options.prompt,
    "--output-format",
    "stream-json",
    "--verbose",
    ...(options.pluginDirs ?? []).flatMap((dir) => ["--plugin-dir", dir]),
    ...(options.args ?? []),
  ];
  const started = Date.now();
  const out = await spawnClaude(args, {
    env: { ...options.sandbox.env, ANTHROPIC_BASE_URL: options.api.url, ...options.env },
    cwd: options.cwd ?? options.sandbox.project,
    timeoutMs: options.timeoutMs ?? 45_000,
  });
  const durationMs = Date.now() - started;
  const events = parseEvents(out.stdout);
  const init = events.find((e): e is InitEvent => e.type === "system" && e.subtype === "init");
  if (init === undefined) {
    throw new Error(`claude -p printed no init event (exit ${out.code}).\nstderr:\n${out.stderr}\nstdout:\n${out.stdout}`);
  }
  return { ...out, events, init, result: events.find((e) => e.type === "result"), durationMs };
}

/** Runs `claude <args>` (e.g. `plugin list --json`) in the sandbox, with no API behind it. */
export async function claude(args: readonly string[], options: ClaudeCommandOptions): Promise<CommandResult> {
  return spawnClaude(args, {
    env: { ...options.sandbox.env, ...options.env },
    cwd: options.cwd ?? options.sandbox.project,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
}

function spawnClaude(args: readonly string[], options: { env: Record<string, string>; cwd: string; timeoutMs: number }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(claudeBin, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`claude ${args.join(" ")} timed out after ${options.timeoutMs} ms.\nstderr:\n${stderr}\nstdout:\n${stdout}`));
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal === null ? 1 : 128), stdout, stderr });
    });
  });
}

function parseEvents(stdout: string): StreamEvent[] {
  return stdout.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      const value: unknown = JSON.parse(line);
      return typeof value === "object" && value !== null && typeof (value as StreamEvent).type === "string" ? [value as StreamEvent] : [];
    } catch {
      return [];
    }
  });
}

/** Options of {@link delegateTo}. */
export interface DelegateOptions {
  /** The Agent tool call's `description`. Default `"delegated task"`. */
  description?: string;
  /** What the subagent answers. Default `"Subagent report."`. */
  subagentReply?: Reply;
  /** What the main model says once the subagent has answered. Default `"Done."`. */
  finalReply?: Reply;
}

/** The tool_use id {@link delegateTo} gives its Agent call. */
export const DELEGATE_TOOL_USE_ID = "toolu_fake_delegate";

/** The tool_use id {@link handBack} gives a subagent's SubagentHandback call. */
export const HANDBACK_TOOL_USE_ID = "toolu_fake_handback";

/**
 * How a subagent ends with `report`. Where Claude Code offers it the SubagentHandback tool (a background
 * subagent in an interactive auto-mode session, in 2.1.x), only a report sent through that tool reaches
 * the caller: plain text is answered, up to three times, with "[handback-send-enforce] Your report has not
 * been delivered". So this calls the tool there, and answers with plain text elsewhere (and once the call
 * has been answered, so a refused call cannot loop).
 */
export function handBack(request: RecordedRequest, report: string): Reply {
  const sent = request.messages.some(
    (message) => Array.isArray(message.content) && message.content.some((block) => block.type === "tool_use" && block.id === HANDBACK_TOOL_USE_ID),
  );
  if (!request.tools.includes("SubagentHandback") || sent) return report;
  return { content: [toolUse("SubagentHandback", { message: report }, HANDBACK_TOOL_USE_ID)] };
}

/**
 * `true` for the auto-mode safety monitor's call: in an auto-mode session Claude Code has a model grade a
 * subagent's work before its report is handed over (no tools, a "security monitor" system prompt, asking
 * for `<severity>N</severity>`). Unanswered, Claude Code retries it ten times and then hands the report
 * over with a note that the monitor was unavailable.
 */
export function isSafetyMonitor(request: RecordedRequest): boolean {
  return request.tools.length === 0 && request.system.includes("You are a security monitor for autonomous AI coding agents");
}

/** The monitor's verdict for routine work: severity 0 of 100, where above 50 blocks. */
export const MONITOR_ALLOWS = "<severity>0</severity>";

/**
 * A responder for a main model that delegates once: its first turn calls the Agent tool with
 * `{ subagent_type: agentType, prompt, run_in_background: false }` (foreground, so `claude -p` waits);
 * the subagent's calls get `subagentReply` (a string is handed back with {@link handBack}); the main turn
 * that carries the Agent tool's result gets `finalReply`, which ends the run. The subagent's request is
 * then the one with `isSubagent`.
 */
export function delegateTo(agentType: string, prompt: string, options: DelegateOptions = {}): Responder {
  return (request: RecordedRequest) => {
    if (request.isSubagent) {
      const reply = options.subagentReply ?? "Subagent report.";
      return typeof reply === "string" ? handBack(request, reply) : reply;
    }
    if (request.lastToolResults.some((r) => r.toolUseId === DELEGATE_TOOL_USE_ID) || !request.tools.includes("Agent")) {
      return options.finalReply ?? "Done.";
    }
    return {
      content: [
        toolUse(
          "Agent",
          { description: options.description ?? "delegated task", prompt, subagent_type: agentType, run_in_background: false },
          DELEGATE_TOOL_USE_ID,
        ),
      ],
    };
  };
}

/** A responder that answers every call with the same text (handy for runs that only inspect the first request). */
export function answerWith(value: string): Responder {
  return () => ({ content: [text(value)] });
}

/**
 * Clones the committed HEAD of `source` (default: this repository; no working-tree changes, no
 * node_modules, no dist) into `dir`, as a user's `git clone` would.
 */
export async function cloneRepo(dir: string, source: string = repoRoot): Promise<string> {
  await execFileAsync("git", ["clone", "--quiet", source, dir]);
  return dir;
}

/** The result of {@link installFromMarketplace}. */
export interface MarketplaceInstall {
  /** The marketplace name read from `<source>/.claude-plugin/marketplace.json`. */
  marketplace: string;
  add: CommandResult;
  install: CommandResult;
}

/**
 * Adds `source` as a marketplace and installs `plugin@<its marketplace name>` into the sandbox's HOME
 * (user scope). Returns both command results; it does not throw on a failed command, so the caller asserts.
 */
export async function installFromMarketplace(sandbox: Sandbox, source: string, plugin: string): Promise<MarketplaceInstall> {
  const manifest = JSON.parse(await readFile(join(source, ".claude-plugin", "marketplace.json"), "utf8")) as { name: string };
  const add = await claude(["plugin", "marketplace", "add", source], { sandbox });
  const install = await claude(["plugin", "install", `${plugin}@${manifest.name}`], { sandbox });
  return { marketplace: manifest.name, add, install };
}

/**
 * Writes what a user's first interactive run leaves behind, so `claude` opens straight on its input box:
 * onboarding done, the folder `cwd` trusted, the sandbox's API key approved (Claude Code records the last
 * 20 characters), and the bypass-permissions warning accepted (`skipDangerousModePermissionPrompt`, only
 * read from user settings). Merges into whatever `~/.claude.json` and `~/.claude/settings.json` hold, so
 * run it after a plugin install.
 */
export async function skipFirstRunScreens(sandbox: Sandbox, cwd: string = sandbox.project): Promise<void> {
  const readJson = async (path: string): Promise<Record<string, unknown>> =>
    JSON.parse(await readFile(path, "utf8").catch(() => "{}")) as Record<string, unknown>;
  const statePath = join(sandbox.home, ".claude.json");
  const state = await readJson(statePath);
  const projects = (state["projects"] ?? {}) as Record<string, Record<string, unknown>>;
  const folder = await realpath(cwd);
  const key = sandbox.env["ANTHROPIC_API_KEY"] ?? "";
  await writeFile(
    statePath,
    JSON.stringify({
      ...state,
      hasCompletedOnboarding: true,
      customApiKeyResponses: { approved: [key.slice(-20)], rejected: [] },
      projects: { ...projects, [folder]: { ...projects[folder], hasTrustDialogAccepted: true } },
    }),
  );
  const settingsPath = join(sandbox.home, ".claude", "settings.json");
  await mkdir(dirname(settingsPath), { recursive: true });
  await writeFile(settingsPath, JSON.stringify({ ...(await readJson(settingsPath)), skipDangerousModePermissionPrompt: true }, null, 2));
}

/** Options of {@link startInteractiveClaude}. */
export interface InteractiveOptions {
  sandbox: Sandbox;
  /** The fake API the session talks to. */
  api: FakeApi;
  /** CLI arguments, e.g. `["--permission-mode", "default"]`. */
  args?: readonly string[];
  /** Extra environment, applied over the sandbox's. */
  env?: Record<string, string>;
  /** Defaults to the sandbox project. */
  cwd?: string;
}

/**
 * Starts the interactive `claude` in a pseudo-terminal (tmux, 120 x 40) in the sandbox, against `api`.
 * Call {@link skipFirstRunScreens} first, or the first wait meets the onboarding screens as unknown dialogs.
 */
export async function startInteractiveClaude(options: InteractiveOptions): Promise<Terminal> {
  const dir = await mkdtemp(join(options.sandbox.root, "terminal-"));
  return startTerminal({
    file: claudeBin,
    args: options.args ?? [],
    env: { ...options.sandbox.env, ANTHROPIC_BASE_URL: options.api.url, ...options.env },
    cwd: options.cwd ?? options.sandbox.project,
    dir,
  });
}

/** An agent file split the way Claude Code splits it, with its frontmatter parsed by a strict YAML parser. */
export interface AgentFile {
  path: string;
  /** The parsed frontmatter (throws while reading if the YAML is not strictly valid). */
  frontmatter: Record<string, unknown>;
  /** Everything after the closing `---` line, trimmed: what Claude Code uses as the subagent's system prompt. */
  body: string;
}

/**
 * Reads an agent file: frontmatter between a leading `---` line and the next `---` line (a BOM is
 * stripped), parsed with `yaml` in strict mode; the body trimmed. Throws on a file without frontmatter or
 * with YAML a strict parser rejects, since that is a broken fixture, not a case to assert on.
 */
export async function readAgentFile(path: string): Promise<AgentFile> {
  const source = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  const lines = source.split(/\r?\n/);
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close === -1) throw new Error(`${path}: no frontmatter between --- lines`);
  const frontmatter: unknown = parseYaml(lines.slice(1, close).join("\n"), { strict: true, uniqueKeys: true, prettyErrors: true });
  if (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter)) {
    throw new Error(`${path}: frontmatter is not a mapping`);
  }
  return { path, frontmatter: frontmatter as Record<string, unknown>, body: lines.slice(close + 1).join("\n").trim() };
}

/** Splits a `tools` value into entries the way Claude Code does: commas/whitespace, except inside parentheses. */
export function toolEntries(tools: unknown): string[] {
  const values = typeof tools === "string" ? [tools] : Array.isArray(tools) ? tools.map(String) : [];
  return values.flatMap((value) => {
    const entries: string[] = [];
    let current = "";
    let depth = 0;
    for (const char of value) {
      if (char === "(") depth += 1;
      if (char === ")") depth = Math.max(0, depth - 1);
      if (depth === 0 && (char === "," || /\s/.test(char))) {
        if (current !== "") entries.push(current);
        current = "";
      } else {
        current += char;
      }
    }
    if (current !== "") entries.push(current);
    return entries;
  });
}

const LEGACY_TOOL_NAMES: Readonly<Record<string, string>> = { Task: "Agent", KillShell: "TaskStop", KillBash: "TaskStop" };

/**
 * The tools a `claude -p` subagent gets for an explicit `tools` value, by the referee's rules
 * (checked in tests/e2e): `Tool(args)` grants the whole tool; legacy names map to current ones; an
 * `mcp__...` entry takes no tool while no MCP server is connected (these sandboxes connect none); with
 * Bash granted, Glob and Grep are folded into it and not granted separately. Sorted. Only for lists of
 * concrete tool names: throws on `*` or an absent/empty value, whose sets these rules do not describe.
 */
export function expectedSubagentTools(tools: unknown): string[] {
  const entries = toolEntries(tools);
  if (entries.length === 0 || entries.includes("*")) throw new Error(`expectedSubagentTools: no concrete tool list in ${JSON.stringify(tools)}`);
  const names = new Set(
    entries.filter((e) => !e.startsWith("mcp__")).map((e) => {
      const base = e.replace(/\(.*\)$/s, "");
      return LEGACY_TOOL_NAMES[base] ?? base;
    }),
  );
  if (names.has("Bash")) {
    names.delete("Glob");
    names.delete("Grep");
  }
  return [...names].sort();
}

/**
 * How the main model's agent list shows a `tools` value: a string as written, a list joined with ", ",
 * and "All tools" when absent or empty (an empty value still grants zero tools). `disallowedTools` is
 * not modelled.
 */
export function announcedTools(tools: unknown): string {
  const written = Array.isArray(tools) ? tools.map(String).join(", ") : tools === undefined || tools === null ? "" : String(tools);
  return written === "" ? "All tools" : written;
}

/** The line Claude Code adds to the main model's agent list for an agent: `- <type>: <description> (Tools: ...)`. */
export function agentAnnouncement(agentType: string, description: string, tools: unknown): string {
  return `- ${agentType}: ${description} (Tools: ${announcedTools(tools)})`;
}
