import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TerminalError,
  bottomPanel,
  cloneRepo,
  handBack,
  installFromMarketplace,
  isSafetyMonitor,
  makeSandbox,
  MONITOR_ALLOWS,
  skipFirstRunScreens,
  startFakeApi,
  startInteractiveClaude,
  toolUse,
  type FakeApi,
  type KnownDialog,
  type RecordedRequest,
  type Responder,
  type Sandbox,
  type Terminal,
  type ToolResult,
} from "../support/claude.js";

// The plugin as people run it: the interactive `claude` in a terminal (tmux), installed from a fresh clone
// through its marketplace, in each permission mode, against the fake API. One session per mode, all at once:
// a backend prompt, whose fake model runs `rm -rf main-build` itself and then hands the work to our agent,
// whose `rm -rf build` our guard must deny; then `@backend-architect`. Only the dialogs Claude Code itself
// shows in that mode are answered, as a user would; any other screen that asks something fails the run with
// the screen. A control session installs a copy of the plugin without the guard hook: there the same
// `rm -rf build` runs, so these tests can fail.

const PLUGIN = "backend-architect";
const AGENT_TYPE = `${PLUGIN}:backend-architect`;
const BACKEND_PROMPT = "Design the REST endpoints and the Postgres schema for our orders service";
const EXPLICIT_PROMPT = "@backend-architect sketch the services for a food delivery platform";
const ROUTING_NOTE = "The backend-architect plugin's router classified this prompt as backend work";
const DELEGATION = `call the Agent tool with subagent_type "${AGENT_TYPE}"`;
const ASKED_NOTE = `The user asked for the ${AGENT_TYPE} agent by name`;
const REPORT = "Cleaning build/ needs a command outside npm; please run it yourself.";
const REPORT_SEEN = "The backend-architect report is in.";
const EXPLICIT_REPLY = "Sketching the services with the backend-architect agent.";
const IDS = { mainRm: "toolu_main_rm", delegate: "toolu_delegate", subRm: "toolu_sub_rm", subWrite: "toolu_sub_write" };
/** The migration the agent writes: an index on a table it did not create, built without CONCURRENTLY. */
const MIGRATION = { path: join("db", "migrations", "V2__orders_by_time.sql"), content: "CREATE INDEX orders_placed_at ON orders (placed_at);\n" };
const CHECK_FEEDBACK = "backend-architect check found";

/** Whether the model already made the tool call `id` in this conversation. */
function called(request: RecordedRequest, id: string): boolean {
  return request.messages.some((message) => Array.isArray(message.content) && message.content.some((block) => block.type === "tool_use" && block.id === id));
}

/**
 * The fake model. Main thread: `rm -rf main-build`, then the Agent tool for our agent, then (once the
 * agent's report is back, as a tool result or a background-task notification) {@link REPORT_SEEN};
 * {@link EXPLICIT_REPLY} to the explicit prompt. The subagent: `rm -rf build`, then writes {@link MIGRATION}
 * into the project, then its report.
 */
const scenarioIn = (project: string): Responder => (request) => {
  if (isSafetyMonitor(request)) return MONITOR_ALLOWS;
  if (request.isSubagent) {
    if (!called(request, IDS.subRm)) return { content: [toolUse("Bash", { command: "rm -rf build", description: "Clean the build" }, IDS.subRm)] };
    if (!called(request, IDS.subWrite)) return { content: [toolUse("Write", { file_path: join(project, MIGRATION.path), content: MIGRATION.content }, IDS.subWrite)] };
    return handBack(request, REPORT);
  }
  if (!request.tools.includes("Agent")) return "OK";
  if (request.includes(EXPLICIT_PROMPT)) return EXPLICIT_REPLY;
  if (!called(request, IDS.mainRm)) return { content: [toolUse("Bash", { command: "rm -rf main-build", description: "Clean the old build" }, IDS.mainRm)] };
  if (!called(request, IDS.delegate)) {
    const input = { description: "Design the orders service", prompt: "Clean the build, then design the orders API.", subagent_type: AGENT_TYPE, run_in_background: false };
    return { content: [toolUse("Agent", input, IDS.delegate)] };
  }
  return request.includes(REPORT) ? REPORT_SEEN : "Waiting for the backend-architect agent.";
};

