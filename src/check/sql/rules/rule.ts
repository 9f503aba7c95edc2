import type { Node } from "libpg-query";
import type { Range } from "../../../diagnostics/findings.js";
import type { CheckArgs, CheckCode } from "../../diagnostic.js";
import type { SqlStatement } from "../parse.js";
import type { SequenceState } from "../state.js";

/** The codes the static migration rules emit. */
export type RuleCode = Extract<
  CheckCode,
  | "MIGRATION_INDEX_NOT_CONCURRENT"
  | "MIGRATION_DROP_INDEX_NOT_CONCURRENT"
  | "MIGRATION_CONCURRENTLY_IN_TRANSACTION"
  | "MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID"
  | "MIGRATION_SET_NOT_NULL"
  | "MIGRATION_REQUIRED_COLUMN_WITHOUT_DEFAULT"
  | "MIGRATION_COLUMN_REWRITE"
  | "MIGRATION_COLUMN_TYPE_CHANGE"
  | "MIGRATION_RENAME"
  | "MIGRATION_DROP"
  | "MIGRATION_UNIQUE_CONSTRAINT"
  | "MIGRATION_TRUNCATE_CASCADE"
  | "MIGRATION_LOCK_TIMEOUT_MISSING"
  | "MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE"
  | "MIGRATION_MONEY_TYPE"
  | "MIGRATION_KEY_NOT_BIGINT_IDENTITY"
  | "MIGRATION_NO_PRIMARY_KEY"
  | "MIGRATION_LENGTH_LIMITED_TEXT"
  | "MIGRATION_UNBOUNDED_WRITE"
>;

/** What a rule sees of one statement. */
export interface StatementContext {
  readonly node: Node;
  readonly statement: SqlStatement;
  /** The database as the statements before this one left it. */
  readonly state: SequenceState;
  /** The whole statement. */
  readonly range: Range;
  /** The token at a node's location (UTF-8 bytes, from the parser); the statement when there is none. */
  at(location: number | undefined): Range;
  report<C extends RuleCode>(code: C, range: Range, args: CheckArgs<C>): void;
  /** Runs `check` once the file's last statement has been seen (for what a later statement may still fix). */
  atFileEnd(check: () => void): void;
}

/** One rule: looks at each statement of a migration, in order, before the state records it. */
export type Rule = (context: StatementContext) => void;
