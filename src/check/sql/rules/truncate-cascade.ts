import { nodeAs, tableLabel } from "../ast.js";
import type { Rule } from "./rule.js";

/** TRUNCATE ... CASCADE. squawk ban-truncate-cascade. */
export const truncateCascade: Rule = (context) => {
  const truncate = nodeAs(context.node, "TruncateStmt");
  if (truncate?.behavior !== "DROP_CASCADE") return;
  const tables = (truncate.relations ?? []).map((item) => tableLabel(nodeAs(item, "RangeVar")));
  context.report("MIGRATION_TRUNCATE_CASCADE", context.range, { table: tables.join(", ") });
};
