import { KIND_PREFIXES, type KindPrefix } from "./features.js";
import type { Contribution } from "./score.js";
import type { Reason } from "./types.js";

/** How many feature reasons a decision carries: enough to see why, few enough to read in one line. */
export const MAX_FEATURE_REASONS = 6;

/**
 * The features that weighed most in a prompt, heaviest (by absolute weight) first. A word's letter n-grams
 * are one reason, their weights summed: "idempotency" rather than "<ide", "dempo", "tency".
 */
export function featureReasons(contributions: readonly Contribution[], scale: number): Reason[] {
  const byFeature = new Map<string, { kind: Exclude<Reason["kind"], "explicit">; feature: string; weight: number; count: number }>();
  for (const { key, weight, word } of contributions) {
    const kind = KIND_PREFIXES[key[0] as KindPrefix];
    const feature = kind === "chars" ? word : key.slice(1);
    const id = `${kind} ${feature}`;
    const reason = byFeature.get(id);
    if (reason) {
      reason.weight += weight;
      reason.count += 1;
    } else {
      byFeature.set(id, { kind, feature, weight, count: 1 });
    }
  }
  return [...byFeature.values()]
    .filter((reason) => reason.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0))
    .slice(0, MAX_FEATURE_REASONS)
    .map(({ kind, feature, weight, count }) => (kind === "chars" ? { kind, feature, weight: weight / scale, count } : { kind, feature, weight: weight / scale }));
}
