import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeValidateFs, type ValidateFs } from "../../src/validate/fs.js";
import { validatePath } from "../../src/validate/path.js";

const fixtures = new URL("../fixtures/plugins/", import.meta.url).pathname.replace(/\/$/, "");

/** `CODE file:line:col`, the file relative to the fixtures folder. */
async function findings(paths: string[], fs?: ValidateFs): Promise<string[]> {
  const { diagnostics } = await validatePath(paths, fs ? { cwd: fixtures, fs } : { cwd: fixtures });
  return diagnostics.map((d) => `${d.code} ${d.file.slice(fixtures.length + 1)}:${d.start.line}:${d.start.column}`);
}

describe("validatePath across files", () => {
  it.each([
    ["marketplace-source-not-found", ["MARKETPLACE_SOURCE_NOT_FOUND marketplace-source-not-found/.claude-plugin/marketplace.json:4:43"]],
    ["marketplace-name-mismatch", ["MARKETPLACE_SOURCE_NAME_MISMATCH marketplace-name-mismatch/.claude-plugin/marketplace.json:4:25"]],
    ["marketplace-source-broken", ["PLUGIN_MANIFEST_SYNTAX marketplace-source-broken/plugins/broken/.claude-plugin/plugin.json:1:21"]],
    ["marketplace-version-mismatch", ["MARKETPLACE_VERSION_MISMATCH marketplace-version-mismatch/.claude-plugin/marketplace.json:4:82"]],
    ["agent-type-clash", ["PLUGIN_AGENT_TYPE_CLASH agent-type-clash/agents/b-reviewer.md:2:7"]],
    // An `agents` list: only the listed files load, typed <plugin>:<name> whatever their subfolder.
    ["agent-type-clash-listed", ["PLUGIN_AGENTS_KEY_SET agent-type-clash-listed/.claude-plugin/plugin.json:3:3", "PLUGIN_AGENT_TYPE_CLASH agent-type-clash-listed/agents/b/reviewer.md:2:7"]],
    ["hooks-no-wrapper", ["HOOKS_WRAPPER_MISSING hooks-no-wrapper/hooks/hooks.json:2:3"]],
    ["valid-plugin", []],
    ["project-agents", []],
    ["empty-folder", ["PATH_NOTHING_TO_VALIDATE empty-folder:1:1"]],
    ["no-such-folder", ["PATH_NOT_FOUND no-such-folder:1:1"]],
    ["valid-plugin/hooks/run.js", ["PATH_NOTHING_TO_VALIDATE valid-plugin/hooks/run.js:1:1"]],
    ["hooks-path-in-manifest", ["HOOKS_TIMEOUT_INVALID hooks-path-in-manifest/config/hooks.json:3:82"]],
    ["version-not-string/.claude-plugin", ["PLUGIN_VERSION_NOT_STRING version-not-string/.claude-plugin/plugin.json:3:14"]],
  ])("%s", async (fixture, expected) => {
    expect(await findings([fixture])).toEqual(expected);
  });

  it("names the other file in a clash, and leaves agents in subfolders (another agent type) alone", async () => {
    const { diagnostics, files } = await validatePath([join(fixtures, "agent-type-clash")]);
    expect(diagnostics[0]?.message).toContain('"agent-type-clash:reviewer" (also a-reviewer.md)');
    expect(files.filter((f) => f.kind === "agent").map((f) => f.agentType)).toEqual([
      "agent-type-clash:reviewer",
      "agent-type-clash:reviewer",
      "agent-type-clash:team:reviewer",
    ]);
  });

  it("checks a marketplace's local plugins and their agents, each file once, sorted by path", async () => {
    const { files } = await validatePath(["valid-plugin", "valid-plugin/.claude-plugin/plugin.json"], { cwd: fixtures });
    expect(files.map((f) => [f.file.slice(fixtures.length + 1), f.kind])).toEqual([
      ["valid-plugin/.claude-plugin/marketplace.json", "marketplace"],
      ["valid-plugin/.claude-plugin/plugin.json", "plugin-manifest"],
      ["valid-plugin/hooks/hooks.json", "hooks"],
    ]);
  });

  it.each([
    ["project-agents", "project", "helper"],
    ["project-agents/.claude/agents/helper.md", "project", "helper"],
    ["agents-key-files/agents/one.md", "plugin", "agents-key-files:one"],
    ["agent-type-clash/agents/team/reviewer.md", "plugin", "agent-type-clash:team:reviewer"],
    ["agent-type-clash/agents/team", "plugin", "agent-type-clash:team:reviewer"],
    ["fix-needs-quoting/.claude/agents", "project", "api-helper"],
  ])("%s is checked as a %s agent of type %s", async (path, scope, agentType) => {
    const { files } = await validatePath([path], { cwd: fixtures });
    expect(files.filter((f) => f.kind === "agent").map((f) => [f.scope, f.agentType])).toEqual([[scope, agentType]]);
  });

  it("defaults to the current directory", async () => {
    const { files } = await validatePath([], { cwd: join(fixtures, "project-agents") });
    expect(files.map((f) => f.file)).toEqual([join(fixtures, "project-agents/.claude/agents/helper.md")]);
  });

  it.each([
    ["readText", "EACCES"],
    ["list", "EIO"],
    ["kind", "ELOOP"],
  ] as const)("turns a failing %s (%s) into PATH_UNREADABLE, not a crash", async (method, code) => {
    const failing: ValidateFs = {
      ...nodeValidateFs,
      [method]: async (path: string) => {
        if (method === "kind" && !path.endsWith("/.claude/agents")) return nodeValidateFs.kind(path);
        throw Object.assign(new Error(`${code}: injected`), { code });
      },
    };
    const result = await findings(["project-agents"], failing);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^PATH_UNREADABLE project-agents\/\.claude\/agents(\/helper\.md)?:1:1$/);
  });
});
