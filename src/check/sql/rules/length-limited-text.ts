import { typeBase, typeLabel } from "../ast.js";
import { declaredColumns } from "../columns.js";
import type { Rule } from "./rule.js";

/** char(n), char, varchar(n) in a declared column. squawk ban-char-field and prefer-text-field. */
export const lengthLimitedText: Rule = (context) => {
  for (const { column, name } of declaredColumns(context.node)) {
    const base = typeBase(column.typeName);
    const limited = base === "bpchar" || base === "char" || (base === "varchar" && (column.typeName?.typmods ?? []).length > 0);
    if (limited) context.report("MIGRATION_LENGTH_LIMITED_TEXT", context.at(column.typeName?.location), { column: name, type: typeLabel(column.typeName) });
  }
};
