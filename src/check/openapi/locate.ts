import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import type { Range } from "../../diagnostics/findings.js";
import type { ParsedNodes } from "./parse.js";
import type { Part } from "./types.js";

const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

/** Maps a JSON pointer in one file to the range of its node. */
export type Locator = (pointer: readonly string[], part: Part) => Range;

/**
 * Positions from the `yaml` parser's nodes: the very parse the checks read values from. A pointer
 * that goes past what the file holds answers with its nearest ancestor.
 */
export function locator({ doc, counter }: ParsedNodes): Locator {
  const toRange = (node: Node | null | undefined): Range | undefined => {
    if (!node?.range) return undefined;
    const [from, to] = node.range;
    const start = counter.linePos(from);
    const end = counter.linePos(Math.max(to, from + 1));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
  const deref = (node: unknown): Node | null | undefined => {
    let current = node as Node | null | undefined;
    for (let hops = 0; isAlias(current) && hops < 32; hops++) current = current.resolve(doc) as Node | undefined;
    return current;
  };
  return (pointer, part) => {
    let node = deref(doc.contents);
    let best = toRange(node) ?? FILE_START;
    for (const [index, step] of pointer.entries()) {
      const last = index === pointer.length - 1;
      if (isMap(node)) {
        const pair = pairs(node).get(step);
        if (!pair) return best;
        if (last && part === "key") return toRange(pair.key as Node) ?? best;
        node = deref(pair.value);
      } else if (isSeq(node) && /^\d+$/.test(step)) {
        node = deref(node.items[Number(step)]);
      } else {
        return best;
      }
      best = toRange(node) ?? best;
    }
    return best;
  };
}

/** Each map's pairs by key, built once: a document with thousands of paths is located in linear time. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairs(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    // The parsed value keeps the last of duplicate keys, so later pairs win.
    for (const item of map.items) {
      const key = keyText(item.key);
      if (key !== undefined) index.set(key, item as Pair);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
