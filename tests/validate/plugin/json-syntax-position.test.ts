import { describe, expect, it } from "vitest";
import { parseJsonSource } from "../../../src/validate/plugin/json-source.js";

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Where V8's JSON.parse says the text stops being JSON (its message's "at position N"): the oracle only. */
function v8Position(text: string): string {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  try {
    JSON.parse(text.slice(bom));
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message)?.[1];
    if (at !== undefined) return lineColumn(text, Number(at) + bom);
  }
  return "none";
}

// The position of a JSON syntax error comes from the yaml parser's tokens, not from V8's message; it must
// still land where JSON.parse stopped.
describe("the position of a JSON syntax error", () => {
  it.each([
    ["a trailing comma in an object", '{\n  "name": "x",\n  "version": "1.0.0",\n}\n'],
    ["a trailing comma on one line", '{ "name": "broken", }'],
    // V8 names no position for an unexpected token: there the first token JSON does not allow.
    ["a trailing comma in a list", '{ "agents": ["./a.md",] }', "1:23"],
    ["a missing comma", '{\n  "name": "x"\n  "owner": { "name": "Ada" }\n}\n'],
    ["a bracket that closes nothing", '{\n  "hooks": {\n    "Stop": [}\n  }\n}\n', "3:14"],
    ["single quotes", "{'name': 'x'}"],
    ["a bare key", "{name: 1}"],
    ["a bare word value", '{"name": yes}', "1:10"],
    ["a comment", '{\n  "name": "x" # ours\n}\n'],
    ["text after the value", '{"name": "x"} more'],
    ["an unterminated string", '{"name": "x'],
    ["a list missing its comma", '["a" "b"]'],
    ["a byte-order mark, then a trailing comma", '\uFEFF{ "name": "x", }'],
  ])("%s: where JSON.parse stopped", (_case, text, where?: string) => {
    const parsed = parseJsonSource(text);
    expect(parsed.ok).toBe(false);
    const at = parsed.ok ? "parsed" : `${parsed.range.start.line}:${parsed.range.start.column}`;
    expect(at).toBe(where ?? v8Position(text));
  });
});
