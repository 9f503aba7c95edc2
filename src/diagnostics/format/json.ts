import type { Diagnostic } from "../types.js";
import { displayPath } from "./paths.js";
import { summarize, type Summary } from "./summary.js";

export interface JsonReport {
  files: { file: string; kind: string; agentType?: string | null; diagnostics: number }[];
  diagnostics: Diagnostic[];
  summary: Summary & { files: number } & Record<string, unknown>;
}

export interface JsonFormatOptions {
  cwd: string;
  files: readonly { file: string; kind: string; agentType?: string | null; diagnostics: readonly Diagnostic[] }[];
  /** More figures for the summary, e.g. `migrations` from `check --execute`. */
  summary?: Readonly<Record<string, unknown>>;
}

/** The whole result as one JSON document, paths relative to `cwd`. */
export function formatJson(diagnostics: readonly Diagnostic[], options: JsonFormatOptions): string {
  const report: JsonReport = {
    files: options.files.map((entry) => ({
      file: displayPath(entry.file, options.cwd),
      kind: entry.kind,
      ...(entry.agentType !== undefined ? { agentType: entry.agentType } : {}),
      diagnostics: entry.diagnostics.length,
    })),
    diagnostics: diagnostics.map((found) => ({ ...found, file: displayPath(found.file, options.cwd) })),
    summary: { ...summarize(diagnostics), files: options.files.length, ...options.summary },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
