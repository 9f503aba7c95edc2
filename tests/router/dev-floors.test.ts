import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { route } from "../../src/router/route.js";

// Floors on the development data, a little under what the committed model reaches (`npm run bench`), so that
// no change to the features, the training data or the threshold can quietly trade some prompts for others.
// Raise them when the router gets better; never lower them to make a change pass.

interface Case {
  prompt: string;
  activate: boolean;
  lang?: string;
  explicit?: boolean;
}

const read = (path: string): Case[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Case);

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const multilingual = read(repo("data/router/dev/multilingual.jsonl"));
const activationDev = fileURLToPath(new URL("../../../shared/corpus/activation-dev.jsonl", import.meta.url));

function measure(cases: readonly Case[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { prompt, activate } of cases) {
    const predicted = route(prompt).activate;
    if (predicted && activate) tp += 1;
    else if (predicted) fp += 1;
    else if (activate) fn += 1;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp / (tp + fn) };
}

const FLOORS: { name: string; cases: () => Case[]; precision: number; recall: number; present?: boolean }[] = [
  { name: "multilingual dev, all", cases: () => multilingual, precision: 0.97, recall: 0.94 },
  { name: "multilingual dev, English", cases: () => multilingual.filter((c) => c.lang === "en"), precision: 0.95, recall: 0.9 },
  { name: "multilingual dev, non-English", cases: () => multilingual.filter((c) => c.lang !== "en"), precision: 0.97, recall: 0.95 },
  { name: "heldout.jsonl", cases: () => read(repo("tests/fixtures/activation/heldout.jsonl")), precision: 0.94, recall: 0.9 },
  { name: "blind.jsonl", cases: () => read(repo("tests/fixtures/activation/blind.jsonl")), precision: 0.94, recall: 0.92 },
  { name: "../shared activation-dev.jsonl", cases: () => read(activationDev), precision: 0.95, recall: 0.95, present: existsSync(activationDev) },
];

describe("the router on the development data stays above its floors", () => {
  it.each(FLOORS.filter((floor) => floor.present !== false))("$name: precision >= $precision, recall >= $recall", ({ cases, precision, recall }) => {
    const measured = measure(cases());
    expect(measured.precision).toBeGreaterThanOrEqual(precision);
    expect(measured.recall).toBeGreaterThanOrEqual(recall);
  });

  it("catches every explicit invocation of the development data", () => {
    const named = multilingual.filter((c) => c.explicit === true);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((c) => !route(c.prompt).explicit).map((c) => c.prompt)).toEqual([]);
  });
});
