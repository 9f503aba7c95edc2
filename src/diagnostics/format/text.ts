import type { Diagnostic } from "../types.js";
import { codeFrame } from "./code-frame.js";
import { displayPath } from "./paths.js";
import { summarize } from "./summary.js";

export interface TextFormatOptions {
  /** Paths are shown relative to this. */
  cwd: string;
  /** How many files were checked, for the closing line. */
  fileCount: number;
  /** The text of a file, to draw a code frame under each diagnostic (only on a terminal). */
  source?: (file: string) => string | undefined;
}

/** One line per diagnostic, `file:line:col  severity  message  CODE`, its hint on the next line. */
export function formatText(diagnostics: readonly Diagnostic[], options: TextFormatOptions): string {
  const blocks = diagnostics.map((found) => {
    const lines = [
      `${displayPath(found.file, options.cwd)}:${found.start.line}:${found.start.column}  ${found.severity}  ${found.message}  ${found.code}`,
    ];
    if (found.hint) lines.push(`  hint: ${found.hint}`);
    const source = options.source?.(found.file);
    if (source !== undefined) lines.push(codeFrame(source, found), "");
    return lines.join("\n");
  });
  return `${[...blocks, closingLine(diagnostics, options.fileCount)].join("\n")}\n`;
}

function closingLine(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const files = `${fileCount} ${fileCount === 1 ? "file" : "files"}`;
  if (diagnostics.length === 0) return `No problems in ${files}.`;
  const { errors, warnings, infos } = summarize(diagnostics);
  const parts = [plural(errors, "error"), plural(warnings, "warning")];
  if (infos > 0) parts.push(plural(infos, "note"));
  return `${parts.join(", ")} in ${files}.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
