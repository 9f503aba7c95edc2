// Activation: the router, the npm-only Bash guard, and the settings.json edits for non-plugin installs.
export { buildVocabulary } from "./agent-vocabulary.js";
export { checkNpmOnly, denialReason, type BashVerdict } from "./bash-guard.js";
export { route } from "./route.js";
export { routeLines, type RouteLineResult } from "./route-lines.js";
export { ACTIVATION_HOOK_MARKER, addActivationHooks, removeActivationHooks, type ActivationHook, type SettingsEdit } from "./settings.js";
export type { Cue, RouteDecision, Vocabulary } from "./types.js";
