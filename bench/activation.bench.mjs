// Precision, recall and F1 of `route` on the labelled dev prompts, next to a naive baseline: a
// case-insensitive substring match of the seed's trigger words (what most "routers" do).
// Usage: node bench/activation.bench.mjs [corpus.jsonl]   (default: ../shared/corpus/activation-dev.jsonl)
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildVocabulary } from "../dist/activation/agent-vocabulary.js";
import { route } from "../dist/activation/route.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusPath = resolve(process.argv[2] ?? resolve(root, "../shared/corpus/activation-dev.jsonl"));
const vocabulary = buildVocabulary(readFileSync(resolve(root, "agents/backend-architect.md"), "utf8"));

// The seed's "Auto-Activation Triggers", word for word.
const SEED_TRIGGERS = [
  "API design", "REST", "GraphQL", "endpoint", "Database design", "schema", "migration", "Authentication",
  "authorization", "OAuth", "JWT", "Backend", "server-side", "microservices", "Data integrity", "ACID",
  "transactions", "Security implementation", "encryption",
].map((word) => word.toLowerCase());
const naive = (prompt) => SEED_TRIGGERS.some((word) => prompt.toLowerCase().includes(word));

const cases = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));

function measure(name, decide) {
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

const rows = [measure("route (ours)", (prompt) => route(prompt, vocabulary).activate), measure("naive substring baseline", naive)];
process.stdout.write(`corpus: ${corpusPath} (${cases.length} prompts, ${cases.filter((c) => c.activate).length} positive)\n\n`);
process.stdout.write("| router | precision | recall | F1 | TP | FP | FN | TN |\n|---|---|---|---|---|---|---|---|\n");
for (const r of rows) {
  process.stdout.write(`| ${r.name} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} |\n`);
}
process.stdout.write("\nTargets (issue 5): precision >= 0.95, recall >= 0.90.\n");
for (const r of rows) if (r.misses.length > 0) process.stdout.write(`\n${r.name} misses:\n${r.misses.map((m) => `  ${m}`).join("\n")}\n`);
