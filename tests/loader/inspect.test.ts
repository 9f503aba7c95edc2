import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { fixturesRoot } from "./corpus.js";

const scratch = mkdtempSync(join(tmpdir(), "ba-inspect-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A plugin with a nested agent, to see the scope and agent type come from where the file sits.
const plugin = join(scratch, "reviewers");
mkdirSync(join(plugin, ".claude-plugin"), { recursive: true });
mkdirSync(join(plugin, "agents", "team"), { recursive: true });
writeFileSync(join(plugin, ".claude-plugin", "plugin.json"), JSON.stringify({ name: "reviewers" }));
cpSync(join(fixturesRoot, "no-frontmatter.fail.md"), join(plugin, "agents", "team", "lead.md"));

async function inspectJson(args: string[]) {
  const result = await runCli(["inspect", ...args, "--json"], { cwd: fixturesRoot });
  return { ...result, json: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe("backend-architect inspect --json", () => {
  it.each([
    ["clean.pass.md", [], 0, { loaded: true, agentType: "code-checker", tools: ["Glob", "Grep", "Read"], mcpTools: [], model: "sonnet" }],
    ["tools-empty.fail.md", [], 1, { loaded: true, agentType: "tools-empty", tools: [], model: null }],
    ["edge-wildcard-disallowed.md", [], 0, { loaded: true, tools: null }],
    ["name-missing.fail.md", ["--scope", "project"], 1, { loaded: false, agentType: null, description: null }],
    ["name-missing.fail.md", ["--scope", "plugin", "--plugin-name", "kit"], 0, { loaded: true, agentType: "kit:name-missing.fail" }],
    ["name-missing.fail.md", ["--plugin-name", "kit"], 0, { loaded: true, agentType: "kit:name-missing.fail" }],
    ["no-frontmatter.fail.md", ["--scope", "plugin", "--plugin-name", "kit"], 1, { loaded: true, description: "Agent from kit plugin", tools: null, model: null }],
  ] as const)("%s %j exits %i with the agent as Claude Code loads it", async (file, args, code, expected) => {
    const { code: exit, json } = await inspectJson([file, ...args]);
    expect(exit).toBe(code);
    expect(Object.keys(json)).toEqual(["loaded", "agentType", "description", "tools", "mcpTools", "model", "diagnostics"]);
    expect(json).toMatchObject(expected);
  });

  it("prints each diagnostic with a path relative to the working directory", async () => {
    const { json } = await inspectJson(["tool-unknown.fail.md"]);
    expect(json["diagnostics"]).toMatchObject([{ code: "AGENT_TOOL_UNKNOWN", file: "tool-unknown.fail.md", start: { line: 4, column: 14 } }]);
  });

  it("finds a plugin agent's scope, plugin name and subfolders from where the file sits", async () => {
    const { json } = await inspectJson([join(plugin, "agents", "team", "lead.md")]);
    expect(json).toMatchObject({ loaded: true, agentType: "reviewers:team:lead", description: "Agent from reviewers plugin", tools: null });
  });

  it("a file that does not exist is a usage error with its code", async () => {
    const result = await runCli(["inspect", "missing.md"], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("PATH_NOT_FOUND");
  });

  it("with --json, a file that does not exist is answered in JSON on stdout (same shape, the finding in diagnostics), exit 2", async () => {
    const result = await runCli(["inspect", "missing.md", "--json"], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout) as { loaded: boolean; agentType: unknown; diagnostics: { code: string; file: string; severity: string }[] };
    expect(json).toMatchObject({ loaded: false, agentType: null, description: null, tools: null, mcpTools: [], model: null });
    expect(json.diagnostics).toMatchObject([{ code: "PATH_NOT_FOUND", file: "missing.md", severity: "error" }]);
  });

  it.each([
    { where: "~/.claude/agents", env: { HOME: scratch }, folder: join(scratch, ".claude", "agents"), scope: "user" },
    { where: "$CLAUDE_CONFIG_DIR/agents", env: { HOME: "/nowhere", CLAUDE_CONFIG_DIR: join(scratch, "config") }, folder: join(scratch, "config", "agents"), scope: "user" },
    { where: "a project's .claude/agents", env: { HOME: scratch }, folder: join(scratch, "project", ".claude", "agents"), scope: "project" },
  ])("a file in $where is a $scope agent", async ({ env, folder, scope }) => {
    mkdirSync(folder, { recursive: true });
    cpSync(join(fixturesRoot, "clean.pass.md"), join(folder, "helper.md"));
    const result = await runCli(["inspect", join(folder, "helper.md")], { cwd: scratch, env });
    expect(result.stdout.split("\n")[0]).toBe(`${relative(scratch, join(folder, "helper.md"))} as a ${scope} agent`);
  });

  it("an unknown scope is a usage error", async () => {
    expect((await runCli(["inspect", "clean.pass.md", "--scope", "global"], { cwd: fixturesRoot })).code).toBe(2);
  });
});

describe("backend-architect inspect (text)", () => {
  it("reads as a summary, then the findings", async () => {
    const result = await runCli(["inspect", "tool-alias.fail.md", "--scope", "plugin", "--plugin-name", "kit"], { cwd: fixturesRoot });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "tool-alias.fail.md as a plugin agent of "kit"
        loaded:       yes
        agent type:   kit:tool-alias
        description:  Reviews code.
        tools:        Agent, Read
        model:        inherits the parent's

      tool-alias.fail.md:4:14  info  \`Task\` is a legacy name; Claude Code maps it to \`Agent\`.  AGENT_TOOL_ALIAS
        hint: Write \`Agent\`.
      0 errors, 0 warnings, 1 note in 1 file.
      "
    `);
  });
});
