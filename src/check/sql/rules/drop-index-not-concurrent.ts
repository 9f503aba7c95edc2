import { names, nodeAs } from "../ast.js";
import type { Rule } from "./rule.js";

/** DROP INDEX without CONCURRENTLY, unless the index was built on a new table. squawk require-concurrent-index-deletion. */
export const dropIndexNotConcurrent: Rule = (context) => {
  const drop = nodeAs(context.node, "DropStmt");
  if (drop?.removeType !== "OBJECT_INDEX" || drop.concurrent) return;
  for (const object of drop.objects ?? []) {
    const parts = names(nodeAs(object, "List")?.items);
    const index = parts[parts.length - 1];
    if (index === undefined || context.state.isNewIndex(index)) continue;
    context.report("MIGRATION_DROP_INDEX_NOT_CONCURRENT", context.range, { index: parts.join(".") });
  }
};
