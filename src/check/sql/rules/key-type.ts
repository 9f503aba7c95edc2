import { SERIAL_TYPES, typeBase, typeLabel } from "../ast.js";
import { declaredColumns } from "../columns.js";
import type { Rule } from "./rule.js";

const SMALL_INTEGERS = new Set(["int2", "int4", "smallint", "integer", "int"]);

/**
 * A key (primary key column, or a column named id) declared as serial or as a 16/32-bit integer.
 * squawk prefer-bigint-over-int, prefer-bigint-over-smallint and prefer-identity, for keys only.
 */
export const keyNotBigintIdentity: Rule = (context) => {
  for (const { column, name, isKey } of declaredColumns(context.node)) {
    const base = typeBase(column.typeName);
    if (!isKey || (!SERIAL_TYPES.has(base) && !SMALL_INTEGERS.has(base))) continue;
    context.report("MIGRATION_KEY_NOT_BIGINT_IDENTITY", context.at(column.typeName?.location), { column: name, type: typeLabel(column.typeName) });
  }
};
