import { findingCodes, type DiagnosticCode } from "../findings.js";
import type { AnyCodeSpec } from "../define.js";
import type { Diagnostic, Severity } from "../types.js";
import { displayPath } from "./paths.js";

/** Where each code's section lives; GitHub turns `### CODE` into the anchor `#code`. */
export const DIAGNOSTICS_DOC_URL = "https://github.com/backend-architect/backend-architect/blob/main/docs/diagnostics.md";

export interface SarifFormatOptions {
  cwd: string;
  toolVersion: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A catalog message with its blanks shown as `<name>`, for the rule's description. */
const PLACEHOLDERS = new Proxy({}, { get: (_target, key) => (typeof key === "string" ? `<${key}>` : undefined) }) as never;

/** SARIF 2.1.0 for GitHub code scanning: every catalog code as a rule, every diagnostic as a result. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifFormatOptions): string {
  const codes = Object.keys(findingCodes).sort() as DiagnosticCode[];
  const ruleIndex = new Map(codes.map((code, index) => [code as string, index]));
  const rules = codes.map((code) => {
    const entry: AnyCodeSpec = findingCodes[code];
    return {
      id: code,
      name: entry.title,
      shortDescription: { text: entry.message(PLACEHOLDERS) },
      help: { text: entry.hint(PLACEHOLDERS) },
      helpUri: `${DIAGNOSTICS_DOC_URL}#${code.toLowerCase()}`,
      defaultConfiguration: { level: LEVEL[entry.severity] },
      ...(entry.peer ? { properties: { peer: entry.peer } } : {}),
    };
  });
  const results = diagnostics.map((found) => ({
    ruleId: found.code,
    ...(ruleIndex.has(found.code) ? { ruleIndex: ruleIndex.get(found.code) } : {}),
    level: LEVEL[found.severity],
    message: { text: found.hint ? `${found.message} ${found.hint}` : found.message },
    ...(found.args && Object.keys(found.args).length > 0 ? { properties: { args: found.args } } : {}),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(displayPath(found.file, options.cwd)) },
          region: {
            startLine: found.start.line,
            startColumn: found.start.column,
            endLine: found.end.line,
            endColumn: found.end.column,
          },
        },
      },
    ],
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "backend-architect",
            version: options.toolVersion,
            informationUri: "https://github.com/backend-architect/backend-architect",
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
