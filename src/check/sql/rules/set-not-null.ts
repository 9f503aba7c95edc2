import { tableLabel } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

/** SET NOT NULL on an existing table with no validated IS NOT NULL check behind it. squawk adding-not-nullable-field, eugene E2. */
export const setNotNull: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command } of commands) {
    if (command.subtype !== "AT_SetNotNull" || !command.name || context.state.isProvenNotNull(relation, command.name)) continue;
    context.report("MIGRATION_SET_NOT_NULL", context.range, { column: command.name, table: tableLabel(relation) });
  }
};
