import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { scanAgentCopies } from "../../src/install/report/clashes.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSandbox, runClaude, startFakeApi, type ClaudeRun, type FakeApi, type Sandbox } from "../support/claude.js";
import { runCli } from "../support/cli.js";

// The real Claude Code after `backend-architect install` and `uninstall`, in throwaway HOMEs: user scope
// (HOME, and CLAUDE_CONFIG_DIR) and project scope. Eight `claude -p` runs in all, two at a time.

const NOTE = 'The user has expressed a desire to invoke the agent "backend-architect"';
const PROMPT = "@agent-backend-architect sketch an orders API.";
// What our UserPromptSubmit hook adds when the prompt names the agent: proof that the installed
// settings.json entry runs the copied script.
const HOOK_NOTE = "The user asked for the backend-architect agent by name in this prompt.";

interface Route {
  name: string;
  scope: "user" | "project";
  configDir?: string;
  sandbox: Sandbox;
  api: FakeApi;
  install: { code: number; stdout: string; stderr: string };
  uninstall: { code: number; stdout: string; stderr: string };
  installed: ClaudeRun;
  removed: ClaudeRun;
}

const routes: Route[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

async function route(name: string, scope: "user" | "project", useConfigDir: boolean): Promise<Route> {
  const sandbox = await makeSandbox();
  cleanups.push(() => sandbox.cleanup());
  const api = await startFakeApi();
  cleanups.push(() => api.close());
  const configDir = useConfigDir ? join(sandbox.root, "claude-config") : undefined;
  const env = configDir ? { ...sandbox.env, CLAUDE_CONFIG_DIR: configDir } : sandbox.env;
  const install = await runCli(["install", "--scope", scope], { cwd: sandbox.project, env });
  const extra = configDir ? { CLAUDE_CONFIG_DIR: configDir } : {};
  const installed = await runClaude({ sandbox, api, prompt: PROMPT, env: extra });
  const uninstall = await runCli(["uninstall", "--scope", scope], { cwd: sandbox.project, env });
  const removed = await runClaude({ sandbox, api, prompt: PROMPT, env: extra });
  const result: Route = { name, scope, sandbox, api, install, uninstall, installed, removed };
  if (configDir) result.configDir = configDir;
  return result;
}

/** Project install and Claude Code both started in a subfolder of the git root. */
let fromSubfolder: { run: ClaudeRun; api: FakeApi };
async function subfolderRun(): Promise<void> {
  const sandbox = await makeSandbox();
  cleanups.push(() => sandbox.cleanup());
  const api = await startFakeApi();
  cleanups.push(() => api.close());
  const sub = join(sandbox.project, "packages", "orders");
  await mkdir(sub, { recursive: true });
  await runCli(["install", "--scope", "project"], { cwd: sub, env: sandbox.env });
  fromSubfolder = { run: await runClaude({ sandbox, api, prompt: PROMPT, cwd: sub }), api };
}

/**
 * A project-scope install, then the project copied to another path (as a teammate's clone would be) and
 * the original removed: Claude Code started at the copy's root must still run the hooks from settings.json.
 */
let moved: { run: ClaudeRun; api: FakeApi; settings: string; copy: string; original: string };
async function movedRun(): Promise<void> {
  const sandbox = await makeSandbox();
  cleanups.push(() => sandbox.cleanup());
  const api = await startFakeApi();
  cleanups.push(() => api.close());
  await runCli(["install", "--scope", "project"], { cwd: sandbox.project, env: sandbox.env });
  const copy = join(sandbox.root, "a teammate's clone", "project");
  await cp(sandbox.project, copy, { recursive: true });
  await rm(sandbox.project, { recursive: true });
  const settings = await readFile(join(copy, ".claude", "settings.json"), "utf8");
  moved = { run: await runClaude({ sandbox, api, prompt: PROMPT, cwd: copy }), api, settings, copy, original: sandbox.project };
}

/** Duplicate agents of two names, one run: the copy Claude Code announces against the one our scan picks. */
let duplicates: { announced: Record<string, string | undefined>; predicted: Record<string, string | undefined> };
async function duplicatesRun(): Promise<void> {
  const sandbox = await makeSandbox();
  cleanups.push(() => sandbox.cleanup());
  const api = await startFakeApi();
  cleanups.push(() => api.close());
  const sub = join(sandbox.project, "pkg");
  const files: [string, string][] = [
    ["dup-user", join(sandbox.home, ".claude", "agents", "b.md")],
    ["dup-user", join(sandbox.home, ".claude", "agents", "a", "z.md")],
    ["dup-user", join(sandbox.home, ".claude", "agents", "c.md")],
    ["dup-project", join(sandbox.project, ".claude", "agents", "z.md")],
    ["dup-project", join(sub, ".claude", "agents", "a.md")],
  ];
  for (const [name, file] of files) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `---\nname: ${name}\ndescription: copy at ${file}\n---\nbody\n`);
  }
  await runClaude({ sandbox, api, prompt: "hello", cwd: sub });
  const main = api.modelRequests().find((q) => !q.isSubagent);
  duplicates = { announced: {}, predicted: {} };
  for (const name of ["dup-user", "dup-project"]) {
    duplicates.announced[name] = new RegExp(`- ${name}: copy at (\\S+)`).exec(main?.text ?? "")?.[1];
    duplicates.predicted[name] = (await scanAgentCopies({ cwd: sub, env: sandbox.env, name })).winner?.file;
  }
}

