/** How bad a finding is, judged by its consequence in Claude Code. */
export type Severity = "error" | "warning" | "info";

/** A 1-based source position. */
export interface Position {
  line: number;
  column: number;
}

/** Where a finding is in its file: from the parser's nodes, never from searching the text. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * A finding about a user file. Data, not prose: `message` and `hint` are made by the catalog from the
 * permanent `code` and its `args`, which the finding keeps (so --json and SARIF carry them too).
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  file: string;
  start: Position;
  end: Position;
  message: string;
  hint?: string;
  /** The values the wording was made from. */
  args?: Readonly<Record<string, string | number>>;
}
