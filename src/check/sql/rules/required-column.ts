import { SERIAL_TYPES, columnConstraints, tableLabel, typeBase } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

/** ADD COLUMN ... NOT NULL with no DEFAULT on an existing table. squawk adding-required-field. */
export const requiredColumnWithoutDefault: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command, column } of commands) {
    if (command.subtype !== "AT_AddColumn" || !column?.colname) continue;
    const kinds = new Set(columnConstraints(column).map((constraint) => constraint.contype));
    const filled = kinds.has("CONSTR_DEFAULT") || kinds.has("CONSTR_IDENTITY") || kinds.has("CONSTR_GENERATED");
    if (!kinds.has("CONSTR_NOTNULL") && !kinds.has("CONSTR_PRIMARY")) continue;
    if (filled || SERIAL_TYPES.has(typeBase(column.typeName))) continue;
    context.report("MIGRATION_REQUIRED_COLUMN_WITHOUT_DEFAULT", context.at(column.location), { column: column.colname, table: tableLabel(relation) });
  }
};
