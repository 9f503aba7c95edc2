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
export { buildVocabulary, route, routeLines, checkNpmOnly, denialReason, addActivationHooks, removeActivationHooks, ACTIVATION_HOOK_MARKER, type RouteDecision, type RouteLineResult, type Vocabulary, type Cue, type BashVerdict, type ActivationHook, type SettingsEdit } from "./activation/index.js";
export { inspectAgentFile, type AgentInspection, type InspectOptions, type InspectResult } from "./validate/agent/inspect.js";
export { fixAgentText, type AgentFixChange, type AgentFixResult } from "./fix/index.js";
export { checkOpenApi, isOpenApiDocument, type CheckOpenApiInput, type ReadFile } from "./check/openapi/index.js";
export * from "./install/index.js";
export { checkPaths, type CheckOptions, type CheckResult, type CheckedFile, type CheckedKind } from "./check/index.js";
export { checkText, type CheckTextInput } from "./check/text.js";
export type { MigrationRunSummary, ExecuteOptions } from "./check/sql/execute/index.js";
