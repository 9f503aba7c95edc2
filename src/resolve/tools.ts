import { KNOWN_TOOLS, REMOVED_TOOLS, TOOL_ALIASES } from "./registry.js";

const KNOWN = new Set(KNOWN_TOOLS);

/** How Claude Code reads one entry of `tools` or `disallowedTools`. */
export interface ToolEntry {
  /** The entry as Claude Code splits it out of the value. */
  entry: string;
  /** The tool name, without any `(arguments)`. */
  name: string;
  /** The text in parentheses, if any. */
  args: string | null;
  kind: "builtin" | "alias" | "mcp" | "wildcard" | "removed" | "unknown";
  /** The tool it grants (after aliases), for builtin and alias entries. */
  canonical: string | null;
  /** Index of the YAML list item it came from (0 for a string value). */
  item: number;
}

/**
 * Claude Code's reading of a tools value: null when absent or null, [] when empty or not text,
 * else the entries split at commas and spaces outside parentheses.
 */
export function splitToolValue(value: unknown): { entry: string; item: number }[] | null {
  if (value === undefined || value === null) return null;
  if (!value) return [];
  const items: { text: string; item: number }[] = [];
  if (typeof value === "string") items.push({ text: value, item: 0 });
  else if (Array.isArray(value)) value.forEach((text, item) => typeof text === "string" && items.push({ text, item }));
  const entries: { entry: string; item: number }[] = [];
  for (const { text, item } of items) for (const entry of splitEntries(text)) entries.push({ entry, item });
  return entries;
}

/** The pinned Claude Code release's splitter: commas and plain spaces separate, except inside parentheses. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let inParens = false;
  const flush = () => {
    if (current.trim()) entries.push(current.trim());
    current = "";
  };
  for (const char of text) {
    if (char === "(") {
      inParens = true;
      current += char;
    } else if (char === ")") {
      inParens = false;
      current += char;
    } else if (char === "," && !inParens) {
      flush();
    } else if (char === " " && !inParens) {
      if (current.trim()) flush();
    } else if (current || char.trim()) {
      current += char;
    }
  }
  flush();
  return entries;
}

export function classifyTool(entry: string, item: number): ToolEntry {
  const open = entry.indexOf("(");
  const name = open === -1 ? entry : entry.slice(0, open).trim();
  const args = open === -1 ? null : entry.slice(open + 1, entry.endsWith(")") ? -1 : undefined);
  const base = { entry, name, args, item };
  if (entry === "*") return { ...base, kind: "wildcard", canonical: null };
  if (name.startsWith("mcp__")) return { ...base, kind: "mcp", canonical: null };
  if (KNOWN.has(name)) return { ...base, kind: "builtin", canonical: name };
  const alias = Object.hasOwn(TOOL_ALIASES, name) ? TOOL_ALIASES[name] : undefined;
  if (alias !== undefined) return { ...base, kind: "alias", canonical: alias };
  if (Object.hasOwn(REMOVED_TOOLS, name)) return { ...base, kind: "removed", canonical: null };
  return { ...base, kind: "unknown", canonical: null };
}

/** The outcome of one tools field: null = every tool, else what it names. */
export interface ToolGrant {
  all: boolean;
  entries: ToolEntry[];
  builtin: string[];
  mcp: string[];
}

/** What a `tools`/`disallowedTools` value grants, the way Claude Code reads it. */
export function readToolField(value: unknown): ToolGrant {
  const split = splitToolValue(value);
  const entries = (split ?? []).map(({ entry, item }) => classifyTool(entry, item));
  const all = split === null ? value === undefined : entries.some((entry) => entry.kind === "wildcard");
  const builtin = [...new Set(entries.flatMap((entry) => (entry.canonical ? [entry.canonical] : [])))].sort();
  const mcp = [...new Set(entries.filter((entry) => entry.kind === "mcp").map((entry) => entry.name))].sort();
  return { all, entries, builtin, mcp };
}
