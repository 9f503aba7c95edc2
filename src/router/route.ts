import { explicitMention } from "./explicit.js";
import { committedModel, type RouterModel } from "./model.js";
import { featureReasons } from "./reasons.js";
import { scorePrompt } from "./score.js";
import type { Reason, RouteDecision, RoutingMode } from "./types.js";

export interface RouteOptions {
  /** Default `auto`. */
  routing?: RoutingMode;
  /** The agent's name, for explicit mentions. Default `backend-architect`. */
  agentName?: string;
  /** Default: the committed model. */
  model?: RouterModel;
}

/**
 * Decides whether a prompt is this agent's work. Naming the agent is a rule (any language, outside code,
 * URLs and e-mail addresses); otherwise, in `auto` mode, the model's score decides. Pure, and linear in the
 * prompt's length.
 */
export function route(prompt: string, options: RouteOptions = {}): RouteDecision {
  const routing = options.routing ?? "auto";
  const model = options.model ?? committedModel();
  const threshold = model.threshold / model.scale;
  if (routing === "off") return { activate: false, explicit: false, routing, score: 0, threshold, reasons: [] };
  const mention = explicitMention(prompt, options.agentName);
  const reasons: Reason[] = mention === undefined ? [] : [{ kind: "explicit", feature: mention }];
  if (mention !== undefined || routing === "explicit") {
    return { activate: mention !== undefined, explicit: mention !== undefined, routing, score: 0, threshold, reasons };
  }
  const { score, contributions } = scorePrompt(prompt, model);
  return { activate: score >= model.threshold, explicit: false, routing, score: score / model.scale, threshold, reasons: featureReasons(contributions, model.scale) };
}
