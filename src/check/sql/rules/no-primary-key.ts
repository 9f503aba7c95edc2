import { columnConstraints, nodeAs, tableLabel } from "../ast.js";
import type { Rule } from "./rule.js";

/**
 * CREATE TABLE with no primary key, unless the same file adds one later (ALTER TABLE ... ADD PRIMARY KEY,
 * as pg_dump and some ORMs write). Partitions, LIKE copies and temporary tables are left alone. No squawk
 * or eugene rule. Checked when the file ends, so it is a rule over the whole file.
 */
export const noPrimaryKey: Rule = (context) => {
  const create = nodeAs(context.node, "CreateStmt");
  if (!create?.relation || create.partbound !== undefined || create.relation.relpersistence === "t") return;
  const elements = create.tableElts ?? [];
  if (elements.some((item) => nodeAs(item, "TableLikeClause") !== undefined) || (create.inhRelations ?? []).length > 0) return;
  const hasKey = elements.some((item) => {
    const constraint = nodeAs(item, "Constraint");
    if (constraint) return constraint.contype === "CONSTR_PRIMARY";
    const column = nodeAs(item, "ColumnDef");
    return column !== undefined && columnConstraints(column).some((c) => c.contype === "CONSTR_PRIMARY");
  });
  if (hasKey) return;
  const relation = create.relation;
  const range = context.at(relation.location);
  context.atFileEnd(() => {
    if (!context.state.hasPrimaryKeyAdded(relation)) context.report("MIGRATION_NO_PRIMARY_KEY", range, { table: tableLabel(relation) });
  });
};