// The dialogs Claude Code 2.1.x shows on this path, per mode, and the answer a user who wants the work done gives.
const GATEWAY_CHECK: KnownDialog = {
  name: "auto mode's safety check does not pass the gateway (the fake API): stay in auto mode",
  matches: /Auto mode can't check actions in this session[\s\S]*Enter to stay in auto mode/,
  keys: ["Enter"],
};
const LAUNCH_AGENT: KnownDialog = {
  name: `launch ${AGENT_TYPE}? Yes`,
  matches: new RegExp(`Launch a new agent[\\s\\S]*${AGENT_TYPE}[\\s\\S]*Do you want to proceed\\?`),
  choose: "Yes",
};
const MAIN_RM: KnownDialog = {
  name: "run `rm -rf main-build`? Yes",
  matches: /Bash command[\s\S]*rm -rf main-build[\s\S]*Do you want to proceed\?/,
  choose: "Yes",
};

const CREATE_MIGRATION: KnownDialog = {
  name: "create V2__orders_by_time.sql (from the agent)? Yes",
  matches: /Create file[\s\S]*backend-architect[\s\S]*Do you want to create V2__orders_by_time\.sql\?/,
  choose: "Yes",
};

interface Mode {
  mode: "auto" | "default" | "acceptEdits" | "bypassPermissions";
  args: string[];
  env: Record<string, string>;
  /** The footer that says the session is in this mode. */
  footer: string;
  /** Every dialog this mode shows on the way, in order. */
  dialogs: KnownDialog[];
}

// Running as root, Claude Code refuses --dangerously-skip-permissions unless IS_SANDBOX=1 says it is sandboxed.
const rootNeedsSandbox: Record<string, string> = process.getuid?.() === 0 ? { IS_SANDBOX: "1" } : {};
const MODES: Mode[] = [
  { mode: "auto", args: [], env: {}, footer: "auto mode on", dialogs: [GATEWAY_CHECK, LAUNCH_AGENT] },
  { mode: "default", args: ["--permission-mode", "default"], env: {}, footer: "manual mode on", dialogs: [MAIN_RM, CREATE_MIGRATION] },
  { mode: "acceptEdits", args: ["--permission-mode", "acceptEdits"], env: {}, footer: "accept edits on", dialogs: [] },
  { mode: "bypassPermissions", args: ["--dangerously-skip-permissions"], env: rootNeedsSandbox, footer: "bypass permissions on", dialogs: [] },
];

interface Session {
  sandbox: Sandbox;
  api: FakeApi;
  terminal: Terminal;
  /** The screen once the session had started: the input box and the mode's footer. */
  opened: string;
}

// Everything started is stopped in afterAll, even when beforeAll failed half-way: afterAll first waits for
// the sessions still running (a rejected Promise.all leaves the others going), then disposes.
const disposers: (() => Promise<unknown>)[] = [];
const inFlight: Promise<unknown>[] = [];

function track<T>(work: Promise<T>): Promise<T> {
  inFlight.push(work);
  return work;
}

/** A HOME with the plugin installed from `clone` through its marketplace, a project holding build/ and main-build/. */
async function prepare(clone: string): Promise<Sandbox> {
  const sandbox = await makeSandbox();
  disposers.push(() => sandbox.cleanup());
  await Promise.all([mkdir(join(sandbox.project, "build")), mkdir(join(sandbox.project, "main-build")), mkdir(join(sandbox.project, "db", "migrations"), { recursive: true })]);
  const { add, install } = await installFromMarketplace(sandbox, clone, PLUGIN);
  if (add.code !== 0 || install.code !== 0) throw new Error(`installing ${PLUGIN} from ${clone} failed:\n${add.stderr}\n${install.stderr}`);
  await skipFirstRunScreens(sandbox);
  return sandbox;
}

