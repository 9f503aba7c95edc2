import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVATION_HOOK_MARKER } from "../../src/install/plan/settings.js";
import { install } from "../../src/install/install.js";
import { uninstall } from "../../src/install/uninstall.js";
import { getStatus } from "../../src/install/report/status.js";
import { doctor } from "../../src/install/report/doctor.js";
import { runCli } from "../support/cli.js";
import { failing } from "./support/faulty-fs.js";
import { listFiles, tempHome, treeHash, type TempHome } from "./support/sandbox.js";
import { settingsStyles } from "../activation/settings-styles.js";
import { hookEntryFrom, type HookEntry } from "../../src/install/report/hook-trial/command.js";
import { runHookCommand, type HookRunResult } from "../../src/install/report/hook-trial/run.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

/** The real package (with its hook scripts), into this sandbox. */
const real = (extra: Parameters<TempHome["options"]>[0] = {}) => {
  const options = t.options({ hooks: true, ...extra });
  delete options.source;
  return options;
};

interface Settings {
  hooks?: Record<string, { matcher?: string; hooks: { command: string; args?: string[] }[] }[]>;
  [key: string]: unknown;
}

const SCRIPTS = [
  { event: "UserPromptSubmit", script: "user-prompt-submit" },
  { event: "PreToolUse", script: "pre-tool-use" },
  { event: "PostToolUse", script: "post-tool-use" },
] as const;

