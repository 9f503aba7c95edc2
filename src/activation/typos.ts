import type { Cue } from "./types.js";

/**
 * One-typo matching for the vocabulary's long, strong words ("authetication", "idempotnet"):
 * people type fast, and a word that long is rarely one missing, extra or swapped letter away from another
 * word. A wrong letter is not forgiven: "throughout" is one letter from "throughput", "translation" from
 * "transaction". Only single-word cues with weight >= 2 and prompt words with no exact cue take part, both
 * at least TYPO_MIN_LENGTH letters long.
 */
export const TYPO_MIN_LENGTH = 7;

export interface TypoIndex {
  /** A cue word with one letter removed → the one cue it stands for; null when two cues share it. */
  missing: Map<string, Cue | null>;
  /** The cue words themselves. */
  whole: Map<string, Cue>;
  maxLength: number;
}

function withoutOne(word: string, i: number): string {
  return word.slice(0, i) + word.slice(i + 1);
}

export function buildTypoIndex(cues: readonly Cue[]): TypoIndex {
  const missing = new Map<string, Cue | null>();
  const whole = new Map<string, Cue>();
  let maxLength = 0;
  for (const cue of cues) {
    const term = cue.terms[0];
    if (cue.terms.length !== 1 || term === undefined || cue.weight < 2 || term.length < TYPO_MIN_LENGTH) continue;
    maxLength = Math.max(maxLength, term.length + 1);
    whole.set(term, cue);
    for (let i = 0; i < term.length; i += 1) {
      const key = withoutOne(term, i);
      const existing = missing.get(key);
      missing.set(key, existing === undefined || existing === cue ? cue : null);
    }
  }
  return { missing, whole, maxLength };
}

/** The cue a word is one missing, extra or swapped letter away from, if exactly one. O(length²), length bounded. */
export function typoCue(word: string, index: TypoIndex): Cue | undefined {
  // A 6-letter word one letter short of a 7-letter cue is too often a word of its own ("openai", "openapi").
  if (word.length < TYPO_MIN_LENGTH || word.length > index.maxLength) return undefined;
  const found = new Set<Cue>();
  const missed = index.missing.get(word); // a letter left out
  if (missed === null) return undefined;
  if (missed !== undefined) found.add(missed);
  for (let i = 0; i < word.length; i += 1) {
    // A letter too many, but not at the end: that is a suffix of another word ("replicat-e" is not "replica").
    const extra = i < word.length - 1 ? index.whole.get(withoutOne(word, i)) : undefined;
    if (extra !== undefined) found.add(extra);
    if (i + 1 < word.length && word[i] !== word[i + 1]) {
      const swapped = index.whole.get(word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2));
      if (swapped !== undefined) found.add(swapped);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
