import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from "yaml";

/** Aliases beyond this many expansions are refused: it is what stops an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlRange {
  /** Offsets into the parsed text. */
  start: number;
  end: number;
}

export interface YamlEntry {
  key: string;
  key_: YamlRange;
  value: YamlRange;
}

export type YamlResult =
  | { ok: true; value: unknown; entries: YamlEntry[]; paths: Map<string, YamlRange>; lineCounter: LineCounter; duplicates: YamlEntry[] }
  | { ok: false; reason: string; at: YamlRange; lineCounter: LineCounter; aliasLimit?: true };

/**
 * The `yaml` package spends tens of microseconds per flow-collection item, so a 1 MiB `[a, a, ...]`
 * takes seconds. Beyond this many flow items we do not parse; no real agent file comes close.
 */
export const MAX_FLOW_ITEMS = 10_000;

/** How many flow-collection items (`[`, `{`, and commas inside them) `text` has, stopping past the limit. */
export function flowItems(text: string, limit = MAX_FLOW_ITEMS): number {
  let depth = 0;
  let count = 0;
  for (let index = 0; index < text.length && count <= limit; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x5b || char === 0x7b) {
      depth++;
      count++;
    } else if ((char === 0x5d || char === 0x7d) && depth > 0) depth--;
    else if (char === 0x2c && depth > 0) count++;
  }
  return count;
}

/** Parses one YAML document with positions; never throws, never expands more than {@link MAX_ALIAS_COUNT} aliases. */
export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  try {
    // Claude Code's parser takes the last of duplicate keys; so do we, and report the earlier ones.
    const doc = parseDocument(text, { lineCounter, logLevel: "silent", prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
    const error: YAMLError | undefined = doc.errors[0];
    if (error) return { ok: false, reason: firstLine(error.message), at: { start: error.pos[0], end: error.pos[1] }, lineCounter };
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const entries: YamlEntry[] = [];
    const duplicates: YamlEntry[] = [];
    const seen = new Map<string, YamlEntry>();
    const paths = new Map<string, YamlRange>();
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyRange = rangeOf(pair.key);
        const valueNode = pair.value as Node | null;
        const valueRange = valueNode && valueNode.range ? rangeOf(valueNode) : { start: keyRange.end, end: keyRange.end };
        const key = String(pair.key.value);
        const entry = { key, key_: keyRange, value: valueRange };
        const earlier = seen.get(key);
        if (earlier) duplicates.push(earlier);
        seen.set(key, entry);
        entries.push(entry);
        if (valueNode) collectPaths(valueNode, key, paths, 0);
      }
    }
    return { ok: true, value, entries, paths, lineCounter, duplicates };
  } catch (error) {
    // toJS refuses an alias bomb with a ReferenceError; a stack overflow on absurd nesting is a RangeError.
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, reason, at: { start: 0, end: 0 }, lineCounter, ...(error instanceof ReferenceError ? { aliasLimit: true as const } : {}) };
  }
}

function rangeOf(node: Node): YamlRange {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { start, end: valueEnd };
}

function collectPaths(node: Node, path: string, paths: Map<string, YamlRange>, depth: number): void {
  if (depth > 4) return;
  if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const child = item as Node | null;
      if (!child || !child.range) return;
      paths.set(`${path}/${index}`, rangeOf(child));
      collectPaths(child, `${path}/${index}`, paths, depth + 1);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const child = pair.value as Node | null;
      const at = `${path}/${String(pair.key.value)}`;
      paths.set(at, child?.range ? rangeOf(child) : rangeOf(pair.key));
      paths.set(`${at}#key`, rangeOf(pair.key));
      if (child) collectPaths(child, at, paths, depth + 1);
    }
  }
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).trim();
}
