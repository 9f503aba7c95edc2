import { nodeAs } from "../ast.js";
import type { Rule } from "./rule.js";

/** A CONCURRENTLY operation inside BEGIN ... COMMIT, which Postgres refuses. squawk ban-concurrent-index-creation-in-transaction. */
export const concurrentlyInTransaction: Rule = (context) => {
  if (!context.state.inTransaction) return;
  const statement = concurrentStatement(context.node);
  if (statement) context.report("MIGRATION_CONCURRENTLY_IN_TRANSACTION", context.range, { statement });
};

function concurrentStatement(node: Parameters<Rule>[0]["node"]): string | undefined {
  if (nodeAs(node, "IndexStmt")?.concurrent) return "CREATE INDEX";
  const drop = nodeAs(node, "DropStmt");
  if (drop?.concurrent) return "DROP INDEX";
  const reindex = nodeAs(node, "ReindexStmt");
  const concurrentReindex = (reindex?.params ?? []).some((param) => {
    const option = nodeAs(param, "DefElem");
    return option?.defname === "concurrently" && nodeAs(option.arg, "Boolean")?.boolval !== false && nodeAs(option.arg, "String")?.sval !== "false";
  });
  if (concurrentReindex) return "REINDEX";
  const detach = (nodeAs(node, "AlterTableStmt")?.cmds ?? []).some((item) => nodeAs(nodeAs(item, "AlterTableCmd")?.def, "PartitionCmd")?.concurrent);
  return detach ? "DETACH PARTITION" : undefined;
}
