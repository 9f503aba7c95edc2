import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claude,
  cloneRepo,
  DELEGATE_TOOL_USE_ID,
  installFromMarketplace,
  makeSandbox,
  runClaude,
  startFakeApi,
  toolUse,
  type ClaudeRun,
  type FakeApi,
  type RecordedRequest,
  type Responder,
  type Sandbox,
} from "../support/claude.js";
import { runCli } from "../support/cli.js";
import type { DoctorReport } from "../../src/install/report/doctor.js";

// Odd paths, end to end, with the real Claude Code: a HOME and a project whose names have spaces, non-ASCII
// letters and an apostrophe, and a clone under a folder with spaces and an apostrophe. Four installs, one
// `claude -p` run each: the plugin from the clone through the marketplace, the clone as --plugin-dir, and
// `backend-architect install` in user and in project scope. In each, the three hooks must run: the router's
// note reaches the model, the agent's `rm -rf build` is denied (build/ kept), and its migration with a
// non-concurrent index gets the check's findings. `backend-architect doctor` run afterwards must find the same:
// each registered hook working. A fifth install, the plugin from a clone whose hooks.json was rewritten to
// unquoted shell commands, shows the other side: in Claude Code the hooks fail (build/ is deleted), and doctor
// says DOCTOR_HOOK_QUOTING for each.

const HOME_NAME = "Zoë Łukasz's home";
const PROJECT_NAME = "my ünïcödé project (it's new)";
const CLONE_FOLDER = join("Dev Stuff", "it's a clone");
const PROMPT = "Design the REST endpoints and the Postgres schema for our orders service";
const BAD = "SET lock_timeout = '5s';\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);\n";
const IDS = { rm: "toolu_odd_rm", write: "toolu_odd_write" };

/** Main thread delegates to `agentType`; the agent runs `rm -rf build`, then writes a migration, then reports. */
const script = (agentType: string): Responder => (request) => {
  const answered = (id: string) => request.lastToolResults.some((result) => result.toolUseId === id);
  if (request.isSubagent) {
    if (answered(IDS.write)) return "Subagent report.";
    if (answered(IDS.rm)) return { content: [toolUse("Write", { file_path: "db/migrations/001_index.sql", content: BAD }, IDS.write)] };
    return { content: [toolUse("Bash", { command: "rm -rf build", description: "clean the build" }, IDS.rm)] };
  }
  if (!request.tools.includes("Agent") || answered(DELEGATE_TOOL_USE_ID)) return "Done.";
  return { content: [toolUse("Agent", { description: "migrations", prompt: "Clean the build, then write the index migration.", subagent_type: agentType, run_in_background: false }, DELEGATE_TOOL_USE_ID)] };
};

interface Route {
  name: string;
  agentType: string;
  sandbox: Sandbox;
  api: FakeApi;
  run: ClaudeRun;
  /** Where Claude Code runs the hook scripts from. */
  scripts: string;
  /** `backend-architect doctor --json` in the project afterwards. */
  doctor: DoctorReport;
}

const cleanups: (() => Promise<unknown>)[] = [];
const routes = new Map<string, Route>();

async function oddSandbox(): Promise<Sandbox> {
  const sandbox = await makeSandbox({ homeName: HOME_NAME, projectName: PROJECT_NAME });
  cleanups.push(() => sandbox.cleanup());
  await mkdir(join(sandbox.project, "build"));
  return sandbox;
}

async function route(name: string, agentType: string, prepare: (sandbox: Sandbox) => Promise<{ pluginDirs?: string[]; scripts: string }>): Promise<void> {
  const sandbox = await oddSandbox();
  const { pluginDirs, scripts } = await prepare(sandbox);
  const api = await startFakeApi(script(agentType));
  cleanups.push(() => api.close());
  // Bash is pre-approved and edits accepted, so that what refuses a call can only be our hook.
  const args = ["--permission-mode", "acceptEdits", "--allowedTools", "Bash"];
  const run = await runClaude({ sandbox, api, prompt: PROMPT, args, timeoutMs: 120_000, ...(pluginDirs ? { pluginDirs } : {}) });
  const doctor = JSON.parse((await runCli(["doctor", "--json"], { cwd: sandbox.project, env: sandbox.env })).stdout) as DoctorReport;
  routes.set(name, { name, agentType, sandbox, api, run, scripts, doctor });
}

