import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agentCodes } from "../../src/diagnostics/codes/agent.js";
import type { AgentScope } from "../../src/resolve/index.js";
import { checkAgentText } from "../../src/validate/agent/index.js";
import { fixturesRoot } from "./corpus.js";

type Row = [fixture: string, scope: AgentScope, codes: string[], first?: string];

// Each failing fixture with the exact codes it must produce (sorted) and where the first one starts;
// its passing twin (same name, `.pass.md`) must produce none.
const FAILING: Row[] = [
  ["no-frontmatter", "user", ["AGENT_NO_FRONTMATTER"], "1:1"],
  ["frontmatter-language", "user", ["AGENT_FRONTMATTER_LANGUAGE"], "1:4"],
  ["frontmatter-closed-early", "user", ["AGENT_FRONTMATTER_CLOSED_EARLY"], "3:37"],
  ["yaml-invalid", "user", ["AGENT_YAML_INVALID"], "3:14"],
  ["yaml-recovered", "user", ["AGENT_YAML_RECOVERED"], "3:14"],
  ["yaml-tabs", "user", ["AGENT_YAML_TABS", "AGENT_YAML_TABS"], "5:1"],
  ["frontmatter-not-mapping", "user", ["AGENT_FRONTMATTER_NOT_MAPPING"], "2:1"],
  ["name-missing", "user", ["AGENT_NAME_MISSING"], "1:1"],
  ["name-invalid", "project", ["AGENT_NAME_INVALID"], "2:7"],
  ["name-fallback", "plugin", ["AGENT_NAME_FALLBACK"], "1:1"],
  ["description-missing", "user", ["AGENT_DESCRIPTION_MISSING"], "1:1"],
  ["description-placeholder", "plugin", ["AGENT_DESCRIPTION_PLACEHOLDER"], "3:14"],
  ["description-escaped-newline", "plugin", ["AGENT_DESCRIPTION_ESCAPED_NEWLINE"], "3:14"],
  ["tools-empty", "user", ["AGENT_TOOLS_EMPTY"], "4:8"],
  ["tools-all-unknown", "user", ["AGENT_TOOLS_ALL_UNKNOWN", "AGENT_TOOL_UNKNOWN", "AGENT_TOOL_UNKNOWN"], "4:8"],
  ["tool-unknown", "user", ["AGENT_TOOL_UNKNOWN"], "4:14"],
  ["tool-removed", "user", ["AGENT_TOOL_REMOVED"], "4:14"],
  ["tool-alias", "user", ["AGENT_TOOL_ALIAS"], "4:14"],
  ["tool-args-ignored", "plugin", ["AGENT_TOOL_ARGS_IGNORED"], "4:14"],
  ["tools-misread", "user", ["AGENT_TOOLS_ALL_UNKNOWN", "AGENT_TOOLS_MISREAD"], "4:8"],
  ["tools-not-list", "user", ["AGENT_TOOLS_NOT_LIST"], "6:3"],
  ["model-unknown", "user", ["AGENT_MODEL_UNKNOWN"], "4:8"],
  ["model-not-string", "user", ["AGENT_MODEL_NOT_STRING"], "4:8"],
  ["color-invalid", "user", ["AGENT_COLOR_INVALID"], "4:8"],
  ["key-unknown", "user", ["AGENT_KEY_UNKNOWN", "AGENT_KEY_UNKNOWN"], "4:1"],
  ["key-duplicate", "user", ["AGENT_KEY_DUPLICATE"], "3:1"],
  ["field-invalid", "user", ["AGENT_FIELD_INVALID", "AGENT_FIELD_INVALID", "AGENT_FIELD_INVALID", "AGENT_FIELD_INVALID"], "4:9"],
  ["field-ignored-in-plugin", "plugin", ["AGENT_FIELD_IGNORED_IN_PLUGIN", "AGENT_FIELD_IGNORED_IN_PLUGIN"], "4:1"],
  ["hooks-invalid", "user", ["AGENT_HOOKS_INVALID"], "4:8"],
  ["hook-event-unknown", "project", ["AGENT_HOOK_EVENT_UNKNOWN"], "5:3"],
  ["plugin-root-unquoted", "plugin", ["AGENT_PLUGIN_ROOT_UNQUOTED"], "10:6"],
];

