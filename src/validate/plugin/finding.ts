import { diagnostic, type DiagnosticArgs, type DiagnosticCode } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { JsonPath, JsonSource } from "./json-source.js";

/** What a rule found: a code, where (a JSON path, not a position), and the values its wording takes. */
export type Finding = {
  [C in DiagnosticCode]: {
    code: C;
    path: JsonPath;
    /** Point at the key rather than its value (e.g. an unknown key). */
    part?: "key" | "value";
  } & (Record<string, never> extends DiagnosticArgs<C> ? { args?: DiagnosticArgs<C> } : { args: DiagnosticArgs<C> });
}[DiagnosticCode];

/** A named check of meaning over an already shape-checked JSON value. */
export type JsonRule<T> = (value: T) => Finding[];

/** Places findings in the file: positions come from the parsed nodes. */
export function toDiagnostics(findings: readonly Finding[], source: JsonSource, file: string): Diagnostic[] {
  return findings.map((finding) =>
    diagnostic<DiagnosticCode>(finding.code, file, source.rangeOf(finding.path, finding.part), finding.args as DiagnosticArgs<DiagnosticCode>),
  );
}
