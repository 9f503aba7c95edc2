import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import type { Range } from "../../diagnostics/catalog.js";
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
        // The parsed value keeps the last of duplicate keys (merge keys aside), so look from the end.
        const pair = node.items.findLast((item) => keyText(item.key) === step);
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

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
