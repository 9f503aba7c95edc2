import { isDeepStrictEqual } from "node:util";
import { parseAgent } from "../parse/index.js";
import type { AgentDocument } from "../parse/types.js";
import { splitToolValue } from "../resolve/tools.js";

/** One rewrite `fixAgentText` made. */
export interface AgentFixChange {
  /** The diagnostic code the change answers. */
  code: "AGENT_YAML_RECOVERED" | "AGENT_YAML_TABS" | "AGENT_TOOLS_MISREAD";
  /** 1-based line in the original text. */
  line: number;
  key: string | null;
  /** What was done, in a few words. */
  summary: string;
}

export interface AgentFixResult {
  text: string;
  changes: AgentFixChange[];
}

const TOOL_KEYS = ["tools", "disallowedTools"] as const;

/**
 * Rewrites only what is safe: quotes the values Claude Code needs its retry for (so the file parses
 * as written, to the same values), turns leading tabs into spaces, and puts a tools value Claude Code
 * misreads (a multi-line block) on one comma-separated line. The result is re-parsed and compared; if
 * any value would change, nothing is rewritten. Never throws.
 */
export function fixAgentText(text: string): AgentFixResult {
  const unchanged: AgentFixResult = { text, changes: [] };
  try {
    const before = parseAgent(text, "fix.md");
    if (before.tooLarge || before.frontmatterFirstLine === null || before.yaml === "failed" || before.unchecked) return unchanged;
    const lines = text.split("\n");
    const firstLine = before.frontmatterFirstLine;
    const changes: AgentFixChange[] = [];
    const intendedTools = new Map<string, string[]>();

    if (before.yaml === "retry") quoteRetriedLines(before, lines, firstLine, changes);
    for (const key of TOOL_KEYS) rejoinMisreadTools(before, key, lines, changes, intendedTools);
    if (changes.length === 0) return unchanged;

    const fixed = lines.filter((line): line is string => line !== DROPPED).join("\n");
    return provesSame(before, fixed, intendedTools) ? { text: fixed, changes } : unchanged;
  } catch {
    return unchanged;
  }
}

const DROPPED = "\u0000dropped-line\u0000";

function quoteRetriedLines(document: AgentDocument, lines: string[], firstLine: number, changes: AgentFixChange[]): void {
  const frontmatterLines = (document.frontmatterText ?? "").split("\n");
  frontmatterLines.forEach((line, index) => {
    const lineIndex = firstLine - 1 + index;
    const leading = /^\t+/.exec(line)?.[0].length ?? 0;
    if (leading > 0) {
      lines[lineIndex] = "  ".repeat(leading) + (lines[lineIndex] ?? "").slice(leading);
      changes.push({ code: "AGENT_YAML_TABS", line: lineIndex + 1, key: null, summary: "indented with spaces instead of tabs" });
    }
  });
  for (const key of document.retriedKeys) {
    const entry = document.entries[key];
    const value = document.data[key];
    if (!entry || typeof value !== "string") continue;
    const lineIndex = entry.keyRange.start.line - 1;
    const original = lines[lineIndex] ?? "";
    const carriage = original.endsWith("\r") ? "\r" : "";
    lines[lineIndex] = `${key}: ${JSON.stringify(value)}${carriage}`;
    changes.push({ code: "AGENT_YAML_RECOVERED", line: lineIndex + 1, key, summary: `quoted the value of \`${key}\`` });
  }
}

function rejoinMisreadTools(document: AgentDocument, key: string, lines: string[], changes: AgentFixChange[], intended: Map<string, string[]>): void {
  const value = document.data[key];
  const entries = splitToolValue(value);
  const entry = document.entries[key];
  if (!entries || !entry || !entries.some(({ entry: text }) => /[\n\t\r]/.test(text))) return;
  const names = entries.flatMap(({ entry: text }) => text.split(/[\s,]+/).filter(Boolean));
  const start = entry.keyRange.start.line - 1;
  const end = entry.valueRange.end.column === 1 ? entry.valueRange.end.line - 2 : entry.valueRange.end.line - 1;
  const carriage = (lines[start] ?? "").endsWith("\r") ? "\r" : "";
  lines[start] = `${key}: ${names.join(", ")}${carriage}`;
  for (let index = start + 1; index <= end; index++) lines[index] = DROPPED;
  intended.set(key, names);
  changes.push({ code: "AGENT_TOOLS_MISREAD", line: start + 1, key, summary: `wrote \`${key}\` as one comma-separated line` });
}

/** Re-parses the fixed text: it must parse as written, to the same values (tools: to the names intended). */
function provesSame(before: AgentDocument, fixedText: string, intendedTools: Map<string, string[]>): boolean {
  const after = parseAgent(fixedText, "fix.md");
  if (after.yaml !== "strict" && !(before.yaml !== "retry" && after.yaml === before.yaml)) return false;
  if (after.body !== before.body) return false;
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  for (const key of keys) {
    const intended = intendedTools.get(key);
    if (intended) {
      const read = (splitToolValue(after.data[key]) ?? []).map(({ entry }) => entry);
      if (!isDeepStrictEqual(read, intended)) return false;
    } else if (!isDeepStrictEqual(after.data[key], before.data[key])) {
      return false;
    }
  }
  return true;
}
