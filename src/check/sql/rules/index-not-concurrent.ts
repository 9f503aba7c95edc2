import { nodeAs, tableLabel } from "../ast.js";
import type { Rule } from "./rule.js";

/** CREATE INDEX without CONCURRENTLY on a table the migration did not create. squawk require-concurrent-index-creation, eugene E6. */
export const indexNotConcurrent: Rule = (context) => {
  const index = nodeAs(context.node, "IndexStmt");
  if (!index || index.concurrent || context.state.isNew(index.relation)) return;
  context.report("MIGRATION_INDEX_NOT_CONCURRENT", context.at(index.relation?.location), { table: tableLabel(index.relation) });
};
