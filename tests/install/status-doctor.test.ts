import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { doctor } from "../../src/install/report/doctor.js";
import { install } from "../../src/install/install.js";
import { getStatus } from "../../src/install/report/status.js";
import { runCli } from "../support/cli.js";
import { fixturePackage, tempHome, type TempHome } from "./support/sandbox.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const v2 = { packageRoot: fixturePackage("package-v2"), version: "2.0.0" };
const base = () => ({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
const userAgent = (): string => join(t.home, ".claude", "agents", "backend-architect.md");
function put(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe("status", () => {
  it.each([
    { case: "installed", act: async () => undefined, state: "installed" },
    { case: "edited", act: async () => writeFileSync(userAgent(), "edited\n"), state: "edited" },
    { case: "missing", act: async () => rmSync(userAgent()), state: "missing" },
  ])("reports a user copy that is $case, with its version", async ({ act, state }) => {
    await install(t.options());
    await act();
    const status = await getStatus(base());
    expect(status.map((s) => s.scope)).toEqual(["user", "project"]);
    expect(status[0]?.files).toEqual([expect.objectContaining({ target: userAgent(), state, version: "1.0.0" })]);
    expect(status[1]?.files).toEqual([]);
  });

  it("a file at our path without a record is not ours", async () => {
    put(join(t.project, ".claude", "agents", "backend-architect.md"), "hand-made\n");
    const status = await getStatus(base());
    expect(status[1]?.files).toEqual([expect.objectContaining({ state: "not-ours", version: null })]);
  });
});

describe("doctor", () => {
  const codes = async (): Promise<string[]> => (await doctor({ ...base(), source: v2 })).findings.map((f) => f.code).sort();

  it("nothing installed: one info finding with the install command", async () => {
    const report = await doctor({ ...base(), source: v2 });
    expect(report.findings).toEqual([expect.objectContaining({ code: "DOCTOR_NOT_INSTALLED", severity: "info", next: expect.stringContaining("backend-architect install") })]);
    expect(report.loads).toBeNull();
  });

  it("an up-to-date install has no findings and says which copy loads", async () => {
    await install(t.options({}, "package-v2"));
    const report = await doctor({ ...base(), source: v2 });
    expect(report.findings).toEqual([]);
    expect(report.loads?.file).toBe(userAgent());
  });

  it.each([
    { case: "an older version", prepare: async () => void (await install(t.options())), expected: ["DOCTOR_OUTDATED"] },
    {
      case: "an edited copy that no longer validates",
      prepare: async () => {
        await install(t.options({}, "package-v2"));
        writeFileSync(userAgent(), "---\nname: backend-architect\n---\nno description\n");
      },
      expected: ["DOCTOR_EDITED", "DOCTOR_INVALID_COPY"],
    },
    {
      case: "a project copy hiding ours",
      prepare: async () => {
        await install(t.options({}, "package-v2"));
        put(join(t.project, ".claude", "agents", "other.md"), "---\nname: backend-architect\ndescription: theirs\n---\nx\n");
      },
      expected: ["DOCTOR_HIDDEN"],
    },
    {
      case: "a disabled plugin install next to a file install",
      prepare: async () => {
        await install(t.options({}, "package-v2"));
        const installPath = join(t.home, ".claude", "plugins", "cache", "m", "backend-architect", "0.1.0");
        put(join(installPath, "agents", "backend-architect.md"), "---\nname: backend-architect\ndescription: plugin copy\n---\nx\n");
        put(join(t.home, ".claude", "plugins", "installed_plugins.json"), JSON.stringify({ version: 2, plugins: { "backend-architect@m": [{ scope: "user", installPath }] } }));
        put(join(t.home, ".claude", "settings.json"), JSON.stringify({ enabledPlugins: { "backend-architect@m": false } }));
      },
      expected: ["DOCTOR_PLUGIN_DISABLED"],
    },
    {
      case: "a damaged install record",
      prepare: async () => {
        await install(t.options({}, "package-v2"));
        writeFileSync(join(t.home, ".claude", ".backend-architect", "record.json"), "{ damaged");
      },
      expected: ["DOCTOR_RECORD_UNREADABLE"],
    },
  ])("finds $case", async ({ prepare, expected }) => {
    await prepare();
    expect(await codes()).toEqual(expected);
  });

  it("CLI: doctor exits 1 on a warning and prints each next step; --json is parseable", async () => {
    await install(t.options());
    writeFileSync(userAgent(), "edited\n");
    const text = await runCli(["doctor"], { cwd: t.project, env: t.env });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("DOCTOR_EDITED (warning)");
    expect(text.stdout).toContain("next: Keep your edits");
    const json = await runCli(["status", "--json"], { cwd: t.project, env: t.env });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { files: { state: string }[] }[])[0]?.files[0]?.state).toBe("edited");
  });

  it("CLI: a --plugin-dir that is not a plugin folder is reported by status (exit 2) and doctor (exit 1), not skipped", async () => {
    const status = await runCli(["status", "--plugin-dir", "no-such-plugin"], { cwd: t.project, env: t.env });
    expect(status.code).toBe(2);
    expect(status.stdout).toMatch(/^plugin: INSTALL_PLUGIN_DIR_INVALID: .*\n  hint: Pass --plugin-dir the folder that holds \.claude-plugin\/plugin\.json/m);
    const report = await doctor({ ...base(), pluginDir: "no-such-plugin" });
    expect(report.findings.map((f) => [f.code, f.severity]).sort()).toEqual([["DOCTOR_NOT_INSTALLED", "info"], ["DOCTOR_PLUGIN_DIR_INVALID", "error"]]);
    expect(report.findings.find((f) => f.code === "DOCTOR_PLUGIN_DIR_INVALID")?.next).toContain(".claude-plugin/plugin.json");
    const text = await runCli(["doctor", "--plugin-dir", "no-such-plugin"], { cwd: t.project, env: t.env });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("DOCTOR_PLUGIN_DIR_INVALID (error)");
  });
});
