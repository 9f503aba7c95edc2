import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendItem, detectStyle, jsonTree, removeItem, type JsonContainer, type JsonNode } from "../../src/parse/json-edit.js";

/** Every object and array in the tree, with the path JSON.parse would reach it by. */
function containers(node: JsonNode, path: (string | number)[] = []): { node: JsonContainer; path: (string | number)[] }[] {
  if (node.type === "scalar") return [];
  const children = node.type === "object" ? node.members.map((m) => [m.key, m.value] as const) : node.items.map((item, index) => [index, item] as const);
  return [{ node, path }, ...children.flatMap(([key, child]) => containers(child, [...path, key]))];
}

const at = (value: unknown, path: (string | number)[]): unknown => path.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key as string], value);

const formatted = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom<string | number | undefined>(undefined, 2, 4, "\t"), fc.constantFrom("", "\n"), fc.boolean())
  .map(([value, indent, end, crlf]) => {
    const text = `${JSON.stringify(value, null, indent)}${end}`;
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

describe("minimal JSON edits", () => {
  it("finds every value where JSON.parse does", () => {
    fc.assert(
      fc.property(formatted, (text) => {
        const root = jsonTree(text);
        expect(root).toBeDefined();
        for (const { node, path } of containers(root as JsonNode)) {
          expect(JSON.parse(text.slice(node.start, node.end))).toEqual(at(JSON.parse(text), path));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("appending an item changes only that container, and removing it gives back the same bytes", () => {
    fc.assert(
      fc.property(formatted, fc.jsonValue({ maxDepth: 2 }), fc.nat(), fc.string(), (text, item, pick, key) => {
        const root = jsonTree(text) as JsonNode;
        const all = containers(root);
        fc.pre(all.length > 0);
        const { node, path } = all[pick % all.length] as { node: JsonContainer; path: (string | number)[] };
        const fresh = key === "__proto__" ? "k" : key;
        fc.pre(node.type === "array" || !node.members.some((m) => m.key === fresh));
        const appended = appendItem(text, node, detectStyle(text, root), item as never, node.type === "object" ? fresh : undefined);
        const expected = JSON.parse(text) as unknown;
        const target = at(expected, path) as Record<string, unknown> | unknown[];
        if (Array.isArray(target)) target.push(item);
        else target[fresh] = item;
        expect(JSON.stringify(JSON.parse(appended))).toBe(JSON.stringify(expected));
        const again = jsonTree(appended) as JsonNode;
        const container = containers(again).find((c) => JSON.stringify(c.path) === JSON.stringify(path))?.node as JsonContainer;
        const count = container.type === "object" ? container.members.length : container.items.length;
        // JSON.stringify writes empty containers as [] and {}, which is what removing their only item leaves.
        expect(removeItem(appended, container, count - 1)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["not JSON", "{ model: opus"],
    ["trailing garbage", '{"a":1} x'],
    ["an unclosed string", '{"a":"b'],
  ])("gives up on %s", (_case, text) => {
    expect(jsonTree(text)).toBeUndefined();
  });
});