/** Runs both prompts in one interactive session in `mode`; throws a TerminalError (with the screen) on any surprise. */
async function runSession(mode: Mode, sandbox: Sandbox, onStart: (session: Omit<Session, "opened">) => void = () => undefined): Promise<Session> {
  const api = await startFakeApi(scenarioIn(sandbox.project));
  disposers.push(() => api.close());
  const terminal = await startInteractiveClaude({ sandbox, api, args: mode.args, env: mode.env });
  disposers.push(() => terminal.close());
  onStart({ sandbox, api, terminal });
  const wait = { dialogs: mode.dialogs, timeoutMs: 30_000 };
  const opened = await terminal.waitFor((screen) => bottomPanel(screen).includes(mode.footer), { ...wait, what: `the input box in ${mode.mode} mode` });
  await terminal.submit(BACKEND_PROMPT, wait);
  await terminal.waitFor((screen) => screen.includes(REPORT_SEEN), { ...wait, what: "the agent's report to reach the main conversation" });
  await terminal.submit(EXPLICIT_PROMPT, wait);
  await terminal.waitFor((screen) => screen.includes(EXPLICIT_REPLY), { ...wait, what: "the answer to @backend-architect" });
  await terminal.close();
  return { sandbox, api, terminal, opened };
}

/** A fresh clone whose plugin copy has no PreToolUse (guard) hook; the routing hook stays. */
async function unguardedClone(root: string): Promise<string> {
  const clone = await cloneRepo(join(root, "unguarded"));
  const path = join(clone, "plugin", "hooks", "hooks.json");
  const config = JSON.parse(await readFile(path, "utf8")) as { hooks: Record<string, unknown> };
  delete config.hooks["PreToolUse"];
  await writeFile(path, JSON.stringify(config, null, 2));
  return clone;
}

function modeNamed(name: Mode["mode"]): Mode {
  const found = MODES.find((mode) => mode.mode === name);
  if (found === undefined) throw new Error(`no mode ${name}`);
  return found;
}

const sessions = new Map<Mode["mode"], Session>();
let control: { session: Session; unknownDialog: TerminalError | undefined; buildAfterYes: boolean };

beforeAll(async () => {
  const clones = await makeSandbox();
  disposers.push(() => clones.cleanup());
  const [clone, unguarded] = await Promise.all([cloneRepo(join(clones.root, "clone")), unguardedClone(clones.root)]);
  const runControl = async (): Promise<typeof control> => {
    // acceptEdits: nothing asks, so without the guard `rm -rf build` simply runs.
    const session = await runSession(modeNamed("acceptEdits"), await prepare(unguarded));
    // default: Claude Code's own prompt for the agent's `rm -rf build` is a dialog the guarded run never
    // meets, so the wait fails with it on screen; then a user who says Yes loses build/.
    const sandbox = await prepare(unguarded);
    let terminal: Terminal | undefined;
    const unknownDialog = await runSession(modeNamed("default"), sandbox, (s) => (terminal = s.terminal)).then(
      () => undefined,
      (error: unknown) => (error instanceof TerminalError ? error : Promise.reject(error)),
    );
    let buildAfterYes = true;
    if (terminal !== undefined && unknownDialog?.reason === "unknown-dialog") {
      const yes: KnownDialog = { name: "run `rm -rf build`? Yes", matches: /rm -rf build[\s\S]*Do you want to proceed\?/, choose: "Yes" };
      // Once build/ is gone the agent goes on to write its migration, whose dialog may come up before the wait
      // next looks at build/: answer it too.
      await terminal.waitFor(() => !existsSync(join(sandbox.project, "build")), { what: "build/ to be removed", dialogs: [yes, CREATE_MIGRATION] });
      buildAfterYes = existsSync(join(sandbox.project, "build"));
    }
    return { session, unknownDialog, buildAfterYes };
  };
  const [modeSessions, controlOutcome] = await Promise.all([
    Promise.all(MODES.map((mode) => track(prepare(clone).then((sandbox) => runSession(mode, sandbox))))),
    track(runControl()),
  ]);
  MODES.forEach((mode, i) => sessions.set(mode.mode, modeSessions[i] as Session));
  control = controlOutcome;
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(inFlight);
  for (const dispose of disposers.reverse()) await dispose().catch(() => undefined);
});

function session(mode: Mode["mode"]): Session {
  const found = sessions.get(mode);
  if (found === undefined) throw new Error(`no ${mode} session`);
  return found;
}

/** The first main-thread request that answers the prompt `prompt` (the one the hook's note belongs to). */
function firstTurn(api: FakeApi, prompt: string): RecordedRequest {
  const request = api.modelRequests().find((r) => !r.isSubagent && r.tools.includes("Agent") && r.includes(prompt));
  if (request === undefined) throw new Error(`no main-thread request for "${prompt}" was recorded`);
  return request;
}

