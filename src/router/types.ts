import type { FeatureKind } from "./features.js";

/**
 * How much routing the user wants: `auto` (the model decides, and naming the agent always routes),
 * `explicit` (only naming the agent routes) or `off` (nothing routes).
 */
export type RoutingMode = "auto" | "explicit" | "off";

/** One reason for a decision: the agent named, or features of one kind that weighed in the score. */
export type Reason =
  | {
      kind: "explicit";
      /** The mention as written: `@backend-architect`, `backend-architect agent`, `agente backend-architect`. */
      feature: string;
    }
  | {
      kind: FeatureKind;
      /**
       * What weighed: a word, a word pair, a CJK character or pair, a shape; for `chars`, the word whose
       * letter n-grams weighed (their weights summed, `count` of them).
       */
      feature: string;
      /** Its weight in the score (negative: evidence against). */
      weight: number;
      /** For `chars`: how many of the word's n-grams the model knows. */
      count?: number;
    };

/** What the router decides for one prompt. */
export interface RouteDecision {
  activate: boolean;
  /** The prompt names the agent (outside code, URLs and e-mail addresses). */
  explicit: boolean;
  /** The routing mode the decision was made under. */
  routing: RoutingMode;
  /** The model's score: the sum of the weights of the prompt's features and the bias (0 when the model did not run). */
  score: number;
  /** The score at which the model activates. */
  threshold: number;
  /** The mention, then the features that weighed most, heaviest first. */
  reasons: Reason[];
}

/**
 * The committed table as scripts/train-router.mjs writes it. Each feature is stored as the 32-bit FNV-1a hash
 * of its key (see {@link featureHash}) and a weight in units of 1/scale, one signed byte: about five bytes a
 * feature, decoded in well under a millisecond, where a readable key/weight text took several (the hook
 * runs before every prompt). `node scripts/train-router.mjs --list` prints the features by name.
 */
export interface ModelTable {
  format: 2;
  /** How the table was made, for people. */
  about: string;
  scale: number;
  bias: number;
  threshold: number;
  /** Base64 of the features' hashes: unsigned 32-bit little-endian integers, ascending, no two alike. */
  hashes: string;
  /** Base64 of the weights, one signed byte each, in the order of `hashes`. */
  weights: string;
}
