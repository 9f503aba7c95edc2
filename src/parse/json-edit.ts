/**
 * Minimal edits of JSON text: append one member to an object or one element to an array, or remove one,
 * touching no other byte. The user's formatting (indentation, key order, inline arrays, spacing, line
 * endings, final newline, a BOM) survives, and removing what was appended gives back the same bytes.
 *
 * The text must already be valid JSON (callers parse it with JSON.parse first, for the error message);
 * the scanner here only finds where each value starts and ends.
 */

export type JsonNode = JsonObjectNode | JsonArrayNode | { type: "scalar"; start: number; end: number };
export interface JsonObjectNode {
  type: "object";
  start: number;
  end: number;
  members: JsonMember[];
}
export interface JsonArrayNode {
  type: "array";
  start: number;
  end: number;
  items: JsonNode[];
}
/** `start` is where the key's quote opens, `end` where the value ends. */
export interface JsonMember {
  key: string;
  start: number;
  keyEnd: number;
  end: number;
  value: JsonNode;
}
export type JsonContainer = JsonObjectNode | JsonArrayNode;

/** Deeper than this, no edit is attempted (callers fall back to rewriting the file). */
const MAX_DEPTH = 512;

/** The positions of every value in `text`; undefined when it is not JSON the scanner can follow. */
export function jsonTree(text: string): JsonNode | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i += 1;
    }
  };
  const skipString = (): boolean => {
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) {
        i += 1;
        return true;
      } else i += 1;
    }
    return false;
  };
  const value = (depth: number): JsonNode | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === "{") {
      i += 1;
      const members: JsonMember[] = [];
      skipSpace();
      if (text[i] === "}") {
        i += 1;
        return { type: "object", start, end: i, members };
      }
      for (;;) {
        skipSpace();
        const keyStart = i;
        if (text[i] !== '"' || !skipString()) return undefined;
        const keyEnd = i;
        skipSpace();
        if (text[i] !== ":") return undefined;
        i += 1;
        const member = value(depth + 1);
        if (!member) return undefined;
        members.push({ key: JSON.parse(text.slice(keyStart, keyEnd)) as string, start: keyStart, keyEnd, end: member.end, value: member });
        skipSpace();
        if (text[i] === ",") i += 1;
        else if (text[i] === "}") {
          i += 1;
          return { type: "object", start, end: i, members };
        } else return undefined;
      }
    }
    if (c === "[") {
      i += 1;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === "]") {
        i += 1;
        return { type: "array", start, end: i, items };
      }
      for (;;) {
        const item = value(depth + 1);
        if (!item) return undefined;
        items.push(item);
        skipSpace();
        if (text[i] === ",") i += 1;
        else if (text[i] === "]") {
          i += 1;
          return { type: "array", start, end: i, items };
        } else return undefined;
      }
    }
    if (c === '"') return skipString() ? { type: "scalar", start, end: i } : undefined;
    while (i < n && /[-+.0-9a-zA-Z]/.test(text[i] as string)) i += 1;
    return i > start ? { type: "scalar", start, end: i } : undefined;
  };
  const root = value(0);
  skipSpace();
  return root && i === n ? root : undefined;
}

/** The member JSON.parse keeps for `key` (the last of duplicates). */
export function member(object: JsonObjectNode, key: string): JsonMember | undefined {
  return object.members.findLast((m) => m.key === key);
}

/** How a file is written, read from the file itself. */
export interface JsonStyle {
  /** The file spreads over several lines (an empty root counts as such: it gets Claude Code's style). */
  multiline: boolean;
  newline: string;
  /** One level of indentation in multi-line containers. */
  unit: string;
  /** Between a key and its value in a multi-line object (": ", " : "). */
  colon: string;
  /** Between items of a one-line container (", " or ","), and between a key and its value there. */
  inlineComma: string;
  inlineColon: string;
}

