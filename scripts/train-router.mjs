#!/usr/bin/env node
// Trains the prompt router's model and writes it as a committed table, src/router/model-table.ts.
//
// Deterministic: no randomness, no network, nothing downloaded; the same data gives the same table,
// byte for byte (a test retrains and compares). The prompts are featurised by src/router/features.ts itself,
// bundled on the fly, so training and the hook cannot disagree on what a feature is.
//
// 1. Training data: every data/router/train/*.jsonl (name order). Nothing else is trained on.
// 2. Features seen in at least MIN_PROMPTS training prompts.
// 3. Naive Bayes over binary features: a feature's weight is the log-ratio of its smoothed frequency in
//    backend prompts to that in other prompts; the bias is the log-ratio of the classes' sizes. (Logistic
//    regression over the same features measured worse on the development data; see data/router/README.md.)
// 4. Pruning: the MAX_FEATURES features with the largest absolute weights are kept.
// 5. Weights rounded to hundredths (integers in the table).
// 6. The threshold is chosen on the development data in this repository (data/router/dev/*.jsonl and
//    tests/fixtures/activation/{heldout,blind}.jsonl), never on the report set: the threshold with the best
//    recall whose precision is at least MIN_PRECISION, explicit mentions included as the hook sees them.
//
// Usage: node scripts/train-router.mjs [--out <file>]   (default: src/router/model-table.ts)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { importBundled, root } from "./bundle-source.mjs";

export const SETTINGS = {
  MIN_PROMPTS: 2,
  /** Additive smoothing of the feature counts. */
  ALPHA: 0.2,
  MAX_FEATURES: 20_000,
  SCALE: 100,
  MIN_PRECISION: 0.95,
};

const TRAIN_DIR = "data/router/train";
const DEV_FILES = ["data/router/dev/multilingual.jsonl", "tests/fixtures/activation/heldout.jsonl", "tests/fixtures/activation/blind.jsonl"];
const OUT = "src/router/model-table.ts";

export function readJsonl(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const row = JSON.parse(line);
      if (typeof row.prompt !== "string" || typeof row.activate !== "boolean") throw new Error(`${relative(root, path)}:${index + 1}: needs a string prompt and a boolean activate`);
      return row;
    });
}

export function trainingFiles() {
  return readdirSync(join(root, TRAIN_DIR))
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => `${TRAIN_DIR}/${name}`);
}

/** Distinct feature keys of a prompt. */
function keysOf(prompt, features) {
  const keys = new Set();
  features.forEachFeature(features.normalizePrompt(prompt), (key) => keys.add(key));
  return keys;
}

