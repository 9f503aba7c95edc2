import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogEntries } from "../../src/diagnostics/catalog.js";
import type { Family } from "../../src/diagnostics/define.js";

const root = new URL("../../", import.meta.url).pathname;

// The committed hooks run before every prompt, tool call or write: each carries the families it emits and no
// other (the families are separate modules for this), so the catalog's growth does not weigh on them.
const HOOK_FAMILIES: Record<string, Family[]> = {
  "hooks/pre-tool-use.mjs": [],
  "hooks/user-prompt-submit.mjs": [],
  "hooks/post-tool-use.mjs": ["check", "migration", "openapi"],
};

describe.each(Object.entries(HOOK_FAMILIES))("%s", (file, families) => {
  const text = readFileSync(`${root}${file}`, "utf8");
  it(`carries the codes of ${families.length > 0 ? families.join(", ") : "no family"} and no other`, () => {
    const carried = catalogEntries()
      .filter(([code]) => new RegExp(`\\b${code}\\b`).test(text))
      .map(([, entry]) => entry.family);
    expect([...new Set(carried)].sort()).toEqual([...families].sort());
  });
});
