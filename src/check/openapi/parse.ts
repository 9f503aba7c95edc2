import { LineCounter, parseDocument, type Document } from "yaml";
import type { Range } from "../../diagnostics/findings.js";
import { parseJsonSource } from "../../validate/plugin/json-source.js";

/** A parsed file: its value and its nodes (for positions), or the first syntax error with its position. */
export type Parsed = { ok: true; value: unknown; nodes: ParsedNodes } | { ok: false; detail: string; range: Range };

/** The `yaml` document and its line counter, kept so that positions need no second parse. */
export interface ParsedNodes {
  doc: Document;
  counter: LineCounter;
}

/** More aliases than this is a "billion laughs" document, not an API contract. */
const MAX_ALIAS_COUNT = 1000;

export const YAML_OPTIONS = { merge: true, prettyErrors: false } as const;

/**
 * Parses YAML or JSON with the `yaml` package (JSON is YAML 1.2), the one parser whose nodes also
 * give every position. A `.json` file must also be strict JSON, as the tools that read it expect.
 * Never throws.
 */
export function parseText(text: string, file: string): Parsed {
  if (/\.json$/i.test(file)) {
    const json = parseJsonSource(text);
    if (!json.ok) return { ok: false, detail: json.detail, range: json.range };
  }
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter });
  } catch (error) {
    return { ok: false, detail: describe(error), range: rangeAt(counter, 0, 1) };
  }
  const [error] = doc.errors;
  if (error) return { ok: false, detail: firstLine(error.message), range: rangeAt(counter, error.pos[0], error.pos[1]) };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), nodes: { doc, counter } };
  } catch (error) {
    return { ok: false, detail: describe(error), range: rangeAt(counter, 0, 1) };
  }
}

function rangeAt(counter: LineCounter, from: number, to: number): Range {
  const start = counter.linePos(from);
  const end = counter.linePos(Math.max(to, from + 1));
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return "it is nested too deeply to read";
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** The `yaml` messages end with a code frame when pretty; keep one line without a position. */
function firstLine(message: string): string {
  if (/Maximum call stack size exceeded/.test(message)) return "it is nested too deeply to read";
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").slice(0, 160);
}
