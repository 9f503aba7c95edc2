import type { Reason, RouteDecision } from "./types.js";

const KIND_WORDS: Record<Reason["kind"], string> = {
  explicit: "named the agent",
  word: "word",
  pair: "word pair",
  chars: "letters of",
  cjk: "characters",
  shape: "shape",
};

function signed(value: number): string {
  return value >= 0 ? `+${value.toFixed(2)}` : value.toFixed(2);
}

function reasonText(reason: Reason): string {
  if (reason.kind === "explicit") return `${KIND_WORDS.explicit}: ${reason.feature}`;
  return `${signed(reason.weight)} ${KIND_WORDS[reason.kind]} "${reason.feature}"`;
}

/** One line a person can read: what was decided, and why. */
export function explainDecision(decision: RouteDecision): string {
  const verdict = decision.activate ? "activate" : "stay out";
  if (decision.explicit) {
    const mention = decision.reasons.find((reason) => reason.kind === "explicit");
    const named = mention ? reasonText(mention) : KIND_WORDS.explicit;
    return `${verdict}: ${named}`;
  }
  if (decision.routing !== "auto") return `${verdict}: routing is ${decision.routing} and the prompt does not name the agent`;
  const comparison = decision.score >= decision.threshold ? ">=" : "<";
  const features = decision.reasons.map(reasonText);
  return `${verdict}: score ${decision.score.toFixed(2)} ${comparison} ${decision.threshold.toFixed(2)}${features.length > 0 ? `; ${features.join(", ")}` : "; no known features"}`;
}
