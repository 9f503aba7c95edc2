// The library's public surface: one barrel, one line per module.
export type { Diagnostic, Position, Severity } from "./diagnostics/types.js";
export { packageVersion } from "./version.js";
