import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findingCodes as catalog } from "../../src/diagnostics/findings.js";

const doc = readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8");

/** `### CODE` sections: the heading's code and the text up to the next heading. */
const sections = new Map(
  [...doc.matchAll(/^### (.+)\n([\s\S]*?)(?=^##? |^### |(?![\s\S]))/gm)].map((match) => [match[1]?.trim() ?? "", match[2] ?? ""]),
);
const codes = Object.keys(catalog).sort();

describe("docs/diagnostics.md", () => {
  it.each(codes)("documents %s with a bad and a fixed example", (code) => {
    const section = sections.get(code);
    expect(section, `docs/diagnostics.md has no "### ${code}" section`).toBeDefined();
    expect(section).toMatch(/^Bad\b/m);
    expect(section).toMatch(/^Fixed\b/m);
    expect(section?.match(/^```/gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });

  it("has no section for a code the catalog does not have", () => {
    expect([...sections.keys()].filter((heading) => !codes.includes(heading))).toEqual([]);
  });
});