function naiveBayes(rows, features) {
  const positive = new Map();
  const negative = new Map();
  let positives = 0;
  for (const row of rows) {
    if (row.activate) positives += 1;
    const counts = row.activate ? positive : negative;
    for (const key of keysOf(row.prompt, features)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept = [...new Set([...positive.keys(), ...negative.keys()])].filter((key) => (positive.get(key) ?? 0) + (negative.get(key) ?? 0) >= SETTINGS.MIN_PROMPTS);
  let positiveTotal = 0;
  let negativeTotal = 0;
  for (const key of kept) {
    positiveTotal += (positive.get(key) ?? 0) + SETTINGS.ALPHA;
    negativeTotal += (negative.get(key) ?? 0) + SETTINGS.ALPHA;
  }
  const weights = new Map();
  for (const key of kept) {
    const ratio = Math.log(((positive.get(key) ?? 0) + SETTINGS.ALPHA) / positiveTotal) - Math.log(((negative.get(key) ?? 0) + SETTINGS.ALPHA) / negativeTotal);
    weights.set(key, ratio);
  }
  return { weights, bias: Math.log(positives / (rows.length - positives)) };
}

function prune(weights) {
  const ranked = [...weights.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, SETTINGS.MAX_FEATURES));
}

function quantise(weights) {
  const table = new Map();
  for (const [key, weight] of weights) {
    const units = Math.round(weight * SETTINGS.SCALE);
    if (units !== 0) table.set(key, units);
  }
  return table;
}

/** The threshold with the best recall at precision >= MIN_PRECISION, midway between the two scores it separates. */
function chooseThreshold(scored) {
  const byScore = [...scored].filter((row) => !row.explicit).sort((a, b) => b.score - a.score);
  const explicitPositives = scored.filter((row) => row.explicit && row.activate).length;
  const explicitNegatives = scored.filter((row) => row.explicit && !row.activate).length;
  const positives = scored.filter((row) => row.activate).length;
  let tp = explicitPositives;
  let fp = explicitNegatives;
  let best;
  for (let i = 0; i < byScore.length; i += 1) {
    const row = byScore[i];
    if (row.activate) tp += 1;
    else fp += 1;
    const next = byScore[i + 1];
    if (next !== undefined && next.score === row.score) continue;
    const precision = tp / (tp + fp);
    if (precision >= SETTINGS.MIN_PRECISION && (best === undefined || tp > best.tp)) {
      best = { tp, fp, threshold: next === undefined ? row.score : Math.floor((row.score + next.score) / 2) + 1 };
    }
  }
  if (best === undefined) throw new Error(`no threshold reaches precision ${SETTINGS.MIN_PRECISION} on the development data`);
  return { ...best, positives };
}

function tableModule(model, about) {
  const lines = [...model.weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key, units]) => `${key}\t${units}`);
  for (const line of lines) if (/[`\\$\n\r]/.test(line)) throw new Error(`feature ${JSON.stringify(line)} cannot be written into a template literal`);
  return [
    "// GENERATED by scripts/train-router.mjs from data/router/train/*.jsonl. Do not edit: run `npm run train`.",
    'import type { ModelTable } from "./model.js";',
    "",
    "export const MODEL_TABLE: ModelTable = {",
    "  format: 1,",
    `  about: ${JSON.stringify(about)},`,
    `  scale: ${model.scale},`,
    `  bias: ${model.bias},`,
    `  threshold: ${model.threshold},`,
    `  weights: \`${lines.join("\n")}\`,`,
    "};",
    "",
  ].join("\n");
}

export async function train() {
  const features = await importBundled("src/router/features.ts", ["forEachFeature", "normalizePrompt"]);
  const { scorePrompt } = await importBundled("src/router/score.ts", ["scorePrompt"]);
  const { explicitMention } = await importBundled("src/router/explicit.ts", ["explicitMention"]);
  const files = trainingFiles();
  const rows = files.flatMap((file) => readJsonl(join(root, file)));
  const { weights, bias } = naiveBayes(rows, features);
  const model = { scale: SETTINGS.SCALE, bias: Math.round(bias * SETTINGS.SCALE), threshold: 0, weights: quantise(prune(weights)) };
  const dev = DEV_FILES.flatMap((file) => readJsonl(join(root, file)));
  const scored = dev.map((row) => ({ activate: row.activate, explicit: explicitMention(row.prompt) !== undefined, score: scorePrompt(row.prompt, model).score }));
  const chosen = chooseThreshold(scored);
  model.threshold = chosen.threshold;
  const about =
    `naive Bayes over binary features (alpha ${SETTINGS.ALPHA}), trained on ${rows.length} prompts (${files.map((file) => file.slice(TRAIN_DIR.length + 1)).join(", ")}); ` +
    `${model.weights.size} of ${weights.size} features kept; threshold for precision >= ${SETTINGS.MIN_PRECISION} on ${dev.length} development prompts ` +
    `(${chosen.tp} of ${chosen.positives} positives, ${chosen.fp} false positives there)`;
  return { model, about, text: tableModule(model, about) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(root, "scripts/train-router.mjs")) {
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex > 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]) : join(root, OUT);
  const { about, text } = await train();
  writeFileSync(out, text);
  process.stdout.write(`${relative(process.cwd(), out)}: ${about}; ${Math.round(text.length / 1024)} KB\n`);
}
