import { isMap, isSeq, LineCounter, Parser, parseDocument, type CST, type Node } from "yaml";
import type { Range } from "../../diagnostics/findings.js";

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

/**
 * Past these, positions are not worth their cost: the yaml parser is slow on megabytes and on deep
 * nesting (a hostile manifest could hang or exhaust memory), so findings point at the file's start.
 */
const MAX_POSITIONED_LENGTH = 1024 * 1024;
const MAX_POSITIONED_DEPTH = 256;

/** Parses JSON text. Never throws. Positions are computed only when a finding asks for one. */
export function parseJsonSource(text: string): JsonParseResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let value: unknown;
  try {
    value = JSON.parse(bom ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = positionable(text) ? syntaxErrorOffset(text) : undefined;
    return { ok: false, detail: syntaxDetail(message), range: at === undefined ? WHOLE_START : offsetRange(text, at, at + 1) };
  }
  let locate: ((path: JsonPath, part: "key" | "value") => Range) | undefined;
  return {
    ok: true,
    source: {
      value,
      rangeOf(path, part = "value") {
        locate ??= positionable(text) ? nodeLocator(text) : () => WHOLE_START;
        return locate(path, part);
      },
    },
  };
}

/**
 * Where text that JSON.parse refused stops being JSON, from the yaml parser (JSON is YAML 1.2): its first
 * error, or, in text that is YAML but not JSON (a trailing comma, a comment, single quotes, a bare word),
 * the first token of its syntax tree that JSON does not allow.
 */
function syntaxErrorOffset(text: string): number | undefined {
  const yamlError = parseDocument(text, { uniqueKeys: false, prettyErrors: false }).errors[0];
  if (yamlError) return yamlError.pos[0];
  let document: CST.Document | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type === "document" && !document) document = token;
    else if (!BLANK.has(token.type)) return token.offset;
  }
  if (!document) return undefined;
  return firstShown(document.start)?.offset ?? (document.value ? notJson(document.value) : document.offset) ?? firstShown(document.end)?.offset;
}

/** Tokens between values that JSON allows too. */
const BLANK = new Set(["space", "newline", "byte-order-mark"]);
const firstShown = <T extends CST.Token>(tokens: readonly T[] | undefined): T | undefined => tokens?.find((token) => !BLANK.has(token.type));
const JSON_WORD = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;

/** The offset of the first part of `node` JSON does not allow; undefined when it is all JSON. */
function notJson(node: CST.Token): number | undefined {
  if (node.type === "double-quoted-scalar") return firstShown(node.end)?.offset;
  if (node.type === "scalar") return JSON_WORD.test(node.source) ? firstShown(node.end)?.offset : node.offset;
  if (node.type !== "flow-collection") return node.offset;
  const map = node.start.source === "{";
  const close = firstShown(node.end);
  for (const [index, item] of node.items.entries()) {
    const start = item.start.filter((token) => !BLANK.has(token.type));
    const commas = start.filter((token) => token.type === "comma").length;
    const stray = start.find((token) => token.type !== "comma") ?? (commas !== (index === 0 ? 0 : 1) ? start[index === 0 ? 0 : 1] : undefined);
    if (stray) return stray.offset;
    // A comma and then the end: JSON allows no trailing comma.
    if (!item.key && !item.value && !item.sep) return close?.offset ?? node.offset;
    const sep = (item.sep ?? []).filter((token) => !BLANK.has(token.type));
    if (map) {
      if (!item.key) return (sep[0] ?? item.value ?? close)?.offset ?? node.offset;
      if (item.key.type !== "double-quoted-scalar") return item.key.offset;
      const keyProblem = notJson(item.key);
      if (keyProblem !== undefined) return keyProblem;
      const wrong = sep.find((token) => token.type !== "map-value-ind") ?? sep[1];
      if (wrong || sep.length === 0) return (wrong ?? item.value ?? close)?.offset ?? node.offset;
      if (!item.value) return close?.offset ?? node.offset;
    } else if (item.key || sep.length > 0 || !item.value) {
      return (sep[0] ?? item.value ?? close)?.offset ?? node.offset;
    }
    const valueProblem = notJson(item.value);
    if (valueProblem !== undefined) return valueProblem;
  }
  if (close?.source !== (map ? "}" : "]")) return close?.offset ?? node.offset;
  return firstShown(node.end.slice(node.end.indexOf(close) + 1))?.offset;
}

/** Finds the node at a path in the yaml parse of `text` (parsed once, on the first call). */
function nodeLocator(text: string): (path: JsonPath, part: "key" | "value") => Range {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const root = doc.errors.length === 0 ? (doc.contents as Node | null) : null;
  const toRange = (from: number, to: number): Range => {
    const start = counter.linePos(from);
    const end = counter.linePos(Math.max(to, from + 1));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
  const rangeOfNode = (node: Node | null | undefined): Range | undefined =>
    node?.range ? toRange(node.range[0], node.range[1]) : undefined;
  return (path, part) => {
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
  };
}

/** Small and shallow enough for the yaml parser to place nodes quickly. */
function positionable(text: string): boolean {
  if (text.length > MAX_POSITIONED_LENGTH) return false;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      if (++depth > MAX_POSITIONED_DEPTH) return false;
    } else if (char === "}" || char === "]") depth--;
  }
  return true;
}

/** 1-based line and column of a character offset range. */
function offsetRange(text: string, from: number, to: number): Range {
  const position = (offset: number): { line: number; column: number } => {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
      line++;
      lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
  return { start: position(from), end: position(Math.max(to, from + 1)) };
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
