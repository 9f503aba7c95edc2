import { cjkFeatures, forEachToken, normalizePrompt, pairKey, wordFeatures, type FeatureVisitor } from "./features.js";
import type { RouterModel } from "./model.js";

/** A feature of the prompt that the model knows, once, with the word it first came from. */
export interface Contribution {
  key: string;
  weight: number;
  word: string;
}

export interface Score {
  /** In the model's units (see RouterModel.scale). */
  score: number;
  contributions: Contribution[];
}

/**
 * The model's score for a prompt: the bias plus the weight of each distinct feature the prompt holds (a
 * feature counts once however often it occurs). The same features as {@link forEachFeature} (a test holds
 * them equal), but a word or run met again is not taken apart again: its known features are remembered, so
 * a long paste of repeated words costs a lookup per word. Linear in the prompt's length.
 */
export function scorePrompt(prompt: string, model: RouterModel): Score {
  const seen = new Set<string>();
  const contributions: Contribution[] = [];
  let score = model.bias;
  const count = (key: string, weight: number, word: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    score += weight;
    contributions.push({ key, weight, word });
  };
  const countKnown: FeatureVisitor = (key, word) => {
    const weight = model.weightOf(key);
    if (weight !== undefined) count(key, weight, word);
  };
  /** Words and runs whose own features are counted, and word pairs already looked up. */
  const doneWords = new Set<string>();
  const doneRuns = new Set<string>();
  const triedPairs = new Set<string>();
  forEachToken(normalizePrompt(prompt), {
    word(token, previous) {
      if (!doneWords.has(token)) {
        doneWords.add(token);
        wordFeatures(token, countKnown);
      }
      if (previous === "") return;
      const key = pairKey(previous, token);
      if (triedPairs.has(key)) return;
      triedPairs.add(key);
      const weight = model.weightOf(key);
      if (weight !== undefined) count(key, weight, `${previous} ${token}`);
    },
    cjk(run) {
      if (!doneRuns.has(run)) {
        doneRuns.add(run);
        cjkFeatures(run, countKnown);
      }
    },
    shape(key, text) {
      const weight = model.weightOf(key);
      if (weight !== undefined) count(key, weight, text);
    },
  });
  return { score, contributions };
}
