import type { Node } from "libpg-query";
import { SERIAL_TYPES, columnConstraints, names, tableLabel, typeBase, walk } from "../ast.js";
import { alterCommands } from "../columns.js";
import type { Rule } from "./rule.js";

/**
 * Functions a column default may call without a rewrite: Postgres evaluates a non-volatile default once and
 * stores it in the catalog (11+). Any other function may be volatile, and a volatile default is evaluated
 * for every existing row.
 */
const NON_VOLATILE = new Set([
  "now", "transaction_timestamp", "statement_timestamp", "current_date", "current_time", "localtimestamp",
  "lower", "upper", "coalesce", "nullif", "greatest", "least", "concat", "to_jsonb", "to_json", "jsonb_build_object",
  "json_build_object", "jsonb_build_array", "json_build_array", "array_fill", "make_interval", "make_date",
  "to_timestamp", "to_date", "date_trunc", "timezone",
]);

/**
 * ADD COLUMN on an existing table whose value must be computed per row: a volatile default, a serial type,
 * an identity, or a stored generated column. squawk adding-field-with-default and adding-serial-primary-key-field, eugene E11.
 */
export const columnRewrite: Rule = (context) => {
  const { relation, commands } = alterCommands(context.node);
  if (!relation || context.state.isNew(relation)) return;
  for (const { command, column } of commands) {
    if (command.subtype !== "AT_AddColumn" || !column?.colname) continue;
    const cause = rewriteCause(column.typeName ? typeBase(column.typeName) : "", columnConstraints(column).map((c) => ({ kind: c.contype, expr: c.raw_expr })));
    if (cause) context.report("MIGRATION_COLUMN_REWRITE", context.at(column.location), { column: column.colname, table: tableLabel(relation), cause });
  }
};

function rewriteCause(type: string, constraints: readonly { kind: string | undefined; expr: Node | undefined }[]): string | undefined {
  if (SERIAL_TYPES.has(type)) return `the ${type} type (a default of nextval() for every row)`;
  for (const { kind, expr } of constraints) {
    if (kind === "CONSTR_IDENTITY") return "an identity (a new value for every row)";
    if (kind === "CONSTR_GENERATED") return "a stored generated expression";
    if (kind === "CONSTR_DEFAULT") {
      const called = volatileCall(expr);
      if (called) return `a default that calls ${called}(), evaluated for every row unless the function is STABLE or IMMUTABLE`;
    }
  }
  return undefined;
}

/** The first function the expression calls that is not known to be non-volatile. */
function volatileCall(expr: Node | undefined): string | undefined {
  let found: string | undefined;
  walk(expr, (kind, payload) => {
    if (found !== undefined || kind !== "FuncCall") return;
    const parts = names((payload as { funcname?: Node[] }).funcname);
    const name = (parts[parts.length - 1] ?? "").toLowerCase();
    const args = (payload as { args?: Node[] }).args ?? [];
    if (!NON_VOLATILE.has(name) || (name === "now" && args.length > 0)) found = parts.join(".");
  });
  return found;
}
