import type { Diagnostic } from "../../../diagnostics/types.js";
import { checkDiagnostic, FILE_START } from "../../diagnostic.js";
import type { MigrationSequence, MigrationUnit, SqlSource } from "../layout.js";
import type { ParsedSql, SqlParser } from "../parse.js";
import { catalogDifferences } from "./catalog.js";
import { openDatabase, type Database } from "./database.js";
import { createdExtensions, skipReason, unavailableExtension } from "./statements.js";

/** What `check --execute` applied, for the JSON summary. */
export interface MigrationRunSummary {
  /** Up migrations applied in full. */
  applied: number;
  /** Up migrations Postgres refused (each stops its sequence). */
  failed: number;
  /** Units with a down migration whose round trip was tried. */
  roundTrips: number;
  /** Of those, the ones whose down failed, did not restore the schema, or after which up did not apply again. */
  roundTripFailures: number;
}

export interface ExecuteOptions {
  /** Where the embedded Postgres keeps its initialised cluster between runs. */
  cacheDir?: string;
  /** How long one statement may run before it is stopped and reported. Default 60 s. */
  statementTimeoutMs?: number;
  /** Starts the embedded Postgres; tests inject one that fails. Defaults to PGlite in a worker. */
  openDatabase?: typeof openDatabase;
}

interface ParsedUnit {
  unit: MigrationUnit;
  up: ParsedSql;
  down: ParsedSql | undefined;
}

type Phase = "up" | "down" | "up again";

/**
 * Applies each sequence, in order, to one embedded Postgres (reset between sequences), statement by
 * statement as a migration tool sends them, so CONCURRENTLY behaves as on a server. For every unit with a
 * down migration: the catalog before up must equal the catalog after up then down, and up must apply again.
 * Never throws on user input; the database is always closed.
 */
