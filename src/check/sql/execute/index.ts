import type { Diagnostic } from "../../../diagnostics/types.js";
import type { MigrationSequence } from "../layout.js";
import type { SqlParser } from "../parse.js";

/** What `check --execute` applied, for the JSON summary. */
export interface MigrationRunSummary {
  applied: number;
  failed: number;
  roundTrips: number;
  roundTripFailures: number;
}

export interface ExecuteOptions {
  cacheDir?: string;
}

/** Not built yet: `--execute` applies nothing. */
export async function executeSequences(
  sequences: readonly MigrationSequence[],
  parser: SqlParser,
  options: ExecuteOptions = {},
): Promise<{ diagnostics: Diagnostic[]; summary: MigrationRunSummary }> {
  void sequences;
  void parser;
  void options;
  return { diagnostics: [], summary: { applied: 0, failed: 0, roundTrips: 0, roundTripFailures: 0 } };
}