export function detectStyle(text: string, root: JsonNode): JsonStyle {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  // An empty root has no style of its own: it gets Claude Code's (2 spaces, several lines).
  const empty = (root.type === "object" && root.members.length === 0) || (root.type === "array" && root.items.length === 0);
  const multiline = empty || text.slice(root.start, root.end).includes("\n");
  const first = root.type === "object" ? root.members[0] : root.type === "array" ? root.items[0] : undefined;
  const lead = first ? text.slice(root.start + 1, first.start) : "";
  const unit = (lead.includes("\n") ? lead.slice(lead.lastIndexOf("\n") + 1) : /\n([ \t]+)\S/.exec(text)?.[1]) || "  ";
  let colon: string | undefined;
  let inlineColon: string | undefined;
  let inlineComma: string | undefined;
  const visit = (node: JsonNode): void => {
    if (node.type === "scalar") return;
    const items = node.type === "object" ? node.members : node.items;
    const oneLine = !text.slice(node.start, node.end).includes("\n");
    for (const [index, item] of items.entries()) {
      if (node.type === "object") {
        const m = item as JsonMember;
        const between = text.slice(m.keyEnd, m.value.start);
        if (oneLine) inlineColon ??= between;
        else colon ??= between;
      }
      const previous = items[index - 1];
      if (oneLine && previous) inlineComma ??= text.slice(previous.end, item.start);
      visit(node.type === "object" ? (item as JsonMember).value : (item as JsonNode));
    }
  };
  visit(root);
  const spaced = multiline || (inlineComma ?? ",").includes(" ");
  return {
    multiline,
    newline,
    unit,
    colon: colon ?? inlineColon ?? (multiline ? ": " : ":"),
    inlineComma: inlineComma ?? (spaced ? ", " : ","),
    inlineColon: inlineColon ?? colon ?? (spaced ? ": " : ":"),
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `value` as JSON text: on one line (`indent` null) or over several, each line starting with `indent`. */
export function renderJson(value: Json, style: JsonStyle, indent: string | null): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries: [string | undefined, Json][] = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return `${open}${close}`;
  if (indent === null) {
    const parts = entries.map(([key, v]) => `${key === undefined ? "" : `${JSON.stringify(key)}${style.inlineColon}`}${renderJson(v, style, null)}`);
    return `${open}${parts.join(style.inlineComma)}${close}`;
  }
  const inner = indent + style.unit;
  const parts = entries.map(([key, v]) => `${inner}${key === undefined ? "" : `${JSON.stringify(key)}${style.colon}`}${renderJson(v, style, inner)}`);
  return `${open}${style.newline}${parts.join(`,${style.newline}`)}${style.newline}${indent}${close}`;
}

/** The whitespace at the start of the line that holds `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? "";
}

/**
 * Appends `value` (under `key`, for an object) as the last item of `container`, written like its
 * siblings: the same separator and indentation, on one line when they are. Into an empty container of a
 * multi-line file, the item goes on its own line, one level in.
 */
export function appendItem(text: string, container: JsonContainer, style: JsonStyle, value: Json, key?: string): string {
  const items: { start: number; end: number }[] = container.type === "object" ? container.members : container.items;
  const last = items.at(-1);
  const prefix = (indent: string | null): string => (key === undefined ? "" : `${JSON.stringify(key)}${indent === null ? style.inlineColon : style.colon}`);
  if (last) {
    const previous = items.at(-2);
    let separator: string;
    if (previous) separator = text.slice(previous.end, last.start);
    else {
      const lead = text.slice(container.start + 1, last.start);
      separator = `,${lead === "" ? style.inlineComma.slice(1) : lead}`;
    }
    const indent = separator.includes("\n") ? separator.slice(separator.lastIndexOf("\n") + 1) : null;
    return `${text.slice(0, last.end)}${separator}${prefix(indent)}${renderJson(value, style, indent)}${text.slice(last.end)}`;
  }
  const outer = lineIndent(text, container.start);
  const interior = style.multiline
    ? `${style.newline}${outer}${style.unit}${prefix(outer + style.unit)}${renderJson(value, style, outer + style.unit)}${style.newline}${outer}`
    : `${prefix(null)}${renderJson(value, style, null)}`;
  return `${text.slice(0, container.start + 1)}${interior}${text.slice(container.end - 1)}`;
}

/** Removes the item at `index` of `container` with the separator {@link appendItem} would have added. */
export function removeItem(text: string, container: JsonContainer, index: number): string {
  const items: { start: number; end: number }[] = container.type === "object" ? container.members : container.items;
  const item = items[index];
  if (!item) return text;
  if (items.length === 1) return `${text.slice(0, container.start + 1)}${text.slice(container.end - 1)}`;
  const previous = items[index - 1];
  if (previous) return `${text.slice(0, previous.end)}${text.slice(item.end)}`;
  return `${text.slice(0, item.start)}${text.slice((items[1] as { start: number }).start)}`;
}