describe("activation hooks in a user or project install", () => {
  it.each(["user", "project"] as const)("%s scope: copies the three scripts, merges them into settings.json, keeps other settings; uninstall takes out exactly ours", async (scope) => {
    const root = scope === "user" ? join(t.home, ".claude") : join(t.project, ".claude");
    mkdirSync(root, { recursive: true });
    const original = `${JSON.stringify({ model: "opus", hooks: { Stop: [{ hooks: [{ type: "command", command: "echo theirs" }] }] } }, null, 2)}\n`;
    writeFileSync(join(root, "settings.json"), original);
    const outcome = await install(real({ scope }));
    expect(outcome.error ?? null).toBeNull();
    const settings = JSON.parse(readFileSync(join(root, "settings.json"), "utf8")) as Settings;
    expect(settings.model).toBe("opus");
    expect(settings.hooks?.["Stop"]).toEqual([{ hooks: [{ type: "command", command: "echo theirs" }] }]);
    for (const { event, script } of SCRIPTS) {
      const ours = settings.hooks?.[event]?.[0]?.hooks[0];
      const path = join(root, "backend-architect", "hooks", `${script}.mjs`);
      // A project's settings.json is committed: it names the project through ${CLAUDE_PROJECT_DIR}, not this machine's path.
      const argument = scope === "user" ? path : `\${CLAUDE_PROJECT_DIR}/.claude/backend-architect/hooks/${script}.mjs`;
      expect(ours).toMatchObject({ command: "node", args: [argument, "--agent-type", "backend-architect", ACTIVATION_HOOK_MARKER] });
      expect(readFileSync(path, "utf8")).toBe(readFileSync(fileURLToPath(new URL(`../../hooks/${script}.mjs`, import.meta.url)), "utf8"));
    }
    // The record holds each script's sha256, so uninstall and doctor know them as ours.
    const record = JSON.parse(readFileSync(join(root, ".backend-architect", "record.json"), "utf8")) as { files: { path: string; sha256: string }[] };
    expect(record.files.map((f) => f.path).sort()).toEqual(["agents/backend-architect.md", ...SCRIPTS.map(({ script }) => `backend-architect/hooks/${script}.mjs`)].sort());
    for (const file of record.files) expect(file.sha256).toBe(createHash("sha256").update(readFileSync(join(root, file.path))).digest("hex"));
    expect(outcome.backups.map((b) => readFileSync(b, "utf8"))).toEqual([original]);
    // A second install changes nothing.
    const before = treeHash(t.dir);
    expect((await install(real({ scope }))).written).toEqual([]);
    expect(treeHash(t.dir)).toBe(before);
    const removed = await uninstall(real({ scope }));
    expect(removed.error ?? null).toBeNull();
    expect(JSON.parse(readFileSync(join(root, "settings.json"), "utf8"))).toEqual(JSON.parse(original));
    expect(existsSync(join(root, "backend-architect"))).toBe(false);
    expect(listFiles(root).filter((f) => !f.startsWith(".backend-architect/backups/"))).toEqual(["settings.json"]);
  });

  it.each([
    ...settingsStyles,
    // Content that a text edit alone cannot tell from ours once ours is gone: the record says what the file was.
    ["an empty hooks object of the user's", '{\n  "model": "opus",\n  "hooks": {}\n}\n'],
    ["an empty list of the user's under one of our events", '{\n  "hooks": {\n    "UserPromptSubmit": []\n  }\n}\n'],
    ["an empty object with a space inside", "{ }\n"],
  ])("install then uninstall gives back the user's settings.json byte for byte: %s", async (_case, text) => {
    const settings = join(t.home, ".claude", "settings.json");
    mkdirSync(join(t.home, ".claude"), { recursive: true });
    writeFileSync(settings, text);
    expect((await install(real())).error ?? null).toBeNull();
    expect(readFileSync(settings, "utf8")).toContain(ACTIVATION_HOOK_MARKER);
    expect((await uninstall(real())).error ?? null).toBeNull();
    expect(readFileSync(settings, "utf8")).toBe(text);
  });

  it.each([
    {
      case: "a key the user added",
      change: (text: string) => text.replace('"model": "opus"', '"model": "opus",\n    "theme": "dark"'),
      expected: '{\n    "model": "opus",\n    "theme": "dark"\n}\n',
    },
    {
      case: "a hook the user added next to ours",
      change: (text: string) => text.replace('"hooks": [', '"hooks": [\n                    { "type": "command", "command": "log-prompt" },'),
      expected: '{\n    "model": "opus",\n    "hooks": {\n        "UserPromptSubmit": [\n            {\n                "hooks": [\n                    { "type": "command", "command": "log-prompt" }\n                ]\n            }\n        ]\n    }\n}\n',
    },
  ])("a settings.json changed since install ($case): uninstall takes out only our entries, in the file's own style", async ({ change, expected }) => {
    const settings = join(t.home, ".claude", "settings.json");
    mkdirSync(join(t.home, ".claude"), { recursive: true });
    writeFileSync(settings, '{\n    "model": "opus"\n}\n');
    await install(real());
    writeFileSync(settings, change(readFileSync(settings, "utf8")));
    expect((await uninstall(real())).error ?? null).toBeNull();
    expect(readFileSync(settings, "utf8")).toBe(expected);
  });

  it.each([
    { case: "nothing added since: the file goes", change: (text: string) => text, expected: undefined },
    { case: "a key added since: it stays, ours goes", change: (text: string) => text.replace("{\n", '{\n  "model": "opus",\n'), expected: '{\n  "model": "opus"\n}\n' },
    {
      case: "a hook of the user's added to one of our events: it stays, ours goes",
      change: (text: string) => text.replace('"UserPromptSubmit": [\n', '"UserPromptSubmit": [\n      { "hooks": [{ "type": "command", "command": "log-prompt" }] },\n'),
      expected: '{\n  "hooks": {\n    "UserPromptSubmit": [\n      { "hooks": [{ "type": "command", "command": "log-prompt" }] }\n    ]\n  }\n}\n',
    },
  ])("a settings.json that install created, $case", async ({ change, expected }) => {
    const settings = join(t.home, ".claude", "settings.json");
    await install(real());
    writeFileSync(settings, change(readFileSync(settings, "utf8")));
    expect((await uninstall(real())).error ?? null).toBeNull();
    expect(existsSync(settings) ? readFileSync(settings, "utf8") : undefined).toBe(expected);
  });

  it("a settings.json that install created and that holds only our hooks is removed by uninstall", async () => {
    const before = treeHash(t.dir);
    expect((await install(real())).error ?? null).toBeNull();
    expect(existsSync(join(t.home, ".claude", "settings.json"))).toBe(true);
    expect((await uninstall(real())).error ?? null).toBeNull();
    expect(existsSync(join(t.home, ".claude", "settings.json"))).toBe(false);
    expect(listFiles(join(t.home, ".claude"))).toEqual([]);
    expect(treeHash(t.dir)).not.toBe(before); // the empty ~/.claude and agents/ folders stay
  });

  it("status reports the hooks; doctor finds them gone when settings.json loses them", async () => {
    await install(real());
    const settings = join(t.home, ".claude", "settings.json");
    expect((await getStatus({ cwd: t.project, env: t.env }))[0]?.hooks).toEqual({ settings, registered: true });
    writeFileSync(settings, "{}\n");
    expect((await getStatus({ cwd: t.project, env: t.env }))[0]?.hooks).toEqual({ settings, registered: false });
    const report = await doctor({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.findings.map((f) => f.code)).toEqual(["DOCTOR_HOOKS_NOT_REGISTERED"]);
  });

  it("an install by an older version (two shell-form hooks, no check hook): status and doctor say the check hook is missing; installing again registers all three in exec form", async () => {
    await install(real());
    const settings = join(t.home, ".claude", "settings.json");
    const scripts = join(t.home, ".claude", "backend-architect", "hooks");
    const shellForm = (script: string) => ({ type: "command", command: `node "${join(scripts, `${script}.mjs`)}" --agent-type backend-architect ${ACTIVATION_HOOK_MARKER}`, timeout: 10 });
    writeFileSync(settings, `${JSON.stringify({ hooks: { UserPromptSubmit: [{ hooks: [shellForm("user-prompt-submit")] }], PreToolUse: [{ matcher: "Bash", hooks: [shellForm("pre-tool-use")] }] } }, null, 2)}\n`);
    expect((await getStatus({ cwd: t.project, env: t.env }))[0]?.hooks).toEqual({ settings, registered: false, missing: ["post-tool-use"] });
    const report = await doctor({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.findings).toMatchObject([{ code: "DOCTOR_HOOKS_NOT_REGISTERED", severity: "warning", next: expect.stringContaining("backend-architect install --scope user") }]);
    expect(report.findings[0]?.message).toContain("the check hook (PostToolUse)");
    expect((await install(real())).written).toEqual([settings]);
    const after = JSON.parse(readFileSync(settings, "utf8")) as Settings;
    for (const { event } of SCRIPTS) expect(after.hooks?.[event]).toMatchObject([{ hooks: [{ command: "node", args: expect.arrayContaining([ACTIVATION_HOOK_MARKER]) }] }]);
    expect((await getStatus({ cwd: t.project, env: t.env }))[0]?.hooks).toEqual({ settings, registered: true });
  });

  it("a settings.json broken since install still holding our hooks: not running, and doctor says to fix the JSON", async () => {
    await install(real());
    const settings = join(t.home, ".claude", "settings.json");
    const text = readFileSync(settings, "utf8");
    writeFileSync(settings, text.replace("{", "{,")); // Claude Code ignores a file it cannot parse
    expect((await getStatus({ cwd: t.project, env: t.env }))[0]?.hooks).toEqual({ settings, registered: false, settingsInvalid: true });
    const report = await doctor({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.findings).toMatchObject([{ code: "DOCTOR_HOOKS_NOT_REGISTERED", severity: "warning" }]);
    expect(report.findings[0]?.message).toContain("not valid JSON");
    expect(report.findings[0]?.next).toContain("Fix the JSON");
  });

  it("a settings.json that is not JSON stops the install with INSTALL_SETTINGS_INVALID and changes nothing", async () => {
    mkdirSync(join(t.home, ".claude"), { recursive: true });
    writeFileSync(join(t.home, ".claude", "settings.json"), "{ not json");
    const before = treeHash(t.dir);
    const outcome = await install(real());
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_SETTINGS_INVALID" }, written: [] });
    expect(treeHash(t.dir)).toBe(before);
  });

  it("hooks: false installs the agent only and leaves settings.json alone", async () => {
    const outcome = await install(real({ hooks: false }));
    expect(outcome.written).toEqual([join(t.home, ".claude", "agents", "backend-architect.md")]);
    expect(existsSync(join(t.home, ".claude", "settings.json"))).toBe(false);
  });
});

describe("the registered hook commands run wherever the project or HOME is", () => {
  /** Runs a registered entry the way Claude Code does (exec form: node and its arguments, no shell). */
  const runEntry = (entry: HookEntry, input: unknown, cwd: string, projectDir: string, env: Record<string, string> = {}) =>
    runHookCommand({ entry, input, cwd, env: { PATH: process.env["PATH"] ?? "", ...env }, placeholders: { projectDir }, timeoutMs: 20_000 });
  const prompt = { hook_event_name: "UserPromptSubmit", prompt: "@backend-architect design the orders API" };
  const bash = { hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command: "rm -rf build" }, agent_type: "backend-architect", agent_id: "a1" };
  const entries = (settingsFile: string): { submit: HookEntry; guard: HookEntry } => {
    const settings = JSON.parse(readFileSync(settingsFile, "utf8")) as Settings;
    const find = (event: string): HookEntry => {
      const entry = settings.hooks?.[event]?.flatMap((g) => g.hooks).find((h) => h.args?.includes(ACTIVATION_HOOK_MARKER));
      if (!entry) throw new Error(`no entry of ours for ${event}`);
      return hookEntryFrom({ type: "command", ...entry }) as HookEntry;
    };
    return { submit: find("UserPromptSubmit"), guard: find("PreToolUse") };
  };
  const expectAnswers = (run: HookRunResult, text: string): void => {
    expect(run).toMatchObject({ kind: "exited", code: 0, stderr: "" });
    expect(run.kind === "exited" && run.stdout).toContain(text);
  };

  it("project scope: the commands name the project through ${CLAUDE_PROJECT_DIR}, not this machine's path", async () => {
    expect((await install(real({ scope: "project" }))).error ?? null).toBeNull();
    const { submit, guard } = entries(join(t.project, ".claude", "settings.json"));
    expect(submit.args?.[0]).toBe("${CLAUDE_PROJECT_DIR}/.claude/backend-architect/hooks/user-prompt-submit.mjs");
    expect(guard.args?.[0]).toBe("${CLAUDE_PROJECT_DIR}/.claude/backend-architect/hooks/pre-tool-use.mjs");
    expect(readFileSync(join(t.project, ".claude", "settings.json"), "utf8")).not.toContain(t.project);
  });

  it("project scope: an earlier install's absolute paths are replaced by the next install", async () => {
    await install(real({ scope: "project" }));
    const settingsFile = join(t.project, ".claude", "settings.json");
    writeFileSync(settingsFile, readFileSync(settingsFile, "utf8").replaceAll("${CLAUDE_PROJECT_DIR}", t.project));
    expect((await install(real({ scope: "project" }))).written).toEqual([settingsFile]);
    const settings = JSON.parse(readFileSync(settingsFile, "utf8")) as Settings;
    for (const { event } of SCRIPTS) {
      const ours = settings.hooks?.[event]?.flatMap((g) => g.hooks).filter((h) => h.args?.includes(ACTIVATION_HOOK_MARKER)) ?? [];
      expect(ours.map((h) => h.args?.[0])).toEqual([expect.stringMatching(/^\$\{CLAUDE_PROJECT_DIR\}\//)]);
    }
  });

  it("project scope: a copy of the project at another path (with spaces) answers, the original gone", async () => {
    expect((await install(real({ scope: "project" }))).error ?? null).toBeNull();
    const copy = join(t.dir, "a teammate's clone", "the project");
    cpSync(t.project, copy, { recursive: true });
    rmSync(t.project, { recursive: true });
    const { submit, guard } = entries(join(copy, ".claude", "settings.json"));
    expectAnswers(await runEntry(submit, prompt, copy, copy), "The user asked for the backend-architect agent by name");
    expectAnswers(await runEntry(guard, bash, copy, copy), '"permissionDecision":"deny"');
    // Started in a subfolder, Claude Code still sets CLAUDE_PROJECT_DIR to the project.
    mkdirSync(join(copy, "src"));
    expectAnswers(await runEntry(submit, prompt, join(copy, "src"), copy), "The user asked for the backend-architect agent by name");
  });

  it.each([
    ["spaces", "my home"],
    ["non-ASCII letters and an apostrophe", "Zoë Łukasz's home"],
    // (No backslash: node itself refuses to run an .mjs file from a folder whose name holds one.)
    ["shell characters: $, backquote, quotes", `odd $HOME \`x\` "q" it's`],
  ])("user scope: a HOME with %s reaches node as one argument", async (_case, name) => {
    const home = join(t.dir, name);
    mkdirSync(home);
    const env = { ...t.env, HOME: home };
    expect((await install(real({ env }))).error ?? null).toBeNull();
    const { submit, guard } = entries(join(home, ".claude", "settings.json"));
    expect(submit.args?.[0]).toBe(join(home, ".claude", "backend-architect", "hooks", "user-prompt-submit.mjs"));
    expectAnswers(await runEntry(submit, prompt, t.project, t.project, { HOME: home }), "The user asked for the backend-architect agent by name");
    expectAnswers(await runEntry(guard, bash, t.project, t.project, { HOME: home }), '"permissionDecision":"deny"');
  });
});

describe("--plugin-dir", () => {
  const plugin = (name: string): string => {
    const dir = join(t.dir, name);
    cpSync(fileURLToPath(new URL(`../fixtures/install/${name}/`, import.meta.url)), dir, { recursive: true });
    return dir;
  };

  it("installs into agents/ of a plugin that scans its folder, without touching plugin.json", async () => {
    const dir = plugin("plugin-basic");
    const manifest = readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8");
    const outcome = await install(t.options({ pluginDir: dir }));
    expect(outcome.error ?? null).toBeNull();
    expect(outcome.written).toEqual([join(dir, "agents", "backend-architect.md")]);
    expect(readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8")).toBe(manifest);
    expect(existsSync(join(dir, "settings.json"))).toBe(false);
  });

  it("checks the plugin folder through the file access it is given, not the real disk behind it", async () => {
    const dir = plugin("plugin-basic");
    mkdirSync(join(dir, "agents"));
    writeFileSync(join(dir, "agents", "helper.md"), "---\nname: helper\ndescription: Helps.\n---\nHelp.\n");
    // The disk says the plugin is fine; the file access install is given cannot read its agent.
    const { fs } = failing("readFile", "EACCES", (path) => path.endsWith("helper.md"));
    const outcome = await install(t.options({ pluginDir: dir, fs }));
    expect(outcome.error?.code).toBe("INSTALL_PLUGIN_DIR_INVALID");
    expect(outcome.error?.details?.join("\n")).toContain("PATH_UNREADABLE");
    expect(existsSync(join(dir, "agents", "backend-architect.md"))).toBe(false);
  });

  it.each([
    { case: "a plugin without an agents list: nothing to add", name: "plugin-basic", first: "unchanged", note: "(no agents list in plugin.json: Claude Code finds agents/backend-architect.md by itself)" },
    { case: "a plugin with an agents list: ours is added", name: "plugin-explicit-agents", first: "merge", note: "(list the agent in plugin.json; a backup is kept)" },
  ])("the plan line for plugin.json is true: $case", async ({ name, first, note }) => {
    const dir = plugin(name);
    const manifest = join(dir, ".claude-plugin", "plugin.json");
    const installed = await runCli(["install", "--plugin-dir", dir], { cwd: t.project, env: t.env });
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain(`  ${first.padEnd(9)} ${manifest} ${note}\n`);
    const again = await runCli(["install", "--plugin-dir", dir], { cwd: t.project, env: t.env });
    const listed = first === "merge" ? "(the agent is already listed in plugin.json)" : note;
    expect(again.stdout).toContain(`  unchanged ${manifest} ${listed}\n`);
  });

  it("adds the agent to an explicit agents list, and uninstall takes it out again", async () => {
    const dir = plugin("plugin-explicit-agents");
    const original = JSON.parse(readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8")) as object;
    const outcome = await install(t.options({ pluginDir: dir }));
    expect(outcome.error ?? null).toBeNull();
    const manifest = JSON.parse(readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8")) as { agents: string[] };
    expect(manifest.agents).toEqual(["./agents/helper.md", "./agents/backend-architect.md"]);
    expect((await uninstall(t.options({ pluginDir: dir }))).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8"))).toEqual(original);
    expect(existsSync(join(dir, "agents", "backend-architect.md"))).toBe(false);
    expect(existsSync(join(dir, "agents", "helper.md"))).toBe(true);
  });

  // Claude Code gives a plugin agent the type <plugin>:<subfolders>:<name> (with an explicit agents list: only the
  // listed files, as <plugin>:<name>) and loads one agent per type (checked with the pinned release).
  it.each([
    { case: "another file in agents/ named backend-architect", name: "plugin-agent-clash", other: "agents/architect.md", type: "clash-plugin:backend-architect" },
    {
      case: "a listed file named backend-architect (in a subfolder, which a list ignores)",
      name: "plugin-agent-clash-listed",
      other: "agents/team/architect.md",
      type: "listed-clash-plugin:backend-architect",
    },
  ])("refuses $case: INSTALL_PLUGIN_AGENT_CLASH naming the other file, exit 1, nothing written", async ({ name, other, type }) => {
    const dir = plugin(name);
    const before = treeHash(t.dir);
    const outcome = await install(t.options({ pluginDir: dir }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_PLUGIN_AGENT_CLASH" }, written: [], backups: [] });
    expect(outcome.error?.message).toContain(join(dir, other));
    expect(outcome.error?.message).toContain(`"${type}"`);
    expect(outcome.error?.hint).toContain(join(dir, other));
    expect(outcome.error?.hint).toContain("--force");
    expect(treeHash(t.dir)).toBe(before);
    const dry = await install(t.options({ pluginDir: dir, dryRun: true }));
    expect(dry.error?.code).toBe("INSTALL_PLUGIN_AGENT_CLASH");
    const cli = await runCli(["install", "--plugin-dir", dir], { cwd: t.project, env: t.env });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^INSTALL_PLUGIN_AGENT_CLASH: /);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("--force installs ours beside theirs, leaves their file alone, says the clash remains; doctor then reports it", async () => {
    const dir = plugin("plugin-agent-clash");
    const theirs = readFileSync(join(dir, "agents", "architect.md"), "utf8");
    expect((await doctor({ cwd: t.project, env: t.env, pluginDir: dir, managedDir: join(t.dir, "managed") })).findings.map((f) => f.code)).not.toContain("DOCTOR_PLUGIN_AGENT_CLASH");
    const outcome = await install(t.options({ pluginDir: dir, force: true }));
    expect(outcome).toMatchObject({ ok: true, written: [join(dir, "agents", "backend-architect.md")] });
    expect(outcome.warnings).toEqual([expect.objectContaining({ code: "INSTALL_PLUGIN_AGENT_CLASH_FORCED" })]);
    expect(outcome.warnings[0]?.message).toContain(join(dir, "agents", "architect.md"));
    expect(outcome.warnings[0]?.message).toContain("the clash remains");
    expect(readFileSync(join(dir, "agents", "architect.md"), "utf8")).toBe(theirs);
    const report = await doctor({ cwd: t.project, env: t.env, pluginDir: dir, managedDir: join(t.dir, "managed") });
    const finding = report.findings.find((f) => f.code === "DOCTOR_PLUGIN_AGENT_CLASH");
    expect(finding).toMatchObject({ severity: "warning", file: join(dir, "agents", "architect.md") });
    expect(finding?.message).toContain(join(dir, "agents", "backend-architect.md"));
    const cli = await runCli(["doctor", "--plugin-dir", dir], { cwd: t.project, env: t.env });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain("DOCTOR_PLUGIN_AGENT_CLASH (warning)");
  });

  it("doctor --plugin-dir on a folder holding ours names it and its agent type, and does not say no agent loads from files", async () => {
    const dir = plugin("plugin-basic");
    expect((await install(t.options({ pluginDir: dir }))).ok).toBe(true);
    const ours = join(dir, "agents", "backend-architect.md");
    const type = `${(JSON.parse(readFileSync(join(dir, ".claude-plugin", "plugin.json"), "utf8")) as { name: string }).name}:backend-architect`;
    const report = await doctor({ cwd: t.project, env: t.env, pluginDir: dir, managedDir: join(t.dir, "managed"), tryHooks: false });
    expect(report.loads).toBeNull();
    expect(report.pluginCopy).toEqual({ root: dir, file: ours, agentType: type });
    const cli = await runCli(["doctor", "--plugin-dir", dir], { cwd: t.project, env: t.env });
    expect(cli.stdout).not.toContain("loads no agent named backend-architect");
    expect(cli.stdout).toContain(`The plugin folder ${dir} holds ${ours}: where the plugin is installed and enabled, Claude Code loads it as @agent-${type}.`);
  });

  it("--force over a clash: the text shows the warning and does not claim Claude Code loads ours", async () => {
    const dir = plugin("plugin-agent-clash");
    for (const run of [1, 2]) {
      const result = await runCli(["install", "--plugin-dir", dir, "--force"], { cwd: t.project, env: t.env });
      expect(result.code, `run ${run}`).toBe(0);
      expect(result.stderr).toMatch(/^INSTALL_PLUGIN_AGENT_CLASH_FORCED \(warning\): /);
      expect(result.stdout).not.toContain("Claude Code loads it as the plugin's agent");
      expect(result.stdout).toContain("Claude Code loads only one of the two");
    }
  });

  it.each([
    { case: "an agent named backend-architect in a subfolder (another agent type)", name: "plugin-agent-subfolder" },
    { case: "an agent named backend-architect that plugin.json does not list (Claude Code does not load it)", name: "plugin-agent-unlisted" },
  ])("installs beside $case, and doctor reports no clash", async ({ name }) => {
    const dir = plugin(name);
    const outcome = await install(t.options({ pluginDir: dir }));
    expect(outcome.error ?? null).toBeNull();
    expect(outcome.warnings).toEqual([]);
    const report = await doctor({ cwd: t.project, env: t.env, pluginDir: dir, managedDir: join(t.dir, "managed") });
    expect(report.findings.map((f) => f.code)).not.toContain("DOCTOR_PLUGIN_AGENT_CLASH");
  });

  it.each([
    ["2 spaces, the list on one line", '{\n  "name": "listed-plugin",\n  "version": "1.0.0",\n  "agents": ["./agents/helper.md"]\n}\n'],
    ["4 spaces, the list over several lines", '{\n    "name": "listed-plugin",\n    "agents": [\n        "./agents/helper.md"\n    ],\n    "version": "1.0.0"\n}\n'],
    ["tabs, no final newline", '{\n\t"name": "listed-plugin",\n\t"agents": [\n\t\t"./agents/helper.md"\n\t]\n}'],
    ["compact, one line", '{"name":"listed-plugin","agents":["./agents/helper.md"],"version":"1.0.0"}'],
    ["CRLF line endings", '{\r\n  "name": "listed-plugin",\r\n  "agents": [\r\n    "./agents/helper.md"\r\n  ]\r\n}\r\n'],
  ])("plugin.json keeps its formatting: install adds our entry in its style, uninstall gives it back byte for byte (%s)", async (_case, text) => {
    const dir = plugin("plugin-explicit-agents");
    const manifest = join(dir, ".claude-plugin", "plugin.json");
    writeFileSync(manifest, text);
    expect((await install(t.options({ pluginDir: dir }))).error ?? null).toBeNull();
    const installed = readFileSync(manifest, "utf8");
    expect(installed).toContain('"./agents/helper.md"');
    expect((JSON.parse(installed) as { agents: string[] }).agents).toEqual(["./agents/helper.md", "./agents/backend-architect.md"]);
    expect(installed.trim().includes("\n")).toBe(text.trim().includes("\n"));
    expect(/\n$/.test(installed)).toBe(/\n$/.test(text));
    expect(installed.replace(/\r\n/g, "").includes("\n")).toBe(text.replace(/\r\n/g, "").includes("\n"));
    expect(Object.keys(JSON.parse(installed) as object)).toEqual(Object.keys(JSON.parse(text) as object));
    expect((await uninstall(t.options({ pluginDir: dir }))).error ?? null).toBeNull();
    expect(readFileSync(manifest, "utf8")).toBe(text);
  });

  it.each([
    { case: "a plugin that is already invalid", name: "plugin-broken", why: "already before installing" },
  ])("refuses $case with INSTALL_PLUGIN_DIR_INVALID and writes nothing", async ({ name, why }) => {
    const dir = plugin(name);
    const before = treeHash(t.dir);
    const outcome = await install(t.options({ pluginDir: dir }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_PLUGIN_DIR_INVALID" }, written: [] });
    expect(outcome.error?.message).toContain(why);
    expect(outcome.error?.details?.length).toBeGreaterThan(0);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("refuses a folder without .claude-plugin/plugin.json", async () => {
    const outcome = await install(t.options({ pluginDir: t.project }));
    expect(outcome.error?.code).toBe("INSTALL_PLUGIN_DIR_INVALID");
  });
});
