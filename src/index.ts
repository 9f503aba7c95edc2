// The library's public surface: one barrel, one line per module.
export type { Diagnostic, Position, Severity } from "./diagnostics/types.js";
export { packageVersion } from "./version.js";
export { parseAgent, type AgentDocument, type FrontmatterEntry, type YamlOutcome } from "./parse/index.js";
export { resolveAgent, type AgentScope, type DropReason, type ResolveOptions, type ResolvedAgent } from "./resolve/index.js";
export { checkAgentText, validateAgent, type AgentCheck, type ValidateAgentOptions } from "./validate/agent/index.js";
export { buildVocabulary, route, routeLines, checkNpmOnly, addActivationHooks, removeActivationHooks, ACTIVATION_HOOK_MARKER, type RouteDecision, type Vocabulary, type SettingsEdit } from "./activation/index.js";
