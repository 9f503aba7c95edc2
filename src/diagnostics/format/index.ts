export { formatText, type TextFormatOptions } from "./text.js";
export { formatJson, type JsonFormatOptions, type JsonReport } from "./json.js";
export { formatSarif, type SarifFormatOptions, DIAGNOSTICS_DOC_URL } from "./sarif.js";
export { codeFrame } from "./code-frame.js";
export { displayPath } from "./paths.js";