export async function executeSequences(
  sequences: readonly MigrationSequence[],
  parser: SqlParser,
  options: ExecuteOptions = {},
): Promise<{ diagnostics: Diagnostic[]; summary: MigrationRunSummary }> {
  const diagnostics: Diagnostic[] = [];
  const summary: MigrationRunSummary = { applied: 0, failed: 0, roundTrips: 0, roundTripFailures: 0 };
  const parsed = sequences.map((sequence) =>
    sequence.units.map((unit): ParsedUnit => ({ unit, up: parser.parse(unit.up.text), down: unit.down ? parser.parse(unit.down.text) : undefined })),
  );
  const extensions = new Set(parsed.flat().flatMap((item) => [item.up, item.down].flatMap((sql) => (sql?.ok ? createdExtensions(sql.statements) : []))));
  let db: Database;
  try {
    db = await (options.openDatabase ?? openDatabase)({
      extensions: [...extensions],
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
    diagnostics.push(checkDiagnostic("MIGRATION_EXECUTE_UNAVAILABLE", sequences[0]?.root ?? ".", FILE_START, { reason }));
    return { diagnostics, summary };
  }
  const runner = new Runner(db, diagnostics, summary, Math.round((options.statementTimeoutMs ?? 60_000) / 1000));
  try {
    for (const [index, units] of parsed.entries()) {
      if (index > 0) await db.reset();
      await runner.sequence(units);
    }
  } catch (error) {
    // The embedded Postgres itself failed (not a statement: those are findings); what ran so far stands.
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push(checkDiagnostic("MIGRATION_EXECUTE_STOPPED", sequences[0]?.root ?? ".", FILE_START, { reason, applied: summary.applied }));
  } finally {
    await db.close().catch(() => undefined);
  }
  return { diagnostics, summary };
}

class Runner {
  constructor(
    private readonly db: Database,
    private readonly diagnostics: Diagnostic[],
    private readonly summary: MigrationRunSummary,
    private readonly timeoutSeconds: number,
  ) {}

  async sequence(units: readonly ParsedUnit[]): Promise<void> {
    /** The catalog as it is now, when the last unit's round trip read it. */
    let current: Map<string, string> | undefined;
    for (const [index, item] of units.entries()) {
      const before = item.down ? (current ?? (await this.db.catalog())) : undefined;
      current = undefined;
      if (!(await this.apply(item.up, item.unit.up, "up"))) {
        this.summary.failed++;
        return; // every later migration builds on this one
      }
      this.summary.applied++;
      if (!item.down || !item.unit.down || !before) continue;
      const afterUp = await this.db.catalog();
      this.summary.roundTrips++;
      if (await this.roundTrip(item, item.unit.down, item.down, before)) {
        current = afterUp;
        continue;
      }
      this.summary.roundTripFailures++;
      // Most failed downs leave a state the up applies to again (an empty down, a default not restored): when
      // that gives back the schema right after up, go on from there; otherwise replay the sequence so far.
      if ((await this.apply(item.up, item.unit.up, "up", false)) && catalogDifferences(afterUp, await this.db.catalog()).length === 0) {
        current = afterUp;
        continue;
      }
      await this.rebuild(units.slice(0, index + 1));
    }
  }

  private async roundTrip(item: ParsedUnit, down: SqlSource, parsedDown: ParsedSql, before: Map<string, string>): Promise<boolean> {
    if (!(await this.apply(parsedDown, down, "down"))) return false;
    const differences = catalogDifferences(before, await this.db.catalog());
    if (differences.length > 0) {
      const shown = differences.slice(0, 5).join("; ") + (differences.length > 5 ? `; and ${differences.length - 5} more` : "");
      this.diagnostics.push(checkDiagnostic("MIGRATION_ROUND_TRIP_MISMATCH", down.file, FILE_START, { count: differences.length, differences: shown }));
      return false;
    }
    return this.apply(item.up, item.unit.up, "up again");
  }

  /** After a failed round trip: back to the state right after these units' up migrations, quietly. */
  private async rebuild(units: readonly ParsedUnit[]): Promise<void> {
    await this.db.reset();
    for (const item of units) await this.apply(item.up, item.unit.up, "up", false);
  }

  /** Applies one migration statement by statement; false when Postgres refused one (the rest is not run). */
  private async apply(parsed: ParsedSql, source: SqlSource, phase: Phase, report = true): Promise<boolean> {
    if (!parsed.ok) return false; // the static checks report the syntax error
    for (const statement of parsed.statements) {
      const range = { start: parsed.source.fromByte(statement.start), end: parsed.source.fromByte(statement.end) };
      const skipped = skipReason(statement);
      const missing = unavailableExtension(statement);
      if (skipped !== undefined || missing !== undefined) {
        if (report && phase !== "up again") {
          this.diagnostics.push(
            missing !== undefined
              ? checkDiagnostic("MIGRATION_EXTENSION_UNAVAILABLE", source.file, range, { extension: missing })
              : checkDiagnostic("MIGRATION_STATEMENT_SKIPPED", source.file, range, { reason: skipped ?? "" }),
          );
        }
        continue;
      }
      const error = await this.db.run(parsed.source.sliceBytes(statement.start, statement.end));
      if (!error) continue;
      if (error.timedOut) {
        if (report) this.diagnostics.push(checkDiagnostic("MIGRATION_STATEMENT_TIMEOUT", source.file, range, { phase, seconds: this.timeoutSeconds }));
        return false;
      }
      if (report) {
        const at = error.position === undefined ? range.start : parsed.source.fromChar(parsed.source.charOfByte(statement.start) + error.position - 1);
        this.diagnostics.push(
          checkDiagnostic("MIGRATION_APPLY_FAILED", source.file, { start: at, end: error.position === undefined ? range.end : { line: at.line, column: at.column + 1 } }, {
            phase,
            detail: error.message,
            sqlstate: error.sqlstate,
          }),
        );
      }
      await this.db.run("ROLLBACK");
      return false;
    }
    return true;
  }
}
