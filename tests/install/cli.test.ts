import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { fixtureAgent, fixturePackage, tempHome, treeHash, type TempHome } from "./support/sandbox.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const packaged = readFileSync(new URL("../../agents/backend-architect.md", import.meta.url), "utf8");
const userAgent = (): string => join(t.home, ".claude", "agents", "backend-architect.md");
const cli = (argv: string[], env: Record<string, string> = t.env) => runCli(argv, { cwd: t.project, env });

describe("backend-architect install / uninstall (CLI)", () => {
  it("installs the packaged agent into the user scope, says so and exits 0", async () => {
    const result = await cli(["install"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`create    ${userAgent()}`);
    expect(result.stdout).toContain("invoke it with @agent-backend-architect");
    expect(result.stdout).toContain(`written   ${userAgent()}`);
    expect(readFileSync(userAgent(), "utf8")).toBe(packaged);
  });

  it("a second install lists every file and the settings merge as unchanged, and promises no backup it will not make", async () => {
    const settings = join(t.home, ".claude", "settings.json");
    const first = await cli(["install"]);
    // No settings.json yet: it is created, so there is nothing to back up and no backup is promised.
    expect(first.stdout).toContain(`create    ${settings} (register the hooks: router, guard, check)\n`);
    expect(first.stdout).not.toContain("backup");
    const again = await cli(["install"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`unchanged ${userAgent()}\n`);
    expect(again.stdout).toContain(`unchanged ${settings} (hooks already there)\n`);
    expect(again.stdout).not.toContain("backup");
    expect(again.stdout).toContain("Your files: nothing was changed.");
  });

  it.each([
    { case: "from the git root: no note", sub: [] as string[], note: false },
    { case: "from a subfolder: a note that project hooks need Claude Code started at the root", sub: ["src"], note: true },
  ])("--scope project $case", async ({ sub, note }) => {
    const cwd = join(t.project, ...sub);
    mkdirSync(cwd, { recursive: true });
    const result = await runCli(["install", "--scope", "project"], { cwd, env: t.env });
    expect(result.code).toBe(0);
    expect(result.stdout.includes(`only when it starts in ${t.project}`)).toBe(note);
  });

  it("--dry-run prints the plan, writes nothing and exits 0", async () => {
    const before = treeHash(t.dir);
    const result = await cli(["install", "--scope", "project", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Would install backend-architect");
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(treeHash(t.dir)).toBe(before);
  });

  it.each([
    { case: "a foreign file", prepare: async () => writeFileSync(userAgent(), "---\nname: backend-architect\ndescription: theirs\n---\nmine\n"), code: 1, error: "INSTALL_CONFLICT" },
    {
      case: "an edited copy of ours",
      prepare: async () => {
        await cli(["install"]);
        writeFileSync(userAgent(), `${packaged}my edit\n`);
      },
      code: 1,
      error: "INSTALL_CONFLICT",
    },
    { case: "nothing in the way", prepare: async () => undefined, code: 0, error: null },
  ])("--dry-run exits as the real run would and says what would stop it: $case", async ({ prepare, code, error }) => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    await prepare();
    const before = treeHash(t.dir);
    const text = await cli(["install", "--dry-run"]);
    const json = await cli(["install", "--dry-run", "--json"]);
    expect(treeHash(t.dir)).toBe(before);
    expect(text.code).toBe(code);
    expect(json.code).toBe(code);
    expect(text.stdout).toContain("Dry run: nothing was written.");
    const report = JSON.parse(json.stdout) as { ok: boolean; dryRun: boolean; error: { code: string; message: string; hint: string } | null };
    expect(report).toMatchObject({ ok: error === null, dryRun: true });
    expect(report.error?.code ?? null).toBe(error);
    if (error) {
      expect(text.stderr).toMatch(new RegExp(`^${error}: `));
      expect(text.stderr).toContain("hint: ");
      expect(report.error?.hint.length).toBeGreaterThan(10);
      expect(text.stdout + text.stderr).not.toContain("Your files:");
    }
    // The real run agrees.
    const real = await cli(["install", "--json"]);
    expect(real.code).toBe(code);
    expect((JSON.parse(real.stdout) as { error: { code: string } | null }).error?.code ?? null).toBe(error);
  });

  it("a foreign file is a conflict: exit 1, the diff, the way out, and nothing changed", async () => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    writeFileSync(userAgent(), "---\nname: backend-architect\ndescription: theirs\n---\nmine\n");
    const result = await cli(["install"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("CONFLICT");
    expect(result.stdout).toContain("-description: theirs");
    expect(result.stderr).toMatch(/^INSTALL_CONFLICT: /);
    expect(result.stderr).toContain("--force");
    expect(result.stderr).toContain("Your files: nothing was changed.");
    const forced = await cli(["install", "--force", "--json"]);
    expect(forced.code).toBe(0);
    const json = JSON.parse(forced.stdout) as { files: { action: string }[]; backups: string[] };
    expect(json.files[0]?.action).toBe("replace");
    expect(readFileSync(json.backups[0] as string, "utf8")).toContain("mine");
  });

  it("reports another copy and which one @agent-backend-architect reaches", async () => {
    mkdirSync(join(t.project, ".claude", "agents"), { recursive: true });
    const projectCopy = join(t.project, ".claude", "agents", "ba.md");
    writeFileSync(projectCopy, "---\nname: backend-architect\ndescription: a project copy\n---\nbody\n");
    const result = await cli(["install"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`project  ${projectCopy}`);
    expect(result.stdout).toContain(`@agent-backend-architect uses the project copy ${projectCopy}`);
  });

  it("uninstall removes it again; a second uninstall exits 1 and touches nothing", async () => {
    await cli(["install"]);
    const result = await cli(["uninstall"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`removed   ${userAgent()}`);
    const again = await cli(["uninstall"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^UNINSTALL_NOTHING: /);
  });

  /** The "Your files" lines of a run. */
  function fileLines(output: string): { label: string; path: string }[] {
    return [...output.matchAll(/^  (written|removed|restored|backup) +(\/.*)$/gm)].map((m) => ({ label: m[1] as string, path: m[2] as string }));
  }
  /** Each line checked against the disk right after the run: removed files are gone, every other file is there. */
  function expectTrue(output: string): void {
    for (const { label, path } of fileLines(output)) expect(existsSync(path), `${label} ${path}`).toBe(label !== "removed");
  }
  const settingsFile = (): string => join(t.home, ".claude", "settings.json");

  it.each([
    { case: "no settings.json before (install creates it, uninstall removes it)", before: undefined, removed: true },
    { case: "the user's settings.json (install merges into it, uninstall takes our part out)", before: '{\n  "model": "opus"\n}\n', removed: false },
  ])("every file line of install and uninstall is true: $case", async ({ before, removed }) => {
    if (before !== undefined) {
      mkdirSync(join(t.home, ".claude"), { recursive: true });
      writeFileSync(settingsFile(), before);
    }
    const installed = await cli(["install"]);
    expect(installed.code).toBe(0);
    expect(fileLines(installed.stdout)).toContainEqual({ label: "written", path: settingsFile() });
    expectTrue(installed.stdout);
    const uninstalled = await cli(["uninstall"]);
    expect(uninstalled.code).toBe(0);
    const lines = fileLines(uninstalled.stdout);
    expect(lines).toContainEqual({ label: removed ? "removed" : "written", path: settingsFile() });
    expect(lines).not.toContainEqual({ label: removed ? "written" : "removed", path: settingsFile() });
    expectTrue(uninstalled.stdout);
    expect(existsSync(settingsFile())).toBe(!removed);
    // --json says the same.
    expect((JSON.parse((await cli(["install", "--json"])).stdout) as { written: string[] }).written).toContain(settingsFile());
    const json = JSON.parse((await cli(["uninstall", "--json"])).stdout) as { removed: string[]; edits: string[] };
    expect(json[removed ? "removed" : "edits"]).toContain(settingsFile());
    expect(json[removed ? "edits" : "removed"]).not.toContain(settingsFile());
  });

  it("a file --force replaced is reported restored by uninstall, and an edited copy removed by uninstall --force is backed up", async () => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    writeFileSync(userAgent(), "---\nname: backend-architect\ndescription: theirs\n---\nmine\n");
    const forced = await cli(["install", "--force"]);
    expectTrue(forced.stdout);
    const restored = await cli(["uninstall"]);
    expect(fileLines(restored.stdout)).toContainEqual({ label: "restored", path: userAgent() });
    expectTrue(restored.stdout);
    rmSync(userAgent());
    await cli(["install"]);
    writeFileSync(userAgent(), "my edit\n");
    const removed = await cli(["uninstall", "--force"]);
    expect(fileLines(removed.stdout).filter((l) => l.label === "removed").map((l) => l.path)).toContain(userAgent());
    expect(fileLines(removed.stdout).some((l) => l.label === "backup")).toBe(true);
    expectTrue(removed.stdout);
  });

  it.each([
    { case: "install", argv: ["install"], written: true },
    { case: "install --json", argv: ["install", "--json"], written: true },
    { case: "install --dry-run", argv: ["install", "--dry-run"], written: false },
    { case: "install --dry-run --json", argv: ["install", "--dry-run", "--json"], written: false },
  ])("a packaged agent with warnings is installed with the warnings shown: $case", async ({ argv, written }) => {
    const result = await runCli(argv, { cwd: t.project, env: t.env, packageRoot: fixturePackage("package-warnings") });
    expect(result.code).toBe(0);
    expect(existsSync(userAgent()) ? readFileSync(userAgent(), "utf8") : null).toBe(written ? readFileSync(join(fixturePackage("package-warnings"), "agents", "backend-architect.md"), "utf8") : null);
    if (argv.includes("--json")) {
      const report = JSON.parse(result.stdout) as { ok: boolean; warnings: { code: string; message: string; hint: string; details: string[] }[] };
      expect(report.ok).toBe(true);
      expect(report.warnings).toEqual([expect.objectContaining({ code: "INSTALL_SOURCE_WARNINGS", hint: expect.stringContaining("validate") })]);
      expect(report.warnings[0]?.details).toEqual([expect.stringMatching(/^4:\d+ AGENT_TOOL_UNKNOWN .*Grpe/)]);
    } else {
      expect(result.stderr).toMatch(/^INSTALL_SOURCE_WARNINGS \(warning\): /m);
      expect(result.stderr).toMatch(/^  4:\d+ AGENT_TOOL_UNKNOWN .*Grpe.*$/m);
      expect(result.stderr).toContain("hint: ");
    }
  });

  it("the packaged agent of a clean package installs with no warning", async () => {
    const result = await runCli(["install", "--json"], { cwd: t.project, env: t.env, packageRoot: fixturePackage("package-v1") });
    expect(result.code).toBe(0);
    expect(readFileSync(userAgent(), "utf8")).toBe(fixtureAgent("package-v1"));
    expect((JSON.parse(result.stdout) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it("--as-plugin without claude on PATH: INSTALL_CLAUDE_MISSING, exit 2", async () => {
    const result = await cli(["install", "--as-plugin"], { ...t.env, PATH: join(t.dir, "empty-bin") });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^INSTALL_CLAUDE_MISSING: /);
  });
});
