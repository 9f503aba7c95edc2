import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Range } from "../../diagnostics/catalog.js";

/** A key or an index on the way from the document root to a value. */
export type JsonPath = readonly (string | number)[];

/**
 * A parsed JSON file that remembers where every value came from. Values come from `JSON.parse`
 * (what Claude Code reads); positions come from the `yaml` parser's nodes (JSON is YAML 1.2).
 */
export interface JsonSource {
  value: unknown;
  /** The range of the value at `path`, or of its key when `part` is "key"; the nearest ancestor when absent. */
  rangeOf(path: JsonPath, part?: "key" | "value"): Range;
}

export type JsonParseResult =
  | { ok: true; source: JsonSource }
  | { ok: false; detail: string; range: Range };

const WHOLE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

/** Parses JSON text. Never throws. */
export function parseJsonSource(text: string): JsonParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const toRange = (from: number, to: number): Range => {
    const start = counter.linePos(from);
    const end = counter.linePos(Math.max(to, from + 1));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const yamlError = doc.errors[0];
    const range =
      offset !== undefined
        ? toRange(Number(offset), Number(offset) + 1)
        : yamlError
          ? toRange(yamlError.pos[0], yamlError.pos[1])
          : WHOLE_START;
    return { ok: false, detail: syntaxDetail(message), range };
  }
  const root = doc.errors.length === 0 ? (doc.contents as Node | null) : null;
  const rangeOfNode = (node: Node | null | undefined): Range | undefined =>
    node?.range ? toRange(node.range[0], node.range[1]) : undefined;
  return {
    ok: true,
    source: {
      value,
      rangeOf(path, part = "value") {
        let node: Node | null | undefined = root;
        let best = rangeOfNode(node) ?? WHOLE_START;
        for (const [index, step] of path.entries()) {
          const last = index === path.length - 1;
          if (isMap(node) && typeof step === "string") {
            // JSON.parse keeps the last of duplicate keys, so look from the end.
            const pair = node.items.findLast((item) => (item.key as { value?: unknown } | null)?.value === step);
            if (!pair) return best;
            if (last && part === "key") return rangeOfNode(pair.key as Node) ?? best;
            node = pair.value as Node | null;
          } else if (isSeq(node) && typeof step === "number") {
            node = node.items[step] as Node | null | undefined;
          } else {
            return best;
          }
          best = rangeOfNode(node) ?? best;
        }
        return best;
      },
    },
  };
}

/** How a JSON value is named in a message: its type, and the value itself when short. */
export function describeJson(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length <= 40 ? `the string ${JSON.stringify(value)}` : "a string";
  if (typeof value === "number") return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** V8's JSON.parse message without its position and without the echo of the text it failed on. */
function syntaxDetail(message: string): string {
  const token = /^Unexpected token '(.+?)'/.exec(message);
  if (token) return `unexpected "${token[1]}"`;
  if (/Unexpected end of JSON input/.test(message)) return "the text ends too early";
  return message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+/, "")
    .split("\n")[0]
    ?.slice(0, 120) ?? message;
}
