import type { Diagnostic } from "../types.js";

/** A few lines of source around a diagnostic, the line in question marked and its range underlined. */
export function codeFrame(source: string, found: Pick<Diagnostic, "start" | "end">, context = 1): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, found.start.line - context);
  const last = Math.min(lines.length, found.start.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? "").replace(/\t/g, " ");
    const marked = number === found.start.line;
    out.push(`${marked ? ">" : " "} ${String(number).padStart(width)} | ${text.length > 160 ? `${text.slice(0, 160)}…` : text}`);
    if (marked) {
      const startColumn = Math.min(found.start.column, text.length + 1);
      const endColumn = found.end.line === found.start.line ? Math.max(found.end.column, startColumn + 1) : text.length + 1;
      const length = Math.max(1, Math.min(endColumn, 161) - startColumn);
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(startColumn - 1)}${"^".repeat(length)}`);
    }
  }
  return out.join("\n");
}
