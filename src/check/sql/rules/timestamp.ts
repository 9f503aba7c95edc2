import { typeBase } from "../ast.js";
import { declaredColumns } from "../columns.js";
import type { Rule } from "./rule.js";

/** timestamp without time zone in a declared column. squawk prefer-timestamptz. */
export const timestampWithoutTimeZone: Rule = (context) => {
  for (const { column, name } of declaredColumns(context.node)) {
    if (typeBase(column.typeName) === "timestamp") context.report("MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE", context.at(column.typeName?.location), { column: name });
  }
};
