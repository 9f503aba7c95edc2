// Precision, recall and F1 of `route` on labelled prompts, next to a naive baseline: a case-insensitive
// substring match of the seed's trigger words (what most "routers" do). Two sets by default: the dev set
// the router was tuned on, and tests/fixtures/activation/heldout.jsonl (written blind, before any change
// it prompted; since the router has been tuned against its misses it is no longer unseen either).
// Usage: node bench/activation.bench.mjs [corpus.jsonl ...]
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildVocabulary } from "../dist/activation/agent-vocabulary.js";
import { route } from "../dist/activation/route.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusPaths = process.argv.length > 2
  ? process.argv.slice(2).map((path) => resolve(path))
  : [
    resolve(root, "../shared/corpus/activation-dev.jsonl"),
    resolve(root, "tests/fixtures/activation/heldout.jsonl"),
    resolve(root, "tests/fixtures/activation/blind.jsonl"),
  ];

// What each set is, so nobody reads a tuned-on figure as a measure of unseen prompts.
const SET_NOTES = {
  "activation-dev.jsonl": "the dev set: the router was tuned on it",
  "heldout.jsonl": "written blind, then tuned on: no longer unseen",
  "blind.jsonl": "written blind by someone who had not seen the router, and NEVER tuned on: the honest estimate for unseen prompts (adding it to tuning would end that)",
};
const vocabulary = buildVocabulary(readFileSync(resolve(root, "agents/backend-architect.md"), "utf8"));

// The seed's "Auto-Activation Triggers", word for word.
const SEED_TRIGGERS = [
  "API design", "REST", "GraphQL", "endpoint", "Database design", "schema", "migration", "Authentication",
  "authorization", "OAuth", "JWT", "Backend", "server-side", "microservices", "Data integrity", "ACID",
  "transactions", "Security implementation", "encryption",
].map((word) => word.toLowerCase());
const naive = (prompt) => SEED_TRIGGERS.some((word) => prompt.toLowerCase().includes(word));

const readCases = (path) => readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));

function measure(cases, name, decide) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const misses = [];
  for (const { prompt, activate } of cases) {
    const predicted = decide(prompt);
    if (predicted && activate) tp += 1;
    else if (predicted) { fp += 1; misses.push(`FP ${prompt}`); }
    else if (activate) { fn += 1; misses.push(`FN ${prompt}`); }
    else tn += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { name, tp, fp, fn, tn, precision, recall, f1, misses };
}

for (const corpusPath of corpusPaths) {
  if (!existsSync(corpusPath)) {
    process.stdout.write(`skipped: ${corpusPath} is not there (../shared beside the repository holds the dev set; CI has it)\n\n`);
    continue;
  }
  const cases = readCases(corpusPath);
  const rows = [
    measure(cases, "route (ours)", (prompt) => route(prompt, vocabulary).activate),
    measure(cases, "naive substring baseline", naive),
  ];
  const note = SET_NOTES[corpusPath.split("/").pop() ?? ""];
  process.stdout.write(`corpus: ${corpusPath} (${cases.length} prompts, ${cases.filter((c) => c.activate).length} positive)${note ? `\n${note}` : ""}\n\n`);
  process.stdout.write("| router | precision | recall | F1 | TP | FP | FN | TN |\n|---|---|---|---|---|---|---|---|\n");
  for (const r of rows) {
    process.stdout.write(`| ${r.name} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} |\n`);
  }
  process.stdout.write("\nTargets (issue 5): precision >= 0.95, recall >= 0.90.\n");
  for (const r of rows) if (r.misses.length > 0) process.stdout.write(`\n${r.name} misses:\n${r.misses.map((m) => `  ${m}`).join("\n")}\n`);
  process.stdout.write("\n");
}

// Linearity: route() in-process on adversarial shapes at growing sizes. Time per MB should stay flat.
const SHAPES = {
  "short words": (size) => "ab ".repeat(Math.ceil(size / 3)).slice(0, size),
  "backend phrases": (size) => "composite index on the orders table ".repeat(Math.ceil(size / 36)).slice(0, size),
  "one long word": (size) => "a".repeat(size),
  "backtick runs of growing length": (size) => {
    let out = "";
    for (let n = 1; out.length < size; n += 1) out += `${"`".repeat(n)} x `;
    return out.slice(0, size);
  },
  '@" openers': (size) => '@"'.repeat(Math.ceil(size / 2)).slice(0, size),
  "fence lines": (size) => "```\n".repeat(Math.ceil(size / 4)).slice(0, size),
  "near-miss long words (typo path)": (size) => "authenticatoin databsae idempotnet ".repeat(Math.ceil(size / 35)).slice(0, size),
  "hyphenated name-like words": (size) => "backend-architect-backend ".repeat(Math.ceil(size / 26)).slice(0, size),
};
const SIZES = [128 * 1024, 512 * 1024, 1024 * 1024, 2 * 1024 * 1024];
process.stdout.write(`\nroute() in-process, median of 5, ms (and ms per MB):\n\n| shape | ${SIZES.map((s) => `${s / 1024} KB`).join(" | ")} |\n|---|${SIZES.map(() => "---").join("|")}|\n`);
for (const [name, make] of Object.entries(SHAPES)) {
  const cells = SIZES.map((size) => {
    const text = make(size);
    const times = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      route(text, vocabulary);
      times.push(performance.now() - started);
    }
    const ms = times.sort((a, b) => a - b)[2];
    return `${ms.toFixed(1)} (${(ms / (size / (1024 * 1024))).toFixed(1)}/MB)`;
  });
  process.stdout.write(`| ${name} | ${cells.join(" | ")} |\n`);
}
