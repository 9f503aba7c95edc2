import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVATION_HOOK_MARKER } from "../../src/install/plan/settings.js";
import { doctor, type DoctorReport } from "../../src/install/report/doctor.js";
import { hookFinding, hookTrialCodes, type HookTrialCode } from "../../src/install/report/hook-trial/codes.js";
import { install } from "../../src/install/install.js";
import { runCli } from "../support/cli.js";
import { tempHome, treeHash, type TempHome } from "./support/sandbox.js";

// doctor runs every registered hook command as Claude Code would, with synthetic events. One case per way a
// hook can be broken, set up the way it happens to people, and the working setups (user, project, plugin).

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const repo = fileURLToPath(new URL("../../", import.meta.url));
const userHooks = (): string => join(t.home, ".claude", "backend-architect", "hooks");
const userSettings = (): string => join(t.home, ".claude", "settings.json");

/** The real package, with its hooks, into a scope of this sandbox. */
async function installReal(scope: "user" | "project" = "user", env: Record<string, string> = t.env): Promise<void> {
  const options = t.options({ hooks: true, scope, env });
  delete options.source;
  const outcome = await install(options);
  if (!outcome.ok) throw new Error(outcome.error?.message);
}

/** The plugin as Claude Code installs it: a copy of plugin/ in the cache, listed in installed_plugins.json, enabled. */
function installPlugin(installPath = join(t.home, ".claude", "plugins", "cache", "m", "backend-architect", "0.1.0"), settings: Record<string, unknown> = {}): string {
  if (!installPath.includes("gone")) cpSync(join(repo, "plugin"), installPath, { recursive: true });
  const put = (path: string, value: unknown) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
  };
  put(join(t.home, ".claude", "plugins", "installed_plugins.json"), { version: 2, plugins: { "backend-architect@m": [{ scope: "user", installPath }] } });
  put(userSettings(), { enabledPlugins: { "backend-architect@m": true }, ...settings });
  return installPath;
}

const run = (env: Record<string, string> = t.env): Promise<DoctorReport> => doctor({ cwd: t.project, env, managedDir: join(t.dir, "managed") });
const hookCodes = (report: DoctorReport): string[] => report.findings.filter((f) => f.code.startsWith("DOCTOR_HOOK") || f.code === "DOCTOR_ROUTING_QUIET").map((f) => f.code);
const replaceScript = (name: string, text: string): void => writeFileSync(join(userHooks(), `${name}.mjs`), text);

describe("doctor tries the hooks: working setups", () => {
  it.each(["user", "project"] as const)("%s scope: each of the three hooks works, and doctor says so", async (scope) => {
    await installReal(scope);
    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.hooks.map((h) => [h.source, h.event, h.form, h.status])).toEqual([
      [scope, "UserPromptSubmit", "exec", "works"],
      [scope, "PreToolUse", "exec", "works"],
      [scope, "PostToolUse", "exec", "works"],
    ]);
    expect(report.hooks.flatMap((h) => h.probes.map((p) => [p.id, p.passed]))).toEqual([
      ["router-backend", true],
      ["router-frontend", true],
      ["guard-denies-rm", true],
      ["guard-allows-npm-test", true],
      ["check-flags-index", true],
      ["check-silent-clean", true],
    ]);
    const root = scope === "user" ? join(t.home, ".claude") : join(t.project, ".claude");
    expect(report.hooks[1]?.script).toBe(join(root, "backend-architect", "hooks", "pre-tool-use.mjs"));
  });

  it("the plugin install: its hooks.json commands run with CLAUDE_PLUGIN_ROOT, as the plugin's agent type", async () => {
    const root = installPlugin();
    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.hooks.map((h) => [h.source, h.plugin, h.hook, h.status])).toEqual([
      ["plugin", "backend-architect@m", "user-prompt-submit", "works"],
      ["plugin", "backend-architect@m", "pre-tool-use", "works"],
      ["plugin", "backend-architect@m", "post-tool-use", "works"],
    ]);
    expect(report.hooks[1]).toMatchObject({ file: join(root, "hooks", "hooks.json"), script: join(root, "hooks", "pre-tool-use.mjs") });
    expect(report.hooks[1]?.probes[0]?.given).toContain("backend-architect:backend-architect");
  });

  it("CLI: the text says each hook works, --json carries the trials, exit 0", async () => {
    await installReal();
    const text = await runCli(["doctor"], { cwd: t.project, env: t.env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("guard (PreToolUse), user settings, exec form: works\n    ok  `rm -rf build` from backend-architect: denied it\n");
    expect(text.stdout).toContain("No problems found.");
    const json = await runCli(["doctor", "--json"], { cwd: t.project, env: t.env });
    const report = JSON.parse(json.stdout) as DoctorReport;
    expect(report.hooks.map((h) => h.status)).toEqual(["works", "works", "works"]);
  });

  it("is read-only: nothing under HOME or the project changes", async () => {
    await installReal("user");
    await installReal("project");
    const before = treeHash(t.dir);
    const report = await run();
    expect(report.hooks).toHaveLength(6);
    expect(treeHash(t.dir)).toBe(before);
  });
});