beforeAll(async () => {
  routes.push(...(await Promise.all([route("user scope (HOME)", "user", false), route("project scope", "project", false)])));
  const [configRoute] = await Promise.all([
    route("user scope (CLAUDE_CONFIG_DIR)", "user", true).then(async (r) => (await movedRun(), r)),
    subfolderRun().then(duplicatesRun),
  ]);
  routes.push(configRoute);
}, 240_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const byName = (name: string): Route => routes.find((r) => r.name === name) as Route;
const names = ["user scope (HOME)", "user scope (CLAUDE_CONFIG_DIR)", "project scope"];

describe("the real Claude Code after install and uninstall", () => {
  it.each(names)("%s: install and uninstall exit 0", (name) => {
    const r = byName(name);
    expect(r.install, r.install.stderr).toMatchObject({ code: 0 });
    expect(r.uninstall, r.uninstall.stderr).toMatchObject({ code: 0 });
  });

  it.each(names)("%s: Claude Code lists backend-architect and @agent-backend-architect yields the invocation note", (name) => {
    const r = byName(name);
    expect(r.installed.init.agents).toContain("backend-architect");
    const main = r.api.modelRequests().find((q) => q.includes(PROMPT.slice(0, 30)) && !q.isSubagent && q.includes(NOTE));
    expect(main, "no main-thread request carried the invocation note").toBeDefined();
  });

  it.each(names)("%s: the activation hook registered in settings.json runs and adds its note", (name) => {
    const r = byName(name);
    const [first] = r.api.modelRequests().filter((q) => !q.isSubagent && q.includes(NOTE));
    expect(first?.includes(HOOK_NOTE)).toBe(true);
  });

  it.each(names)("%s: after uninstall Claude Code no longer lists it, and the hook is gone", (name) => {
    const r = byName(name);
    expect(r.removed.init.agents).not.toContain("backend-architect");
    const session = r.removed.init["session_id"];
    const after = r.api.modelRequests().filter((q) => JSON.stringify(q.body ?? {}).includes(String(session)));
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((q) => q.includes(HOOK_NOTE))).toBe(false);
  });

  it("from a subfolder: the project agent loads, but the project settings.json hooks do not run (settings are read from the start folder only)", () => {
    expect(fromSubfolder.run.init.agents).toContain("backend-architect");
    const main = fromSubfolder.api.modelRequests().find((q) => !q.isSubagent && q.includes(NOTE));
    expect(main).toBeDefined();
    expect(main?.includes(HOOK_NOTE)).toBe(false);
  });

  it("project scope, the project copied to another path and the original gone: started at the copy, the hook still runs", () => {
    expect(moved.run.init.agents).toContain("backend-architect");
    const main = moved.api.modelRequests().find((q) => !q.isSubagent && q.includes(NOTE));
    expect(main, "no main-thread request carried the invocation note").toBeDefined();
    expect(main?.includes(HOOK_NOTE)).toBe(true);
    expect(moved.settings).toContain('"${CLAUDE_PROJECT_DIR}/.claude/backend-architect/hooks/user-prompt-submit.mjs"');
    expect(moved.settings).not.toContain(moved.original);
  });

  it.each(["dup-user", "dup-project"])("the clash scan names the copy Claude Code really uses (%s)", (name) => {
    expect(duplicates.announced[name]).toBeDefined();
    expect(duplicates.predicted[name]).toBe(duplicates.announced[name]);
  });

  it("CLAUDE_CONFIG_DIR: the file went there, not into ~/.claude", () => {
    const r = byName("user scope (CLAUDE_CONFIG_DIR)");
    expect(r.install.stdout).toContain(join(r.configDir as string, "agents", "backend-architect.md"));
    expect(r.install.stdout).not.toContain(join(r.sandbox.home, ".claude", "agents"));
  });
});
