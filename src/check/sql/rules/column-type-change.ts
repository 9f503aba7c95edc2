import { tableLabel, typeBase, typeLabel } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

/**
 * ALTER COLUMN ... TYPE on an existing table. Left alone: a change to text or unbounded varchar with no
 * USING, which Postgres does without a rewrite from varchar. squawk changing-column-type, eugene E5.
 */
export const columnTypeChange: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command, column } of commands) {
    if (command.subtype !== "AT_AlterColumnType" || !command.name || !column?.typeName) continue;
    const base = typeBase(column.typeName);
    const widening = (base === "text" || (base === "varchar" && (column.typeName.typmods ?? []).length === 0)) && column.raw_default === undefined;
    if (widening) continue;
    context.report("MIGRATION_COLUMN_TYPE_CHANGE", context.at(column.typeName.location), {
      column: command.name,
      table: tableLabel(relation),
      type: typeLabel(column.typeName),
    });
  }
};
