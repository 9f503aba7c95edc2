import type { Severity } from "../types.js";

/** Values a check passes to the catalog to fill in its wording. */
export type CodeArgs = Readonly<Record<string, string | number>>;

/**
 * One permanent diagnostic code. The wording lives here and nowhere else: checks emit
 * `{ code, args, range }` and the catalog turns that into a message and a hint.
 */
export interface CodeEntry {
  severity: Severity;
  /** What is wrong and why it matters in Claude Code. No position, no "Error:" prefix. */
  message: (args: CodeArgs) => string;
  /** What to do about it. */
  hint?: (args: CodeArgs) => string;
}
