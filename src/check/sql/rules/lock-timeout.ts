import type { Node } from "libpg-query";
import { names, nodeAs, tableLabel } from "../ast.js";
import type { SequenceState } from "../state.js";
import type { Rule } from "./rule.js";

/**
 * The first statement of a file that takes a blocking lock on an existing table while no lock_timeout is
 * set. Once per file. squawk require-lock-timeout (and the lock half of require-timeout-settings), eugene E9.
 */
export const lockTimeoutMissing: Rule = (context) => {
  const { state } = context;
  if (state.lockTimeout || state.lockTimeoutReported) return;
  const target = lockedTarget(context.node, state);
  if (target === undefined) return;
  state.lockTimeoutReported = true;
  context.report("MIGRATION_LOCK_TIMEOUT_MISSING", context.range, { target });
};

/** What a statement locks so that reads or writes wait, when that is an existing table. */
function lockedTarget(node: Node, state: SequenceState): string | undefined {
  const existing = (relation: Parameters<SequenceState["isNew"]>[0]) => (relation && !state.isNew(relation) ? `the existing table ${tableLabel(relation)}` : undefined);
  const alter = nodeAs(node, "AlterTableStmt");
  if (alter) {
    // VALIDATE CONSTRAINT takes a lock that lets reads and writes go on.
    const onlyValidate = (alter.cmds ?? []).every((item) => nodeAs(item, "AlterTableCmd")?.subtype === "AT_ValidateConstraint");
    return onlyValidate ? undefined : existing(alter.relation);
  }
  const index = nodeAs(node, "IndexStmt");
  if (index) return index.concurrent ? undefined : existing(index.relation);
  const drop = nodeAs(node, "DropStmt");
  if (drop && !drop.concurrent && (drop.removeType === "OBJECT_TABLE" || drop.removeType === "OBJECT_INDEX")) {
    const parts = names(nodeAs(drop.objects?.[0], "List")?.items);
    const name = parts[parts.length - 1] ?? "?";
    if (drop.removeType === "OBJECT_INDEX") return state.isNewIndex(name) ? undefined : `the table of the index ${parts.join(".")}`;
    return existing(parts.length > 1 ? { relname: name, schemaname: parts[parts.length - 2] ?? "" } : { relname: name });
  }
  const rename = nodeAs(node, "RenameStmt");
  if (rename?.relation) return existing(rename.relation);
  const truncate = nodeAs(node, "TruncateStmt");
  if (truncate) return existing(nodeAs(truncate.relations?.[0], "RangeVar"));
  const trigger = nodeAs(node, "CreateTrigStmt");
  if (trigger) return existing(trigger.relation);
  const lock = nodeAs(node, "LockStmt");
  if (lock) return existing(nodeAs(lock.relations?.[0], "RangeVar"));
  return undefined;
}
