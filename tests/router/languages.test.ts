import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { route } from "../../src/router/route.js";

// Smoke cases in each language the router reads, written for this test (not taken from any data set): three
// prompts that are clearly this agent's work and three that clearly are not. A model that fails one of these
// is broken for that language, whatever its figures say.
const cases = readFileSync(new URL("../fixtures/router/smoke.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { prompt: string; activate: boolean; lang: string });

describe("the router in each language", () => {
  it("has three prompts of each kind per language", () => {
    const counts = new Map<string, number>();
    for (const { lang, activate } of cases) counts.set(`${lang} ${activate}`, (counts.get(`${lang} ${activate}`) ?? 0) + 1);
    expect([...counts.values()].every((count) => count === 3)).toBe(true);
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(["en", "es", "pt", "fr", "de", "zh", "ja", "ko", "ru"]));
  });

  it.each(cases.map((c) => [c.lang, c.activate ? "routes" : "stays out", c.prompt, c.activate] as const))("%s %s: %s", (_lang, _verdict, prompt, activate) => {
    const decision = route(prompt);
    expect(decision.explicit).toBe(false);
    expect(decision.activate).toBe(activate);
  });
});
