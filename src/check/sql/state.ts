import type { Node, RangeVar } from "libpg-query";
import { names, nodeAs, tableKey } from "./ast.js";
import type { SqlStatement } from "./parse.js";

/**
 * What the statements so far tell about the database, for the rules: which tables are new (created by
 * this file or an earlier one of its sequence, so locking them harms no one), and, per file, whether a
 * lock_timeout is set and whether a transaction block is open. Updated after the rules saw a statement.
 */
export class SequenceState {
  /** Tables created in the sequence so far (keys from tableKey). */
  private readonly newTables = new Set<string>();
  /** Indexes created on new tables. */
  private readonly newIndexes = new Set<string>();
  /** Check constraints known as `column IS NOT NULL`, by constraint name: `table` and `column`. */
  private readonly notNullChecks = new Map<string, { table: string; column: string }>();
  /** `table.column` pairs a validated check proves not null. */
  private readonly provenNotNull = new Set<string>();
  /** Checks validated here whose expression this sequence never saw. */
  private readonly validatedUnknown: { table: string; name: string }[] = [];
  /** Tables given a primary key in this file after they were created. */
  private readonly primaryKeyAdded = new Set<string>();
  /** Constraints added NOT VALID in the open transaction block. */
  readonly notValidInTransaction = new Set<string>();
  /**
   * Set while replaying migrations already applied before the checked ones: what they create is old,
   * but what they prove (validated checks) still counts.
   */
  replayingHistory = false;
  lockTimeout = false;
  /** Whether this file was already told it lacks a lock_timeout (once per file is enough). */
  lockTimeoutReported = false;
  inTransaction = false;

  /** A new file: session settings and transaction blocks do not carry over between files. */
  startFile(): void {
    this.lockTimeout = false;
    this.lockTimeoutReported = false;
    this.inTransaction = false;
    this.primaryKeyAdded.clear();
    this.notValidInTransaction.clear();
  }

  isNew(relation: RangeVar | undefined): boolean {
    return relation !== undefined && (relation.relpersistence === "t" || this.newTables.has(tableKey(relation)));
  }

  hasPrimaryKeyAdded(relation: RangeVar): boolean {
    return this.primaryKeyAdded.has(tableKey(relation));
  }

  isNewIndex(name: string): boolean {
    return this.newIndexes.has(name);
  }

  /** Whether a validated `CHECK (column IS NOT NULL)` lets SET NOT NULL skip its scan. */
  isProvenNotNull(relation: RangeVar | undefined, column: string): boolean {
    return this.provenNotNull.has(`${tableKey(relation)}.${column}`) || this.coversByName(relation, column);
  }

  /** Records what one statement did. */
  apply(statement: SqlStatement): void {
    const node = statement.node;
    const create = nodeAs(node, "CreateStmt");
    if (create?.relation && !this.replayingHistory) this.newTables.add(tableKey(create.relation));
    const createAs = nodeAs(node, "CreateTableAsStmt");
    if (createAs?.into?.rel && !this.replayingHistory) this.newTables.add(tableKey(createAs.into.rel));
    const index = nodeAs(node, "IndexStmt");
    if (index?.idxname && this.isNew(index.relation)) this.newIndexes.add(index.idxname);
    const rename = nodeAs(node, "RenameStmt");
    if (rename?.renameType === "OBJECT_TABLE" && rename.newname && this.isNew(rename.relation)) {
      this.newTables.add(tableKey({ ...rename.relation, relname: rename.newname }));
    }
    const set = nodeAs(node, "VariableSetStmt");
    if (set?.kind === "VAR_RESET_ALL") this.lockTimeout = false;
    if (set?.name === "lock_timeout") this.lockTimeout = set.kind === "VAR_SET_VALUE" && !isZero(set.args);
    const transaction = nodeAs(node, "TransactionStmt");
    if (transaction?.kind === "TRANS_STMT_BEGIN" || transaction?.kind === "TRANS_STMT_START") this.inTransaction = true;
    if (transaction?.kind === "TRANS_STMT_COMMIT" || transaction?.kind === "TRANS_STMT_ROLLBACK") {
      this.inTransaction = false;
      this.notValidInTransaction.clear();
    }
    const alter = nodeAs(node, "AlterTableStmt");
    if (alter) this.applyAlter(alter.relation, alter.cmds ?? []);
  }

  private applyAlter(relation: RangeVar | undefined, commands: readonly Node[]): void {
    const table = tableKey(relation);
    for (const item of commands) {
      const command = nodeAs(item, "AlterTableCmd");
      const constraint = nodeAs(command?.def, "Constraint");
      if (command?.subtype === "AT_AddConstraint" && constraint) {
        if (constraint.contype === "CONSTR_PRIMARY") this.primaryKeyAdded.add(table);
        if (constraint.skip_validation && constraint.conname) {
          if (this.inTransaction) this.notValidInTransaction.add(constraint.conname);
          const test = nodeAs(constraint.raw_expr, "NullTest");
          const column = names(nodeAs(test?.arg, "ColumnRef")?.fields)[0];
          if (test?.nulltesttype === "IS_NOT_NULL" && column) this.notNullChecks.set(constraint.conname, { table, column });
        }
      }
      if (command?.subtype === "AT_ValidateConstraint" && command.name) {
        const known = this.notNullChecks.get(command.name);
        if (known) this.provenNotNull.add(`${known.table}.${known.column}`);
        else this.validatedUnknown.push({ table, name: command.name });
      }
    }
  }

  /** A check validated here but added in an earlier release: trusted when its name mentions the column. */
  private coversByName(relation: RangeVar | undefined, column: string): boolean {
    const table = tableKey(relation);
    return this.validatedUnknown.some((check) => check.table === table && check.name.includes(column));
  }
}

/** `SET lock_timeout = 0` (or '0') turns the timeout off. */
function isZero(args: readonly Node[] | undefined): boolean {
  const value = nodeAs(args?.[0], "A_Const");
  // The parser leaves a zero integer out of the tree: `ival: {}`.
  if (value?.ival !== undefined) return (value.ival.ival ?? 0) === 0;
  return value?.sval?.sval === "0";
}
