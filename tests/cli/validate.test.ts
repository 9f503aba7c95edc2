import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const fixtures = new URL("../fixtures/plugins/", import.meta.url).pathname;
const repoRoot = new URL("../../", import.meta.url).pathname;

const validate = (argv: string[], options: { tty?: boolean; cwd?: string } = {}) =>
  runCli(["validate", ...argv], { cwd: options.cwd ?? fixtures, tty: options.tty ?? false });

describe("backend-architect validate: exit codes", () => {
  it.each([
    [["valid-plugin"], 0],
    [["valid-plugin", "--strict"], 0],
    [["name-not-kebab-case"], 0],
    [["name-not-kebab-case", "--strict"], 1],
    [["version-not-string"], 1],
    [["version-not-string", "--format", "json"], 1],
    [["version-not-string", "--format", "sarif"], 1],
    [["no-such-path"], 2],
    [["valid-plugin", "no-such-path"], 2],
    [["valid-plugin", "--format", "yaml"], 2],
    [["valid-plugin", "--no-such-flag"], 2],
  ])("%j exits %i", async (argv, code) => {
    expect((await validate(argv)).code).toBe(code);
  });

  it("this repository validates clean under --strict", async () => {
    const result = await validate(["--strict"], { cwd: repoRoot });
    expect(result.stdout).toMatch(/^No problems in \d+ files\.\n$/);
    expect(result.code).toBe(0);
  });
});

describe("backend-architect validate: text output", () => {
  it("prints file:line:col  severity  message  CODE, the hint below, paths relative to cwd", async () => {
    const result = await validate(["version-not-string", "hooks-plugin-root-unquoted", "no-such-path"]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "hooks-plugin-root-unquoted/hooks/hooks.json:3:66  warning  \${CLAUDE_PLUGIN_ROOT} is not quoted in this command; when the plugin's path contains a space the command splits and fails.  HOOKS_PLUGIN_ROOT_UNQUOTED
        hint: Put it in double quotes: "\\"\${CLAUDE_PLUGIN_ROOT}/hooks/run.js\\"", or use exec form, which no shell reads: "command": "node", "args": ["\${CLAUDE_PLUGIN_ROOT}/hooks/run.js"].
      no-such-path:1:1  error  This path does not exist, so there is nothing to check.  PATH_NOT_FOUND
        hint: Check the path; validate takes agent files, agent folders, plugin folders, marketplaces or projects, and inspect takes one agent file.
      version-not-string/.claude-plugin/plugin.json:3:14  error  "version" must be a string, but it is the number 1.2; a non-string version makes the whole plugin fail to load.  PLUGIN_VERSION_NOT_STRING
        hint: Quote it: "version": "1.2.0".
      2 errors, 1 warning in 3 files.
      "
    `);
  });

  it("adds a code frame under each diagnostic on a terminal", async () => {
    const result = await validate(["agent-type-clash"], { tty: true });
    expect(result.stdout).toMatchInlineSnapshot(`
      "agent-type-clash/agents/b-reviewer.md:2:7  warning  Two agents in this plugin have the agent type "agent-type-clash:reviewer" (also a-reviewer.md); Claude Code keeps only one of them.  PLUGIN_AGENT_TYPE_CLASH
        hint: Give each agent a distinct name in its frontmatter.
        1 | ---
      > 2 | name: reviewer
          |       ^^^^^^^^
        3 | description: Also reviews code.

      0 errors, 1 warning in 4 files.
      "
    `);
  });
});

describe("backend-architect validate: json and sarif", () => {
  it("json carries every diagnostic with relative paths and a summary", async () => {
    const result = await validate(["unknown-key", "valid-plugin", "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      files: { file: string; kind: string }[];
      diagnostics: { code: string; file: string; start: { line: number; column: number } }[];
      summary: { errors: number; warnings: number; files: number };
    };
    expect(report.diagnostics.map((d) => [d.code, d.file, d.start.line, d.start.column])).toEqual([
      ["PLUGIN_UNKNOWN_KEY", "unknown-key/.claude-plugin/plugin.json", 3, 3],
      ["PLUGIN_UNKNOWN_KEY", "unknown-key/.claude-plugin/plugin.json", 4, 3],
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 0, files: 4 });
    expect(report.files.map((f) => f.file)).toContain("valid-plugin/hooks/hooks.json");
  });

  it("sarif is a 2.1.0 log whose rules come from the catalog, with results pointing at exact regions", async () => {
    const result = await validate(["version-not-string", "hooks-unknown-event", "--format", "sarif"]);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
        results: { ruleId: string; ruleIndex?: number }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((r) => r.id === "PLUGIN_VERSION_NOT_STRING");
    expect(rule?.helpUri).toMatch(/\/docs\/diagnostics\.md#plugin_version_not_string$/);
    expect(rule?.defaultConfiguration.level).toBe("error");
    // ruleIndex points into the catalog's rules; it moves when codes are added, so check it, then drop it.
    for (const found of run.results) {
      expect(run.tool.driver.rules[found.ruleIndex ?? -1]?.id).toBe(found.ruleId);
      delete found.ruleIndex;
    }
    expect(run.results).toMatchInlineSnapshot(`
      [
        {
          "level": "warning",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "hooks-unknown-event/hooks/hooks.json",
                },
                "region": {
                  "endColumn": 24,
                  "endLine": 3,
                  "startColumn": 5,
                  "startLine": 3,
                },
              },
            },
          ],
          "message": {
            "text": ""UserPromptSubmitt" is not a hook event Claude Code knows; its hooks never run. Did you mean "UserPromptSubmit"? Rename it to "UserPromptSubmit".",
          },
          "properties": {
            "args": {
              "event": "UserPromptSubmitt",
              "suggestion": "UserPromptSubmit",
            },
          },
          "ruleId": "HOOKS_UNKNOWN_EVENT",
        },
        {
          "level": "error",
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "version-not-string/.claude-plugin/plugin.json",
                },
                "region": {
                  "endColumn": 17,
                  "endLine": 3,
                  "startColumn": 14,
                  "startLine": 3,
                },
              },
            },
          ],
          "message": {
            "text": ""version" must be a string, but it is the number 1.2; a non-string version makes the whole plugin fail to load. Quote it: "version": "1.2.0".",
          },
          "properties": {
            "args": {
              "actual": "the number 1.2",
              "suggestion": "1.2.0",
            },
          },
          "ruleId": "PLUGIN_VERSION_NOT_STRING",
        },
      ]
    `);
  });
});