/** The plugin's hooks.json (in plugin/, what the marketplace installs) as a careless hand would write it: shell commands, the path unquoted. */
async function unquote(clone: string): Promise<void> {
  const file = join(clone, "plugin", "hooks", "hooks.json");
  const config = JSON.parse(await readFile(file, "utf8")) as { hooks: Record<string, { hooks: { command: string; args?: string[] }[] }[]> };
  for (const groups of Object.values(config.hooks)) {
    for (const hook of groups.flatMap((group) => group.hooks)) {
      hook.command = [hook.command, ...(hook.args ?? [])].join(" ");
      delete hook.args;
    }
  }
  await writeFile(file, JSON.stringify(config, null, 2));
}

async function marketplaceInstall(sandbox: Sandbox, prepare?: (clone: string) => Promise<void>): Promise<{ scripts: string }> {
  const dir = await clone(sandbox);
  await prepare?.(dir);
  const install = await installFromMarketplace(sandbox, dir, "backend-architect");
  if (install.install.code !== 0) throw new Error(`plugin install failed: ${install.install.stderr}${install.install.stdout}`);
  const list = await claude(["plugin", "list", "--json"], { sandbox });
  const entry = (JSON.parse(list.stdout || "[]") as { id: string; installPath?: string }[]).find((p) => p.id.startsWith("backend-architect@"));
  return { scripts: join(entry?.installPath ?? "?", "hooks") };
}

async function clone(sandbox: Sandbox): Promise<string> {
  const dir = join(sandbox.root, CLONE_FOLDER, "backend-architect");
  await mkdir(join(sandbox.root, CLONE_FOLDER), { recursive: true });
  return cloneRepo(dir);
}

const PLUGIN = "backend-architect:backend-architect";
const BROKEN = "plugin from a clone with unquoted shell-form hooks";

