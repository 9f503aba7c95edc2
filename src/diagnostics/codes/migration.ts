import { code, family } from "../define.js";

/**
 * Codes about Postgres migrations, found by `backend-architect check` (statically, from the real Postgres
 * parser) and by `check --execute` (against an embedded Postgres). "Existing" table means one the checked
 * file or sequence did not create itself: on a live database it may be large and busy.
 * Each code's section in docs/diagnostics.md names the squawk or eugene rule it corresponds to.
 */
export const migrationCodes = family("migration", {
  // --- parsing ---
  MIGRATION_SYNTAX_ERROR: code({
    severity: "error",
    title: "Postgres cannot parse the migration",
    message: (a: { detail: string }) => `Postgres cannot parse this migration (${a.detail}), so none of it would run and nothing else in it was checked.`,
    hint: () => "Fix the SQL at this position; the file is read by the Postgres 18 parser, so psql meta-commands (\\connect, \\i) are not SQL either.",
    peer: "squawk `syntax-error`",
  }),

  // --- locks and rewrites on existing tables ---
  MIGRATION_INDEX_NOT_CONCURRENT: code({
    severity: "error",
    title: "CREATE INDEX without CONCURRENTLY",
    message: (a: { table: string }) =>
      `CREATE INDEX on the existing table ${a.table} without CONCURRENTLY blocks every write to it until the index is built, minutes on a large table.`,
    hint: (a: { table: string }) =>
      `Use CREATE INDEX CONCURRENTLY ... ON ${a.table}, outside a transaction block (a failed build leaves an INVALID index to drop and retry).`,
    peer: "squawk `require-concurrent-index-creation`, eugene E6",
  }),
  MIGRATION_DROP_INDEX_NOT_CONCURRENT: code({
    severity: "error",
    title: "DROP INDEX without CONCURRENTLY",
    message: (a: { index: string }) =>
      `DROP INDEX ${a.index} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes while it waits and runs.`,
    hint: (a: { index: string }) => `Use DROP INDEX CONCURRENTLY ${a.index}, outside a transaction block.`,
    peer: "squawk `require-concurrent-index-deletion`",
  }),
  MIGRATION_CONCURRENTLY_IN_TRANSACTION: code({
    severity: "error",
    title: "CONCURRENTLY inside a transaction",
    message: (a: { statement: string }) =>
      `${a.statement} CONCURRENTLY runs inside a transaction block here, which Postgres refuses: the migration fails at this statement.`,
    hint: () => "Move it out of BEGIN ... COMMIT into its own migration, and turn off your tool's implicit transaction for that file.",
    peer: "squawk `ban-concurrent-index-creation-in-transaction`",
  }),
  MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID: code({
    severity: "error",
    title: "Constraint added without NOT VALID",
    message: (a: { kind: string; table: string }) =>
      `Adding a ${a.kind} constraint to the existing table ${a.table} checks every row while holding a lock that blocks writes (and, for a foreign key, writes to the referenced table too).`,
    hint: (a: { kind: string; table: string }) =>
      `Add it with NOT VALID (ALTER TABLE ${a.table} ADD CONSTRAINT ... NOT VALID), then ALTER TABLE ${a.table} VALIDATE CONSTRAINT ... in a separate migration or transaction; validating takes a weaker lock.`,
    peer: "squawk `constraint-missing-not-valid` and `adding-foreign-key-constraint`, eugene E1",
  }),
  MIGRATION_SET_NOT_NULL: code({
    severity: "error",
    title: "SET NOT NULL on an existing table",
    message: (a: { column: string; table: string }) =>
      `SET NOT NULL on ${a.table}.${a.column} scans the whole existing table under an ACCESS EXCLUSIVE lock, blocking reads and writes.`,
    hint: (a: { column: string; table: string }) =>
      `Add CHECK (${a.column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later step, then SET NOT NULL (Postgres 12+ skips the scan when a valid check proves it) and drop the check.`,
    peer: "squawk `adding-not-nullable-field`, eugene E2",
  }),
  MIGRATION_REQUIRED_COLUMN_WITHOUT_DEFAULT: code({
    severity: "error",
    title: "NOT NULL column without a default",
    message: (a: { column: string; table: string }) =>
      `ADD COLUMN ${a.column} NOT NULL without a DEFAULT fails on the existing table ${a.table} as soon as it has a row, and running code that inserts without it breaks.`,
    hint: (a: { column: string; table: string }) =>
      `Add ${a.column} as nullable (or with a constant DEFAULT), backfill it in batches, then enforce NOT NULL with a NOT VALID check on ${a.table}.`,
    peer: "squawk `adding-required-field`",
  }),
  MIGRATION_COLUMN_REWRITE: code({
    severity: "error",
    title: "Column added with a table rewrite",
    message: (a: { column: string; table: string; cause: string }) =>
      `Adding ${a.column} to the existing table ${a.table} with ${a.cause} rewrites every row under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole rewrite.`,
    hint: (a: { column: string; table: string; cause: string }) =>
      `Add ${a.column} without it (nullable, or a constant DEFAULT), set the default for new rows with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.`,
    peer: "squawk `adding-field-with-default` and `adding-serial-primary-key-field`, eugene E11",
  }),
  MIGRATION_COLUMN_TYPE_CHANGE: code({
    severity: "error",
    title: "Column type changed in place",
    message: (a: { column: string; table: string; type: string }) =>
      `Changing ${a.table}.${a.column} to ${a.type} rewrites the existing table (and its indexes) under an ACCESS EXCLUSIVE lock, and breaks code that reads the old type.`,
    hint: (a: { column: string; table: string; type: string }) =>
      `Expand and contract: add a new ${a.type} column, write both, backfill in batches, switch reads, then drop ${a.column} in a later release.`,
    peer: "squawk `changing-column-type`, eugene E5",
  }),
  MIGRATION_RENAME: code({
    severity: "warning",
    title: "Rename of a column or table in use",
    message: (a: { what: string; table: string }) =>
      `Renaming ${a.what} of the existing table ${a.table} breaks every running client that still uses the old name the moment the migration commits.`,
    hint: () =>
      "Expand and contract: add the new name (a new column, or a view for a table), move readers and writers over, and drop the old name in a later release.",
    peer: "squawk `renaming-column` and `renaming-table`",
  }),
  MIGRATION_DROP: code({
    severity: "warning",
    title: "Drop of a table or column",
    message: (a: { what: string }) =>
      `Dropping ${a.what} loses its data for good and breaks any running code that still reads it.`,
    hint: () =>
      "Stop using it in a release first, make sure nothing reads it (and that a backup covers it), then drop it in a later migration; say so in the migration's comment.",
    peer: "squawk `ban-drop-table` and `ban-drop-column`",
  }),
  MIGRATION_UNIQUE_CONSTRAINT: code({
    severity: "error",
    title: "Unique or primary key built under lock",
    message: (a: { kind: string; table: string }) =>
      `Adding a ${a.kind} constraint to the existing table ${a.table} builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes until the build ends.`,
    hint: (a: { kind: string; table: string }) =>
      `Build the index first with CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ${a.table} ADD CONSTRAINT ... ${a.kind} USING INDEX <that index>.`,
    peer: "squawk `disallowed-unique-constraint` and `adding-serial-primary-key-field`, eugene E7 and E8",
  }),
  MIGRATION_TRUNCATE_CASCADE: code({
    severity: "error",
    title: "TRUNCATE ... CASCADE",
    message: (a: { table: string }) =>
      `TRUNCATE ${a.table} CASCADE also empties every table that references it by a foreign key, and their referencing tables in turn, which may be far more than meant.`,
    hint: () => "Name every table to empty in the TRUNCATE and drop CASCADE; Postgres then refuses instead of silently widening it.",
    peer: "squawk `ban-truncate-cascade`",
  }),
  MIGRATION_LOCK_TIMEOUT_MISSING: code({
    severity: "warning",
    title: "No lock_timeout before a lock",
    message: (a: { target: string }) =>
      `This statement locks ${a.target} with no lock_timeout set before it: if another transaction holds the table, the migration waits and every query on the table queues behind it.`,
    hint: () => "Start the migration with SET lock_timeout = '5s'; (SET LOCAL inside a transaction) and retry it when the timeout fires.",
    peer: "squawk `require-lock-timeout` (and the lock half of `require-timeout-settings`), eugene E9",
  }),

  // --- the agent's data standards (new tables and new columns) ---
  MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE: code({
    severity: "warning",
    title: "timestamp without time zone",
    message: (a: { column: string }) =>
      `${a.column} is timestamp without time zone: the same value means different instants to clients in different zones, and comparisons with now() silently shift.`,
    hint: (a: { column: string }) => `Declare ${a.column} as timestamptz and store UTC.`,
    peer: "squawk `prefer-timestamptz`",
  }),
  MIGRATION_MONEY_TYPE: code({
    severity: "warning",
    title: "Money in a float or money column",
    message: (a: { column: string; type: string }) =>
      a.type === "money"
        ? `${a.column} uses the money type, whose rounding and formatting follow the server's lc_monetary setting and which carries no currency.`
        : `${a.column} holds money as ${a.type}, a floating-point type: amounts like 0.10 are not exact and sums drift by cents.`,
    hint: (a: { column: string; type: string }) =>
      `Store ${a.column} as integer minor units (bigint cents) or numeric(19,4), with a currency code column beside it.`,
  }),
  MIGRATION_KEY_NOT_BIGINT_IDENTITY: code({
    severity: "warning",
    title: "Key not bigint identity",
    message: (a: { column: string; type: string }) =>
      `The key ${a.column} is ${a.type}: ${/serial/.test(a.type) ? "serial columns own a loose sequence that permissions, copies and dumps easily get wrong" : "an int key runs out at about 2.1 billion rows, and widening it later rewrites the table"}.`,
    hint: (a: { column: string; type: string }) => `Declare it as ${a.column} bigint GENERATED ALWAYS AS IDENTITY (or a UUIDv7 when ids are made outside the database).`,
    peer: "squawk `prefer-identity`, `prefer-bigint-over-int` and `prefer-bigint-over-smallint`, for keys only",
  }),
  MIGRATION_NO_PRIMARY_KEY: code({
    severity: "warning",
    title: "New table without a primary key",
    message: (a: { table: string }) =>
      `The new table ${a.table} has no primary key: rows cannot be addressed reliably, duplicates go unnoticed, and logical replication cannot update or delete them.`,
    hint: () => "Add id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY (or a composite PRIMARY KEY for a join table).",
  }),
  MIGRATION_LENGTH_LIMITED_TEXT: code({
    severity: "warning",
    title: "char or varchar(n) column",
    message: (a: { column: string; type: string }) =>
      `${a.column} is ${a.type}: ${a.type.startsWith("char") ? "char pads values with spaces, and " : ""}a length limit in the type can only be raised by an ALTER TABLE that locks the table, and it is no faster than text.`,
    hint: (a: { column: string; type: string }) => `Declare ${a.column} as text with CHECK (char_length(${a.column}) <= n) where a limit is a real rule.`,
    peer: "squawk `ban-char-field` and `prefer-text-field`",
  }),
  MIGRATION_UNBOUNDED_WRITE: code({
    severity: "warning",
    title: "UPDATE or DELETE without WHERE",
    message: (a: { statement: string; table: string }) =>
      `${a.statement} without WHERE touches every row of the existing table ${a.table} in one transaction: rows stay locked until it ends, and it bloats the table and the WAL.`,
    hint: () => "Backfill or delete in batches (e.g. 1,000 rows by primary key range per transaction) from a script or job, not in the schema migration.",
  }),

  // --- check --execute, against an embedded Postgres ---
  MIGRATION_APPLY_FAILED: code({
    severity: "error",
    title: "Statement refused by Postgres",
    message: (a: { phase: string; detail: string; sqlstate: string }) =>
      `Postgres refused this statement when applying the ${a.phase} migration: ${a.detail} (SQLSTATE ${a.sqlstate}); the rest of it did not run.`,
    hint: () => "Fix the statement (or the migration before it that should have created what it needs), then run check --execute again.",
  }),
  MIGRATION_STATEMENT_TIMEOUT: code({
    severity: "error",
    title: "Statement ran too long",
    message: (a: { phase: string; seconds: number }) =>
      `This statement of the ${a.phase} migration was still running after ${a.seconds} s on an empty embedded Postgres and was stopped; on a real table it would run far longer, and the rest of the sequence was not applied.`,
    hint: () => "Look for a loop that does not end or a data backfill in the schema migration; move data work to a batched job.",
  }),
  MIGRATION_ROUND_TRIP_MISMATCH: code({
    severity: "error",
    title: "Down migration does not undo up",
    message: (a: { count: number; differences: string }) =>
      `Applying up and then this down migration does not bring the schema back to where it was (${a.count} ${a.count === 1 ? "difference" : "differences"}: ${a.differences}), so rolling back leaves the database in a state no migration describes.`,
    hint: () => "Make the down migration undo exactly what up does, in reverse order (drop what up created, restore what it dropped or changed).",
  }),
  MIGRATION_STATEMENT_SKIPPED: code({
    severity: "warning",
    title: "Statement not run",
    message: (a: { reason: string }) => `This statement was not run by check --execute: ${a.reason}. Statements after it that depend on it may fail.`,
    hint: () => "Keep data loads out of schema migrations (seed them from a script), or check this file against a real server.",
  }),
  MIGRATION_EXTENSION_UNAVAILABLE: code({
    severity: "warning",
    title: "Extension not in the embedded Postgres",
    message: (a: { extension: string }) =>
      `The embedded Postgres used by check --execute does not ship the extension "${a.extension}", so CREATE EXTENSION was skipped and statements that use it will fail here, though they may work on your server.`,
    hint: () =>
      "Check this sequence against a server that has the extension; check --execute ships pgcrypto, uuid-ossp, citext, pg_trgm, hstore, ltree, btree_gin, btree_gist and the other Postgres contrib modules, but not vector or postgis.",
  }),
  MIGRATION_EXECUTE_UNAVAILABLE: code({
    severity: "error",
    title: "Embedded Postgres unavailable",
    message: (a: { reason: string }) => `check --execute could not start its embedded Postgres (${a.reason}), so no migration was applied.`,
    hint: () => "Reinstall the package (npm ci) so that @electric-sql/pglite is present, or run check without --execute.",
  }),
  MIGRATION_EXECUTE_STOPPED: code({
    severity: "error",
    title: "Embedded Postgres failed mid-run",
    message: (a: { reason: string; applied: number }) =>
      `check --execute stopped when its embedded Postgres failed (${a.reason}), after ${a.applied} ${a.applied === 1 ? "migration was" : "migrations were"} applied; the rest were not applied or compared.`,
    hint: () => "This is a failure of the embedded Postgres, not a finding on your migrations: run it again, and if it stops at the same place, report it with the migration it stopped after.",
  }),
});