function toolResult(api: FakeApi, id: string): ToolResult {
  for (const request of api.modelRequests()) {
    const found = request.lastToolResults.find((result) => result.toolUseId === id);
    if (found !== undefined) return found;
  }
  throw new Error(`no tool result for ${id} was recorded`);
}

describe.each(MODES)("interactive Claude Code in $mode mode, plugin installed from a clone", ({ mode, footer, dialogs }) => {
  it(`opens in ${mode} mode with no first-run screen`, () => {
    expect(bottomPanel(session(mode).opened)).toContain(footer);
  });

  it("puts the routing note in front of the model for a backend prompt", () => {
    const request = firstTurn(session(mode).api, BACKEND_PROMPT);
    expect(request.includes(ROUTING_NOTE)).toBe(true);
    expect(request.includes(DELEGATION)).toBe(true);
    expect(request.includes(ASKED_NOTE)).toBe(false);
  });

  it("answers @backend-architect with a note that the user asked for the agent", () => {
    const request = firstTurn(session(mode).api, EXPLICIT_PROMPT);
    expect(request.includes(ASKED_NOTE)).toBe(true);
    expect(request.includes(DELEGATION)).toBe(true);
  });

  it("denies the agent's `rm -rf build` with our reason, and build/ is still there", () => {
    const { api, sandbox } = session(mode);
    const result = toolResult(api, IDS.subRm);
    expect(result.isError).toBe(true);
    expect(result.text).toContain("Blocked by the backend-architect plugin: this agent may run only npm commands");
    expect(result.text).toContain("it runs `rm`, not npm");
    expect(existsSync(join(sandbox.project, "build"))).toBe(true);
  });

  it("leaves the main conversation's `rm -rf main-build` to Claude Code: it ran", () => {
    const { api, sandbox } = session(mode);
    const result = toolResult(api, IDS.mainRm);
    expect(result.isError).toBe(false);
    expect(result.text).not.toContain("backend-architect plugin");
    expect(existsSync(join(sandbox.project, "main-build"))).toBe(false);
  });

  it("puts the check hook's findings on the agent's migration in front of its next model request", () => {
    const { api, sandbox } = session(mode);
    expect(existsSync(join(sandbox.project, MIGRATION.path))).toBe(true);
    const next = api.modelRequests().find((r) => r.isSubagent && called(r, IDS.subWrite));
    expect(next?.includes(CHECK_FEEDBACK)).toBe(true);
    expect(next?.includes("MIGRATION_INDEX_NOT_CONCURRENT")).toBe(true);
  });

  it("hands the agent's report back to the main conversation", () => {
    const { api } = session(mode);
    expect(api.modelRequests().some((r) => !r.isSubagent && r.includes(REPORT))).toBe(true);
  });

  it(`asks the user only what Claude Code itself asks in ${mode} mode: ${dialogs.map((d) => d.name).join("; ") || "nothing"}`, () => {
    expect(session(mode).terminal.answered).toEqual(dialogs.map((d) => d.name));
  });
});

describe("the same sessions with the guard hook taken out of a copy of the plugin (the test can fail)", () => {
  it("acceptEdits: the agent's `rm -rf build` runs and build/ is gone", () => {
    const { api, sandbox } = control.session;
    expect(toolResult(api, IDS.subRm).text).not.toContain("backend-architect plugin");
    expect(existsSync(join(sandbox.project, "build"))).toBe(false);
    // The routing hook is still there: only the guard was taken out.
    expect(firstTurn(api, BACKEND_PROMPT).includes(ROUTING_NOTE)).toBe(true);
  });

  it("default: Claude Code's own prompt for `rm -rf build` is an unknown dialog, shown in the failure; Yes removes build/", () => {
    expect(control.unknownDialog?.reason).toBe("unknown-dialog");
    expect(control.unknownDialog?.message).toContain("an unknown dialog appeared");
    expect(bottomPanel(control.unknownDialog?.screen ?? "")).toMatch(/rm -rf build[\s\S]*Do you want to proceed\?/);
    expect(control.buildAfterYes).toBe(false);
  });
});
