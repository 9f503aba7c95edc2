import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgentCheck } from "../../src/validate/agent/index.js";
import { checkAgentText } from "../../src/validate/agent/index.js";
import { corpusFiles, fixtureFiles } from "./corpus.js";

// 10,000 inputs in all: random text, and real agent files mutated at random. Whatever comes in, the
// loader returns a well-formed result and never throws.

const seeds = [...corpusFiles(), ...fixtureFiles()].map((file) => file.text.slice(0, 1500));
const scopes = ["user", "project", "plugin"] as const;

/** Pieces that matter to a frontmatter reader. */
const tricky = fc.constantFrom(
  "---", "---\n", "\n---\n", "\r\n", "\t", "\uFEFF", ": ", "#", "&a ", "*a", "[", "]", "{", "}", "|", ">", "!", "%", "@", "`",
  '"', "'", "\\n", "name: ", "description: ", "tools: ", "  - ", "Bash(npm:*)", "mcp__s__t", "*", "__proto__: ", "\u0000",
);

const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.oneof(tricky, fc.string({ maxLength: 8 })), { maxLength: 4 }).map((parts) => parts.join("")),
});

const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([seed, edits]) =>
    edits.reduce((text, { at, remove, insert }) => {
      const position = text.length === 0 ? 0 : at % (text.length + 1);
      return text.slice(0, position) + insert + text.slice(position + remove);
    }, seed),
  );

const random = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join("")));

function wellFormed(check: AgentCheck, text: string): void {
  expect(typeof check.resolved.loaded).toBe("boolean");
  if (check.resolved.loaded) expect(typeof check.resolved.agentType).toBe("string");
  const lines = text.split("\n").length;
  for (const d of check.diagnostics) {
    expect(d.start.line).toBeGreaterThanOrEqual(1);
    expect(d.start.column).toBeGreaterThanOrEqual(1);
    expect(d.end.line).toBeLessThanOrEqual(lines + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe("the loader never throws and always answers", () => {
  it.each([
    ["random text", random, 4_000],
    ["mutated agent files", mutated, 6_000],
  ] as const)("%s", (_, arbitrary, numRuns) => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...scopes), (text, scope) => {
        wellFormed(checkAgentText(text, "fuzz.md", { scope, pluginName: "fuzz" }), text);
      }),
      { numRuns, seed: 20261124 },
    );
  });
});
