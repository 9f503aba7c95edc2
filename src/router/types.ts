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
