/** How bad a finding is, judged by its consequence in Claude Code. */
export type Severity = "error" | "warning" | "info";

/** A 1-based source position. */
export interface Position {
  line: number;
  column: number;
}

/**
 * A finding about a user file. Data, not prose: the wording of `message` and `hint` comes from
 * the catalog, keyed by the permanent `code`.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  start: Position;
  end: Position;
  message: string;
  hint?: string;
}
