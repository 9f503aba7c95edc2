/** Where a cue came from: the agent file's sections, or what the seed implies (built in). */
export type CueSource = "trigger" | "will" | "will-not" | "builtin";

/**
 * One thing a prompt can say. `terms` are stems matched as consecutive words; `weight` is added to the
 * score once per prompt (negative weights subtract). With `requires`, the cue only counts when one of
 * those stems appears elsewhere in the prompt ("token" means something else next to "login"); without
 * it the cue then counts `alone` instead, or nothing when `alone` is not set ("migration" alone may be birds).
 */
export interface Cue {
  terms: readonly string[];
  weight: number;
  source: CueSource;
  /** The cue as written, for reasons. */
  label: string;
  requires?: readonly string[];
  /** The weight when none of `requires` appears; when unset, the cue does not count then. */
  alone?: number;
  /**
   * Stems that take the cue's meaning away ("token" next to "prompt" or "openai" is an LLM token, not a
   * credential): when one appears, the cue counts as if its context were missing.
   */
  unless?: readonly string[];
  /**
   * The cue names a thing the user may ask to have made that is not backend work. When the user asks for it,
   * the backend words inside the request only describe it, and every positive cue counts half (rounded
   * down). `requested`: only when it opens the prompt or follows a make-verb ("write a Helm chart", "a
   * landing page for ..."), with no "but" after it; `always`: a poem or an essay is the request wherever
   * it is named.
   */
  artifact?: "requested" | "always";
}

/** Everything the router knows, usually built from `agents/backend-architect.md`. */
export interface Vocabulary {
  /** The agent's name, for explicit mentions (`@<name>`, `@agent-<name>`, ...). */
  agentName: string;
  /** Agent types that count as explicit `@agent-<type>` / `@"<type> (agent)"` forms. */
  agentTypes: readonly string[];
  cues: readonly Cue[];
  /** A prompt activates the agent when its score reaches this. */
  threshold: number;
}

/** What the router decides for one prompt. */
export interface RouteDecision {
  activate: boolean;
  explicit: boolean;
  score: number;
  /** The matched cues, e.g. `+3 endpoint (trigger)`, `-3 react (builtin)`, `explicit @backend-architect`. */
  reasons: string[];
}
