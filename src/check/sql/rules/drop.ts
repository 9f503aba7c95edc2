import { names, nodeAs, tableLabel } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

/** DROP TABLE and DROP COLUMN of what the sequence did not create. squawk ban-drop-table and ban-drop-column. */
export const drop: Rule = (context) => {
  const statement = nodeAs(context.node, "DropStmt");
  if (statement?.removeType === "OBJECT_TABLE") {
    for (const object of statement.objects ?? []) {
      const parts = names(nodeAs(object, "List")?.items);
      const relname = parts[parts.length - 1] ?? "?";
      const relation = parts.length > 1 ? { relname, schemaname: parts[parts.length - 2] ?? "" } : { relname };
      if (!context.state.isNew(relation)) context.report("MIGRATION_DROP", context.range, { what: `the table ${parts.join(".")}` });
    }
  }
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command } of commands) {
    if (command.subtype === "AT_DropColumn") context.report("MIGRATION_DROP", context.range, { what: `the column ${tableLabel(relation)}.${command.name ?? "?"}` });
  }
};