// Edge cases with no code of their own: what they must (and must not) produce, per scope.
const EDGES: Row[] = [
  ["edge-bom-crlf", "user", []],
  ["edge-block-description", "user", []],
  ["edge-opening-spaces", "user", []],
  ["edge-tools-list", "plugin", []],
  ["edge-wildcard-disallowed", "user", []],
  ["edge-description-number", "plugin", []],
  ["edge-description-number", "user", ["AGENT_DESCRIPTION_MISSING"], "3:14"],
  ["edge-tools-null", "user", ["AGENT_TOOLS_EMPTY"], "4:7"],
  ["edge-unclosed", "user", ["AGENT_NO_FRONTMATTER"], "1:1"],
  ["edge-crlf-retry", "plugin", ["AGENT_YAML_INVALID"], "3:14"],
  ["edge-blank-lines-after-opening", "user", ["AGENT_TOOL_UNKNOWN", "AGENT_YAML_RECOVERED"], "5:14"],
  ["edge-hooks-guard-malformed", "user", ["AGENT_HOOKS_INVALID", "AGENT_HOOK_EVENT_UNKNOWN"], "5:3"],
  ["edge-hooks-unknown-event", "user", ["AGENT_HOOK_EVENT_UNKNOWN"], "5:3"],
  ["edge-proto-key", "user", ["AGENT_KEY_UNKNOWN", "AGENT_KEY_UNKNOWN"], "4:1"],
];

function check(file: string, scope: AgentScope) {
  const text = readFileSync(join(fixturesRoot, file), "utf8");
  return checkAgentText(text, file, { scope, pluginName: "reviewers" });
}

describe("each failing fixture produces exactly its codes, at its position", () => {
  it.each([...FAILING.map(([name, ...rest]): Row => [`${name}.fail.md`, ...rest]), ...EDGES.map(([name, ...rest]): Row => [`${name}.md`, ...rest])])(
    "%s as a %s agent",
    (file, scope, codes, first) => {
      const { diagnostics } = check(file, scope);
      expect(diagnostics.map((d) => d.code).sort()).toEqual([...codes].sort());
      if (first) expect(`${diagnostics[0]?.start.line}:${diagnostics[0]?.start.column}`).toBe(first);
      for (const d of diagnostics) {
        expect(d.file).toBe(file);
        expect(d.message).not.toMatch(/^Error/);
        expect(d.end.line * 1e6 + d.end.column).toBeGreaterThanOrEqual(d.start.line * 1e6 + d.start.column);
      }
    },
  );
});

describe("each passing twin produces nothing", () => {
  it.each(FAILING.map(([name, scope]) => [`${name}.pass.md`, scope] as const))("%s as a %s agent", (file, scope) => {
    expect(check(file, scope).diagnostics).toEqual([]);
  });
  it("clean.pass.md is clean in every scope", () => {
    for (const scope of ["user", "project", "plugin"] as const) expect(check("clean.pass.md", scope).diagnostics).toEqual([]);
  });
});

describe("the table covers the catalog", () => {
  // Files too big to commit are generated in hostile.test.ts instead.
  const GENERATED = ["AGENT_FILE_TOO_LARGE", "AGENT_FRONTMATTER_TOO_COMPLEX"];
  it("every agent code has a failing fixture", () => {
    const covered = new Set([...FAILING, ...EDGES].flatMap(([, , codes]) => codes));
    const missing = Object.keys(agentCodes).filter((code) => !covered.has(code) && !GENERATED.includes(code));
    expect(missing).toEqual([]);
  });
});

describe("wording", () => {
  it("says what Claude Code does and suggests the fix", () => {
    const [unknown] = check("tool-unknown.fail.md", "user").diagnostics;
    expect(unknown).toMatchObject({ severity: "warning", start: { line: 4, column: 14 }, end: { line: 4, column: 19 } });
    expect(unknown?.message).toMatchInlineSnapshot(`"\`Grepp\` in \`tools\` is not a tool Claude Code knows; it is silently dropped. Did you mean "Grep"?"`);
    expect(unknown?.hint).toMatchInlineSnapshot(`"Write \`Grep\` (names are case-sensitive)."`);
    const [empty] = check("tools-empty.fail.md", "user").diagnostics;
    expect(empty?.severity).toBe("error");
    expect(empty?.message).toMatchInlineSnapshot(`"\`tools\` is present but names no tool, so this agent gets NO tools at all (while the model is told it has all tools)."`);
    const [recovered] = check("yaml-recovered.fail.md", "user").diagnostics;
    expect(recovered?.message).toMatchInlineSnapshot(`"The value of \`description\` is not valid YAML as written; Claude Code only loads it through a quoting retry, which other tools (and future versions) may not do."`);
    expect(recovered?.hint).toMatchInlineSnapshot(`"Wrap the value in double quotes, or run \`backend-architect validate --fix\`."`);
  });
});
