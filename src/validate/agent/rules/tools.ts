import { KNOWN_TOOLS, REMOVED_TOOLS, TOOL_ALIASES, TOOLS_WITH_MEANINGFUL_ARGS } from "../../../resolve/registry.js";
import type { ToolEntry } from "../../../resolve/tools.js";
import type { AgentRule, AgentRuleContext } from "../context.js";
import { suggest } from "../../suggest.js";

const CANDIDATES = [...KNOWN_TOOLS, ...Object.keys(TOOL_ALIASES)];

/** What Claude Code makes of each entry in `tools` and `disallowedTools`. */
export const tools: AgentRule = (context) => {
  if (!context.hasFields) return;
  const { resolved, document, report, valueRange } = context;
  checkShape(context, "tools");
  checkShape(context, "disallowedTools");
  checkEntries(context, "tools", resolved.toolEntries);
  checkEntries(context, "disallowedTools", resolved.disallowedEntries);
  if (document.data["tools"] === undefined) return;
  if (resolved.toolEntries.length === 0) report("AGENT_TOOLS_EMPTY", valueRange("tools"));
  else if (resolved.spawnRefused) report("AGENT_TOOLS_ALL_UNKNOWN", valueRange("tools"));
};

function checkShape({ document, report, valueRange }: AgentRuleContext, field: string): void {
  const value = document.data[field];
  if (value === undefined || value === null || typeof value === "string") return;
  if (!Array.isArray(value)) {
    if (value) report("AGENT_TOOLS_NOT_LIST", valueRange(field), { field, what: "this value" });
    return;
  }
  value.forEach((item, index) => {
    if (typeof item !== "string") report("AGENT_TOOLS_NOT_LIST", valueRange(field, index), { field, what: "items that are not text" });
  });
}

function checkEntries({ report, valueRange, withinValue }: AgentRuleContext, field: string, entries: ToolEntry[]): void {
  const cursor = new Map<number, number>();
  for (const entry of entries) {
    const whole = valueRange(field, entry.item);
    const range = withinValue(whole, entry.entry, cursor.get(entry.item));
    if (range !== whole) cursor.set(entry.item, range.end.column);
    if (/[\n\t\r]/.test(entry.entry)) {
      report("AGENT_TOOLS_MISREAD", range, { entry: entry.entry.replace(/\s+/g, " ") });
      continue;
    }
    switch (entry.kind) {
      case "unknown": {
        const suggestion = suggest(entry.name, CANDIDATES);
        report("AGENT_TOOL_UNKNOWN", range, { tool: entry.name, field, ...(suggestion ? { suggestion } : {}) });
        break;
      }
      case "removed":
        report("AGENT_TOOL_REMOVED", range, { tool: entry.name, replacement: REMOVED_TOOLS[entry.name] ?? "" });
        break;
      case "alias":
        report("AGENT_TOOL_ALIAS", range, { tool: entry.name, canonical: entry.canonical ?? "" });
        break;
      case "builtin":
      case "mcp":
      case "wildcard":
        break;
    }
    if (entry.args !== null && field === "tools" && (entry.kind === "builtin" || entry.kind === "alias")) {
      if (!TOOLS_WITH_MEANINGFUL_ARGS.includes(entry.canonical ?? "")) report("AGENT_TOOL_ARGS_IGNORED", range, { entry: entry.entry, tool: entry.canonical ?? entry.name });
    }
  }
}
