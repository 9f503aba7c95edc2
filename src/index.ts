// The library's public surface: one barrel, one line per module.
export type { Diagnostic, Position, Severity } from "./diagnostics/types.js";
export { catalog, type DiagnosticCode } from "./diagnostics/catalog.js";
export { packageVersion, claudeCodeRelease } from "./version.js";
export { parseAgent, type AgentDocument, type FrontmatterEntry, type YamlOutcome } from "./parse/index.js";
export { resolveAgent, type AgentScope, type DropReason, type ResolveOptions, type ResolvedAgent } from "./resolve/index.js";
export { checkAgentText, validateAgent, type AgentCheck, type ValidateAgentOptions } from "./validate/agent/index.js";
export { validatePath, type FileKind, type FileReport, type ValidatePathOptions, type ValidatePathResult } from "./validate/path.js";
export { nodeValidateFs, type ValidateFs } from "./validate/fs.js";
export { checkPluginManifest, checkMarketplace, checkHooks, type ManifestCheck, type MarketplaceCheck } from "./validate/plugin/index.js";
export { formatText, formatJson, formatSarif, codeFrame, displayPath, type TextFormatOptions, type JsonFormatOptions, type JsonReport, type SarifFormatOptions } from "./diagnostics/format/index.js";
export { checkNpmOnly, denialReason, addActivationHooks, removeActivationHooks, ACTIVATION_HOOK_MARKER, type BashVerdict, type ActivationHook, type SettingsEdit } from "./activation/index.js";
export { route, routeLines, explainDecision, explicitMention, routingModeFrom, parseRoutingMode, committedModel, parseModelTable, ROUTING_ENV, ROUTING_MODES, type RouteDecision, type RouteLineResult, type RouteOptions, type Reason, type RoutingMode, type RouterModel, type ModelTable, type FeatureKind } from "./router/index.js";
export { inspectAgentFile, type AgentInspection, type InspectOptions, type InspectResult } from "./validate/agent/inspect.js";
export { fixAgentText, type AgentFixChange, type AgentFixResult } from "./fix/index.js";
export * from "./install/index.js";