describe("doctor tries the hooks: one failure of each kind", () => {
  it("DOCTOR_HOOK_MISSING: a script removed from a settings.json install", async () => {
    await installReal();
    rmSync(join(userHooks(), "pre-tool-use.mjs"));
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_MISSING"]);
    const finding = report.findings.find((f) => f.code === "DOCTOR_HOOK_MISSING");
    expect(finding).toMatchObject({ severity: "error", file: userSettings(), args: { hook: "pre-tool-use", source: "user", script: join(userHooks(), "pre-tool-use.mjs") } });
    expect(finding?.next).toContain("backend-architect install --scope user");
    expect(report.hooks.find((h) => h.hook === "pre-tool-use")).toMatchObject({ status: "broken", code: "DOCTOR_HOOK_MISSING", probes: [] });
  });

  it("DOCTOR_HOOK_MISSING: a plugin install whose folder is gone (a moved clone), for each of its hooks", async () => {
    installPlugin(join(t.dir, "gone", "backend-architect"));
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_MISSING", "DOCTOR_HOOK_MISSING", "DOCTOR_HOOK_MISSING"]);
    expect(report.findings.find((f) => f.code === "DOCTOR_HOOK_MISSING")?.next).toContain("claude plugin uninstall backend-architect@m");
  });

  it("DOCTOR_HOOK_PROGRAM_MISSING: no node on the PATH Claude Code gives its hooks", async () => {
    await installReal();
    const empty = join(t.dir, "empty-bin");
    mkdirSync(empty);
    const report = await run({ ...t.env, PATH: empty });
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_PROGRAM_MISSING", "DOCTOR_HOOK_PROGRAM_MISSING", "DOCTOR_HOOK_PROGRAM_MISSING"]);
    expect(report.findings[0]).toMatchObject({ args: { program: "node" }, next: expect.stringContaining("Node.js 20") });
  });

  it("DOCTOR_HOOK_FAILED: a script that throws", async () => {
    await installReal();
    replaceScript("post-tool-use", 'throw new Error("the check broke");\n');
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_FAILED"]);
    expect(report.findings.find((f) => f.code === "DOCTOR_HOOK_FAILED")).toMatchObject({ args: { hook: "post-tool-use", exit: "exited with code 1", output: "Error: the check broke" } });
  });

  it("DOCTOR_HOOK_TIMEOUT: a script that does not answer within the hook's timeout", async () => {
    await installReal();
    replaceScript("user-prompt-submit", "setTimeout(() => undefined, 120_000);\n");
    const settings = JSON.parse(readFileSync(userSettings(), "utf8")) as { hooks: Record<string, { hooks: { timeout: number }[] }[]> };
    for (const hook of settings.hooks["UserPromptSubmit"]?.[0]?.hooks ?? []) hook.timeout = 1;
    writeFileSync(userSettings(), JSON.stringify(settings));
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_TIMEOUT"]);
    expect(report.findings.find((f) => f.code === "DOCTOR_HOOK_TIMEOUT")?.args).toMatchObject({ hook: "user-prompt-submit", seconds: 1 });
  });

  it.each([
    { hook: "pre-tool-use", probe: "`rm -rf build` from backend-architect", expected: "deny it", got: "said nothing" },
    { hook: "user-prompt-submit", probe: 'the backend prompt "Design the REST endpoints', expected: "ask Claude to delegate to backend-architect", got: "said nothing" },
    { hook: "post-tool-use", probe: "backend-architect writing a migration with a non-concurrent CREATE INDEX", expected: "return a MIGRATION_INDEX_NOT_CONCURRENT finding", got: "said nothing" },
  ])("DOCTOR_HOOK_WRONG_ANSWER: a $hook script that answers nothing", async ({ hook, probe, expected, got }) => {
    await installReal();
    replaceScript(hook, "process.stdin.resume();\n");
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_WRONG_ANSWER"]);
    const finding = report.findings.find((f) => f.code === "DOCTOR_HOOK_WRONG_ANSWER");
    expect(finding?.args).toMatchObject({ hook, expected, got });
    expect(String(finding?.args?.["probe"])).toContain(probe);
    expect(finding?.message).toContain(`it should ${expected}, and it ${got}`);
  });

  it("DOCTOR_HOOK_QUOTING: a shell-form entry (written by hand) whose unquoted path has a space", async () => {
    const home = join(t.dir, "my home");
    mkdirSync(home);
    const env = { ...t.env, HOME: home };
    await installReal("user", env);
    const settingsFile = join(home, ".claude", "settings.json");
    const settings = JSON.parse(readFileSync(settingsFile, "utf8")) as { hooks: Record<string, { hooks: { command: string; args?: string[] }[] }[]> };
    const guard = settings.hooks["PreToolUse"]?.[0]?.hooks[0];
    if (!guard?.args) throw new Error("no exec-form guard entry");
    guard.command = `node ${guard.args.join(" ")}`;
    delete guard.args;
    writeFileSync(settingsFile, JSON.stringify(settings));
    const report = await run(env);
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_QUOTING"]);
    const script = join(home, ".claude", "backend-architect", "hooks", "pre-tool-use.mjs");
    expect(report.findings.find((f) => f.code === "DOCTOR_HOOK_QUOTING")).toMatchObject({
      args: { script, words: JSON.stringify([join(t.dir, "my"), "home/.claude/backend-architect/hooks/pre-tool-use.mjs", "--agent-type", "backend-architect", ACTIVATION_HOOK_MARKER]) },
      next: expect.stringContaining("exec form"),
    });
    expect(report.hooks.find((h) => h.hook === "pre-tool-use")).toMatchObject({ form: "shell", status: "broken" });
  });

  it("CLI: a broken hook makes doctor exit 1 and prints its code, message and next step", async () => {
    await installReal();
    rmSync(join(userHooks(), "post-tool-use.mjs"));
    const text = await runCli(["doctor"], { cwd: t.project, env: t.env });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("check (PostToolUse), user settings, exec form: BROKEN (DOCTOR_HOOK_MISSING)");
    expect(text.stdout).toContain("DOCTOR_HOOK_MISSING (error)");
  });
});

