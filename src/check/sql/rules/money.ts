import { typeBase, typeLabel } from "../ast.js";
import { declaredColumns } from "../columns.js";
import type { Rule } from "./rule.js";

const FLOATS = new Set(["float4", "float8", "float"]);

/** Words that make a column hold money, in snake_case or camelCase names. */
const MONEY_WORDS = new Set([
  "price", "prices", "amount", "amounts", "cost", "costs", "total", "subtotal", "balance", "fee", "fees", "salary", "wage", "wages",
  "revenue", "tax", "discount", "payment", "charge", "refund", "money", "budget", "paid", "due", "cents", "credit", "debit", "payout",
]);

/** The money type anywhere, and a floating-point type in a column named for money. No squawk or eugene rule. */
export const moneyType: Rule = (context) => {
  for (const { column, name } of declaredColumns(context.node)) {
    const base = typeBase(column.typeName);
    const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
    if (base === "money" || (FLOATS.has(base) && words.some((word) => MONEY_WORDS.has(word)))) {
      context.report("MIGRATION_MONEY_TYPE", context.at(column.typeName?.location), { column: name, type: typeLabel(column.typeName) });
    }
  }
};
