import { parseDocument } from "yaml";

/** One line that Claude Code's retry rewrote. */
export interface RetriedLine {
  /** 0-based line index inside the frontmatter text. */
  index: number;
  key: string;
  /** Offset of the value inside the original line. */
  valueColumn: number;
}

export interface RetryText {
  text: string;
  quoted: RetriedLine[];
  /** Number of leading tabs that became spaces, per 0-based line index. */
  tabs: Map<number, number>;
}

// Byte-for-byte what the pinned Claude Code release does when the frontmatter fails to parse.
const KEY_VALUE = /^([a-zA-Z_-]+):\s+(\S.*)$/;
const NEEDS_QUOTES = /[{}[\]*&#!|>%@`]|: /;

/** Claude Code's second attempt: quote risky `key: value` lines, turn leading tabs into spaces. */
export function retryText(frontmatter: string): RetryText {
  const quoted: RetriedLine[] = [];
  const lines = frontmatter.split("\n").map((line, index) => {
    const match = KEY_VALUE.exec(line);
    if (!match) return line;
    const key = match[1] ?? "";
    const value = match[2] ?? "";
    if (!key || !value) return line;
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) return line;
    if (value.startsWith("[") && value.endsWith("]") && parsesAsList(value)) return line;
    if (!NEEDS_QUOTES.test(value)) return line;
    quoted.push({ index, key, valueColumn: line.length - value.length });
    return `${key}: "${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  });
  const tabs = new Map<number, number>();
  const text = lines
    .map((line, index) => {
      const leading = /^\t+/.exec(line)?.[0].length ?? 0;
      if (leading === 0) return line;
      tabs.set(index, leading);
      return "  ".repeat(leading) + line.slice(leading);
    })
    .join("\n");
  return { text, quoted, tabs };
}

function parsesAsList(value: string): boolean {
  try {
    const doc = parseDocument(value, { logLevel: "silent" });
    return doc.errors.length === 0 && Array.isArray(doc.toJS({ maxAliasCount: 100 }));
  } catch {
    return false;
  }
}