describe("doctor tries the hooks: a router silent on purpose", () => {
  it.each([
    { mode: "explicit", named: "asked Claude to delegate to backend-architect" },
    { mode: "off", named: "said nothing" },
  ])("routing $mode in settings.json env: DOCTOR_ROUTING_QUIET (info), not a failure", async ({ mode, named }) => {
    await installReal();
    const settings = JSON.parse(readFileSync(userSettings(), "utf8")) as Record<string, unknown>;
    writeFileSync(userSettings(), JSON.stringify({ ...settings, env: { BACKEND_ARCHITECT_ROUTING: mode } }));
    const report = await run();
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([["DOCTOR_ROUTING_QUIET", "info"]]);
    const router = report.hooks.find((h) => h.hook === "user-prompt-submit");
    expect(router).toMatchObject({ status: "quiet", routing: mode });
    expect(router?.probes.map((p) => [p.id, p.passed, p.done])).toEqual([
      ["router-backend", true, "said nothing"],
      ["router-frontend", true, "said nothing"],
      ["router-named", true, named],
    ]);
    expect((await runCli(["doctor"], { cwd: t.project, env: t.env })).code).toBe(0);
  });

  it("routing explicit as the plugin's option (pluginConfigs in user settings): quiet, not broken", async () => {
    installPlugin(undefined, { pluginConfigs: { "backend-architect@m": { options: { routing: "explicit" } } } });
    const report = await run();
    expect(report.findings.map((f) => f.code)).toEqual(["DOCTOR_ROUTING_QUIET"]);
    expect(report.findings[0]?.next).toContain("/plugin configure backend-architect@m");
  });

  it("routing off and a router that still answers (a script from before routing modes): a wrong answer", async () => {
    await installReal();
    const settings = JSON.parse(readFileSync(userSettings(), "utf8")) as Record<string, unknown>;
    writeFileSync(userSettings(), JSON.stringify({ ...settings, env: { BACKEND_ARCHITECT_ROUTING: "off" } }));
    const answer = JSON.stringify({ hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: "Delegate to backend-architect." } });
    replaceScript("user-prompt-submit", `process.stdin.resume().on("end", () => process.stdout.write(${JSON.stringify(answer)}));\n`);
    const report = await run();
    expect(hookCodes(report)).toEqual(["DOCTOR_HOOK_WRONG_ANSWER"]);
    expect(report.findings.find((f) => f.code === "DOCTOR_HOOK_WRONG_ANSWER")?.args).toMatchObject({ expected: "say nothing (routing is off)" });
  });

  it("routing auto and a silent router: a wrong answer", async () => {
    await installReal();
    replaceScript("user-prompt-submit", "process.stdin.resume();\n");
    expect(hookCodes(await run())).toEqual(["DOCTOR_HOOK_WRONG_ANSWER"]);
  });
});

describe("the hook codes", () => {
  it.each(Object.keys(hookTrialCodes) as HookTrialCode[])("%s has a message without an Error: prefix, a next step, and wording for every source", (code) => {
    for (const source of ["plugin", "user", "project"] as const) {
      const args = { hook: "pre-tool-use", source, file: "/f", plugin: "backend-architect@m", script: "/s", program: "node", exit: "exited with code 1", output: "o", seconds: 10, probe: "p", expected: "e", got: "g", words: "[]", mode: "off" } as const;
      const finding = hookFinding(code, args as never);
      expect(finding.message).not.toMatch(/^Error/);
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.next.length).toBeGreaterThan(20);
    }
  });
});
