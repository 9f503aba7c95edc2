import { nodeAs, tableLabel } from "../ast.js";
import type { Rule } from "./rule.js";

/** UPDATE or DELETE with no WHERE on an existing table: an unbatched backfill or purge. No squawk or eugene rule. */
export const unboundedWrite: Rule = (context) => {
  const update = nodeAs(context.node, "UpdateStmt");
  const remove = nodeAs(context.node, "DeleteStmt");
  const found = update ? { statement: "UPDATE", stmt: update } : remove ? { statement: "DELETE", stmt: remove } : undefined;
  if (!found || found.stmt.whereClause !== undefined || context.state.isNew(found.stmt.relation)) return;
  context.report("MIGRATION_UNBOUNDED_WRITE", context.at(found.stmt.relation?.location), { statement: found.statement, table: tableLabel(found.stmt.relation) });
};