beforeAll(async () => {
  const marketplace = route("plugin from a marketplace clone", PLUGIN, (sandbox) => marketplaceInstall(sandbox));
  const broken = route(BROKEN, PLUGIN, (sandbox) => marketplaceInstall(sandbox, unquote));
  const pluginDir = route("the clone as --plugin-dir", PLUGIN, async (sandbox) => {
    const dir = await clone(sandbox);
    return { pluginDirs: [dir], scripts: join(dir, "hooks") };
  });
  const user = route("user scope install", "backend-architect", async (sandbox) => {
    const done = await runCli(["install"], { cwd: sandbox.project, env: sandbox.env });
    if (done.code !== 0) throw new Error(`install failed: ${done.stderr}`);
    return { scripts: join(sandbox.home, ".claude", "backend-architect", "hooks") };
  });
  const project = route("project scope install", "backend-architect", async (sandbox) => {
    const done = await runCli(["install", "--scope", "project"], { cwd: sandbox.project, env: sandbox.env });
    if (done.code !== 0) throw new Error(`install failed: ${done.stderr}`);
    return { scripts: join(sandbox.project, ".claude", "backend-architect", "hooks") };
  });
  // Two or three at a time: each run is a Claude Code session with a subagent.
  await Promise.all([marketplace, pluginDir]);
  await Promise.all([user, project, broken]);
}, 300_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const names = ["plugin from a marketplace clone", "the clone as --plugin-dir", "user scope install", "project scope install"];
const get = (name: string): Route => routes.get(name) as Route;

function requestAfter(api: FakeApi, id: string): RecordedRequest {
  const found = api.modelRequests().find((request) => request.lastToolResults.some((result) => result.toolUseId === id));
  if (!found) throw new Error(`no request carried the result of ${id}`);
  return found;
}

describe("hooks on odd paths, in the real Claude Code", () => {
  it.each(names)("%s: the hook scripts sit under the odd HOME, project or clone folder", (name) => {
    const r = get(name);
    expect(r.run.code, r.run.stderr).toBe(0);
    const odd = { "plugin from a marketplace clone": [HOME_NAME, CLONE_FOLDER], "the clone as --plugin-dir": [CLONE_FOLDER], "user scope install": [HOME_NAME], "project scope install": [PROJECT_NAME] }[name] ?? [];
    expect(odd.some((folder) => r.scripts.includes(folder)), r.scripts).toBe(true);
    for (const file of ["user-prompt-submit.mjs", "pre-tool-use.mjs", "post-tool-use.mjs"]) expect(existsSync(join(r.scripts, file)), join(r.scripts, file)).toBe(true);
  });

  it.each(names)("%s: the router's note reaches the model", (name) => {
    const r = get(name);
    const first = r.api.modelRequests().find((request) => !request.isSubagent && request.tools.includes("Agent"));
    expect(first?.includes(`call the Agent tool with subagent_type "${r.agentType}"`)).toBe(true);
  });

  it.each(names)("%s: the guard denies the agent's rm -rf build, and build/ is kept", (name) => {
    const r = get(name);
    const result = requestAfter(r.api, IDS.rm).lastToolResults.find((found) => found.toolUseId === IDS.rm);
    expect(result?.text).toContain("only npm commands");
    expect(existsSync(join(r.sandbox.project, "build"))).toBe(true);
  });

  it.each(names)("%s: the check hook's findings on the agent's migration reach its next request", async (name) => {
    const r = get(name);
    expect(await readFile(join(r.sandbox.project, "db", "migrations", "001_index.sql"), "utf8")).toBe(BAD);
    const next = requestAfter(r.api, IDS.write);
    expect(next.isSubagent).toBe(true);
    expect(next.includes("backend-architect check found")).toBe(true);
    expect(next.includes("MIGRATION_INDEX_NOT_CONCURRENT")).toBe(true);
  });

  it.each(["plugin from a marketplace clone", "user scope install", "project scope install"])("%s: doctor runs each registered hook as Claude Code did, and each works", (name) => {
    const { doctor } = get(name);
    expect(doctor.hooks.map((trial) => [trial.event, trial.form, trial.status])).toEqual([
      ["UserPromptSubmit", "exec", "works"],
      ["PreToolUse", "exec", "works"],
      ["PostToolUse", "exec", "works"],
    ]);
    expect(doctor.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });
});

describe("the same odd paths with unquoted shell-form hooks: Claude Code fails them, and doctor says why", () => {
  it("in Claude Code the guard did not run: the agent's rm -rf build deleted build/, and no check findings came back", () => {
    const r = get(BROKEN);
    expect(existsSync(join(r.sandbox.project, "build"))).toBe(false);
    expect(requestAfter(r.api, IDS.write).includes("backend-architect check found")).toBe(false);
  });

  it("doctor: DOCTOR_HOOK_QUOTING for each of the three, naming the words the shell hands node", () => {
    const { doctor, scripts } = get(BROKEN);
    expect(doctor.hooks.map((trial) => [trial.form, trial.status, trial.code])).toEqual([
      ["shell", "broken", "DOCTOR_HOOK_QUOTING"],
      ["shell", "broken", "DOCTOR_HOOK_QUOTING"],
      ["shell", "broken", "DOCTOR_HOOK_QUOTING"],
    ]);
    const guard = doctor.findings.find((finding) => finding.code === "DOCTOR_HOOK_QUOTING" && finding.args?.["hook"] === "pre-tool-use");
    expect(guard?.args?.["script"]).toBe(join(scripts, "pre-tool-use.mjs"));
    expect(guard?.next).toContain("claude plugin uninstall backend-architect@backend-architect-marketplace");
  });
});
