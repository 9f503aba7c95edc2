import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, parseDocument } from "yaml";
import { agentPath, readAgent, splitAgent } from "./agent-file.js";

const EXPECTED_TOOLS = ["Read", "Write", "Edit", "Bash", "mcp__supabase-gtm-mcp__*"];
const COLORS = ["red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"];

// What the routing model must read in the description to pick (or not pick) this agent.
const USE_FOR = [
  "PROACTIVELY", "API design", "REST", "GraphQL", "endpoints", "database", "schema design", "migrations",
  "authentication", "authorization", "OAuth", "JWT", "backend", "server-side", "microservices", "data integrity",
  "ACID", "transactions", "security implementation", "encryption",
];
const NOT_FOR = ["frontend UI", "DevOps", "infrastructure deployment", "visual design"];

/** Everything wrong with an agent file's frontmatter and body head, as short phrases (empty when fine). */
function problems(text: string): string[] {
  const split = splitAgent(text);
  if (!split) return ["no frontmatter block"];
  const found: string[] = [];
  const doc = parseDocument(split.frontmatter, { strict: true, uniqueKeys: true });
  for (const error of doc.errors) found.push(`yaml error ${error.code}`);
  for (const warning of doc.warnings) found.push(`yaml warning ${warning.code}`);
  if (!isMap(doc.contents)) return [...found, "frontmatter is not a mapping"];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "?";
    const quoted = isScalar(pair.value) && (pair.value.type === "QUOTE_DOUBLE" || pair.value.type === "QUOTE_SINGLE");
    if (!quoted) found.push(`${key} is not a quoted string`);
  }
  const data = doc.toJS() as Record<string, unknown>;
  if (data["name"] !== "backend-architect") found.push("name is not backend-architect");
  if (data["model"] !== "sonnet") found.push("model is not sonnet");
  const tools = typeof data["tools"] === "string" ? data["tools"].split(",").map((tool) => tool.trim()) : [];
  if (JSON.stringify(tools) !== JSON.stringify(EXPECTED_TOOLS)) found.push("tools differ");
  if ("color" in data && !COLORS.includes(String(data["color"]))) found.push("color is not one Claude Code keeps");
  const description = typeof data["description"] === "string" ? data["description"] : "";
  if (description.length === 0 || description.length > 600) found.push("description empty or over 600 chars");
  if (/\n|\\n/.test(description)) found.push("description spans lines");
  const notAt = description.indexOf("Do NOT use for");
  for (const cue of USE_FOR) {
    const at = description.indexOf(cue);
    if (at < 0 || (notAt >= 0 && at > notAt)) found.push(`description lacks use-for cue "${cue}"`);
  }
  for (const cue of NOT_FOR) {
    if (notAt < 0 || description.indexOf(cue, notAt) < 0) found.push(`description lacks not-for cue "${cue}"`);
  }
  if (!/^# \S/.test(split.body)) found.push("body does not start with a heading");
  if (split.body.includes("${")) found.push("body holds a ${...} variable");
  return found;
}

const agentText = readFileSync(agentPath, "utf8");

describe("agents/backend-architect.md frontmatter", () => {
  it("passes a strict YAML parse and every check, with nothing to report", () => {
    expect(problems(agentText)).toEqual([]);
  });

  it("grants exactly the seed's tools, with no bracket that would claim a restriction Claude Code ignores", () => {
    const tools = parseDocument(readAgent().frontmatter).get("tools");
    expect(tools).toBe(EXPECTED_TOOLS.join(", "));
    expect(String(tools)).not.toMatch(/[()]/);
  });

  it.each([
    { change: "an unquoted value holding ': '", from: /^model: "sonnet"$/m, to: "model: sonnet: fast", problem: "yaml error" },
    { change: "a duplicate key", from: /^model: "sonnet"$/m, to: 'model: "sonnet"\nmodel: "opus"', problem: "yaml error DUPLICATE_KEY" },
    { change: "a plain scalar", from: /^model: "sonnet"$/m, to: "model: sonnet", problem: "model is not a quoted string" },
    { change: "Bash(npm:*) in tools", from: /, Bash,/, to: ", Bash(npm:*),", problem: "tools differ" },
    { change: "a colour Claude Code drops", from: /^color: "blue"$/m, to: 'color: "magenta"', problem: "color is not one" },
    { change: "no proactive wording", from: "Use PROACTIVELY", to: "Use", problem: 'use-for cue "PROACTIVELY"' },
    { change: "no exclusions", from: /Do NOT use for.*"$/m, to: '"', problem: 'not-for cue "frontend UI"' },
    { change: "a plugin variable in the body", from: "# Backend Architect\n", to: "# Backend Architect\n${CLAUDE_PLUGIN_ROOT}\n", problem: "${...}" },
    { change: "text before the first heading", from: "---\n\n# Backend Architect", to: "---\nHello\n# Backend Architect", problem: "does not start with a heading" },
  ])("reports $change", ({ from, to, problem }) => {
    const mutated = agentText.replace(from, to);
    expect(mutated).not.toBe(agentText);
    expect(problems(mutated).join("\n")).toContain(problem);
  });
});
