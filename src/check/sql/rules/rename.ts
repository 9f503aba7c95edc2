import { nodeAs, tableLabel } from "../ast.js";
import type { Rule } from "./rule.js";

/** RENAME of a column or of an existing table. squawk renaming-column and renaming-table. */
export const rename: Rule = (context) => {
  const rename = nodeAs(context.node, "RenameStmt");
  if (!rename || context.state.isNew(rename.relation)) return;
  const table = tableLabel(rename.relation);
  if (rename.renameType === "OBJECT_COLUMN") context.report("MIGRATION_RENAME", context.range, { what: `the column ${rename.subname ?? "?"}`, table });
  if (rename.renameType === "OBJECT_TABLE") context.report("MIGRATION_RENAME", context.range, { what: "the name", table });
};
