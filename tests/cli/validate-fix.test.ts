import { cp, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyAgentFixes } from "../../src/install/agent-fixes.js";
import { validateAndFix } from "../../src/validate/validate-and-fix.js";
import { failing } from "../install/support/faulty-fs.js";
import { runCli } from "../support/cli.js";

const fixture = new URL("../fixtures/plugins/fix-needs-quoting/", import.meta.url).pathname;
const agent = ".claude/agents/api-helper.md";

describe("backend-architect validate --fix", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "ba-validate-fix-"));
    await cp(fixture, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("quotes a value Claude Code only reads through its retry, says so, and validates clean after", async () => {
    const before = await runCli(["validate", "--strict"], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("AGENT_YAML_RECOVERED");

    const fixed = await runCli(["validate", "--strict", "--fix"], { cwd: dir });
    expect(fixed.stderr).toMatch(/^fixed \.claude\/agents\/api-helper\.md:3 .* AGENT_YAML_RECOVERED\n/);
    expect(fixed.stdout).toBe("No problems in 1 file.\n");
    expect(fixed.code).toBe(0);
    const text = await readFile(join(dir, agent), "utf8");
    expect(text).toContain('description: "Use when: designing an API or a schema"');
    expect(text).toContain("tools: Read, Grep\n");

    const again = await runCli(["validate", "--fix"], { cwd: dir });
    expect(again.stderr).toBe("");
    expect(await readFile(join(dir, agent), "utf8")).toBe(text);
  });

  it("is one library call: validateAndFix validates, fixes through the writer it is given, and validates again", async () => {
    const plain = await validateAndFix([], { cwd: dir });
    expect(plain.fixed).toEqual([]);
    expect(plain.diagnostics.map((d) => d.code)).toContain("AGENT_YAML_RECOVERED");
    const result = await validateAndFix([], { cwd: dir, fix: (files) => applyAgentFixes(files) });
    expect(result.fixed.map((f) => [f.file, f.changes.map((c) => c.code)])).toEqual([[join(dir, agent), ["AGENT_YAML_RECOVERED"]]]);
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ["open", "EACCES", "write"],
    ["rename", "EXDEV", "write"],
    ["readFile", "EIO", "read"],
  ] as const)("a failing %s (%s) leaves the file as it was and reports FIX_WRITE_FAILED", async (op, code, step) => {
    const file = join(dir, agent);
    const original = await readFile(file, "utf8");
    const mode = (await stat(file)).mode;
    const outcome = await applyAgentFixes([file], { fs: failing(op, code).fs });
    expect(outcome.fixed).toEqual([]);
    expect(outcome.failed.map((d) => [d.code, d.file, d.message])).toEqual([
      ["FIX_WRITE_FAILED", file, `--fix could not ${step} this file (${code}); it is left exactly as it was.`],
    ]);
    expect(await readFile(file, "utf8")).toBe(original);
    expect((await stat(file)).mode).toBe(mode);
    expect(await readdir(join(dir, ".claude/agents"))).toEqual(["api-helper.md"]);
  });
});
