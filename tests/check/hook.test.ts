import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { postToolUseOutput } from "../../src/hooks/post-tool-use.js";

const root = new URL("../../", import.meta.url).pathname;
const fixtures = join(root, "tests/fixtures/migrations/hook");
const AGENT = "backend-architect:backend-architect";
const input = (fields: Record<string, unknown>) =>
  JSON.stringify({ hook_event_name: "PostToolUse", cwd: fixtures, tool_name: "Write", agent_type: AGENT, ...fields });
const write = (file: string, extra: Record<string, unknown> = {}) => input({ tool_input: { file_path: file, content: "" }, ...extra });

describe("the check hook's output", () => {
  it("gives the agent each finding with its line, code and fix, as PostToolUse additionalContext", async () => {
    const output = JSON.parse(await postToolUseOutput(write(join(fixtures, "index-not-concurrent.sql")), { agentType: AGENT })) as {
      hookSpecificOutput: { hookEventName: string; additionalContext: string };
    };
    expect(output.hookSpecificOutput.hookEventName).toBe("PostToolUse");
    const text = output.hookSpecificOutput.additionalContext;
    expect(text).toContain("backend-architect check found 1 problem in index-not-concurrent.sql, which you just wrote:");
    expect(text).toContain("- line 2 MIGRATION_INDEX_NOT_CONCURRENT (error): CREATE INDEX on the existing table orders");
    expect(text).toContain("Fix: Use CREATE INDEX CONCURRENTLY");
    expect(text).toContain("npx backend-architect check --execute");
  });

  it("reads a relative path against the hook's cwd, and an Edit as well as a Write", async () => {
    const output = await postToolUseOutput(input({ tool_name: "Edit", tool_input: { file_path: "index-not-concurrent.sql", old_string: "a", new_string: "b" } }), { agentType: AGENT });
    expect(output).toContain("MIGRATION_INDEX_NOT_CONCURRENT");
  });

  it.each([
    ["a clean migration", write(join(fixtures, "clean.sql"))],
    ["the main conversation's write", write(join(fixtures, "index-not-concurrent.sql"), { agent_type: undefined })],
    ["another agent's write", write(join(fixtures, "index-not-concurrent.sql"), { agent_type: "reviewer" })],
    ["a Read", write(join(fixtures, "index-not-concurrent.sql"), { tool_name: "Read" })],
    ["a down migration dropping what its up created", write(join(fixtures, "000002_drop_tags.down.sql"))],
    ["a YAML file that is not an OpenAPI document", write(join(fixtures, "not-openapi.yaml"))],
    ["a file that cannot be read", write(join(fixtures, "missing.sql"))],
    ["a file that is not a migration or a document", write(join(root, "README.md"))],
    ["stdin that is not JSON", "{not json"],
    ["no file_path", input({ tool_input: {} })],
  ])("says nothing for %s", async (_case, stdin) => {
    expect(await postToolUseOutput(stdin, { agentType: AGENT })).toBe("");
  });

  it("serves the agent type it is told (user and project installs name the agent without a plugin prefix)", async () => {
    const output = await postToolUseOutput(write(join(fixtures, "index-not-concurrent.sql"), { agent_type: "backend-architect" }), { agentType: "backend-architect" });
    expect(output).toContain("MIGRATION_INDEX_NOT_CONCURRENT");
  });
});

describe("hooks/post-tool-use.mjs, as committed", () => {
  const out = mkdtempSync(join(tmpdir(), "check-hook-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("is exactly what the build makes from src/ (run `npm run build` if this fails)", () => {
    const build = spawnSync(process.execPath, [join(root, "scripts/build-check-hook.mjs"), "--out", join(out, "built")], { encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(root, "hooks/post-tool-use.mjs"), "utf8") === readFileSync(join(out, "built/post-tool-use.mjs"), "utf8"), "hooks/post-tool-use.mjs is stale").toBe(true);
  }, 60_000);

  it("runs alone, from a folder with no node_modules anywhere above it, and imports only node: built-ins", () => {
    const alone = join(out, "alone");
    spawnSync("mkdir", ["-p", alone]);
    copyFileSync(join(root, "hooks/post-tool-use.mjs"), join(alone, "post-tool-use.mjs"));
    copyFileSync(join(fixtures, "index-not-concurrent.sql"), join(alone, "m.sql"));
    const text = readFileSync(join(alone, "post-tool-use.mjs"), "utf8");
    const specifiers = [...text.matchAll(/\bfrom\s*"([^"]+)"/g)].map((match) => match[1]);
    expect(specifiers.every((specifier) => specifier?.startsWith("node:")), specifiers.join(", ")).toBe(true);
    const run = spawnSync(process.execPath, [join(alone, "post-tool-use.mjs")], {
      input: JSON.stringify({ tool_name: "Write", agent_type: AGENT, cwd: alone, tool_input: { file_path: "m.sql" } }),
      encoding: "utf8",
      cwd: alone,
      env: { PATH: process.env["PATH"] ?? "" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("MIGRATION_INDEX_NOT_CONCURRENT");
  });
});
