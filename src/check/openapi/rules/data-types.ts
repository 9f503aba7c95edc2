import { isCurrencyName, isIdName, isMoneyName, isTimestampName, mayBeMoneyBesideCurrency } from "../names.js";
import { schemaKeyword, schemaTypes } from "../schema.js";
import type { Node, SpecView } from "../view.js";
import type { Rule } from "./context.js";

/** Ids are opaque strings: a property or path parameter named `id`, `orderId`, `order_id` is not a number. */
export const opaqueIds: Rule = ({ view, operations, schemas, report }) => {
  for (const schema of schemas) {
    for (const [name, property] of view.entries(view.child(schema, "properties"))) {
      if (!isIdName(name)) continue;
      const numeric = numericType(view, property);
      if (numeric) report("OPENAPI_ID_NOT_STRING", property, "key", { name, type: numeric });
    }
  }
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      if (parameter.in !== "path" || !isIdName(parameter.name) || !parameter.schema) continue;
      const numeric = numericType(view, parameter.schema);
      if (numeric) report("OPENAPI_ID_NOT_STRING", parameter.schema, "key", { name: parameter.name, type: numeric });
    }
  }
};

/** Money is never a float: an amount-like property typed `number`, or any number beside a `currency`. */
export const money: Rule = ({ view, schemas, report }) => {
  for (const schema of schemas) {
    const properties = view.entries(view.child(schema, "properties"));
    const besideCurrency = properties.some(([name]) => isCurrencyName(name));
    for (const [name, property] of properties) {
      if (!schemaTypes(view, property).has("number")) continue;
      if (isMoneyName(name) || (besideCurrency && mayBeMoneyBesideCurrency(name))) report("OPENAPI_MONEY_FLOAT", property, "key", { name });
    }
  }
};

/** Timestamps (`created_at`, `updatedAt`, `created`) are `type: string, format: date-time`. */
export const timestamps: Rule = ({ view, schemas, report }) => {
  for (const schema of schemas) {
    for (const [name, property] of view.entries(view.child(schema, "properties"))) {
      if (!isTimestampName(name) || view.deref(property).value === undefined) continue;
      const actual = timestampProblem(view, property);
      if (actual) report("OPENAPI_TIMESTAMP_NOT_DATE_TIME", property, "key", { name, actual });
    }
  }
};

function numericType(view: SpecView, schema: Node): string | undefined {
  const types = schemaTypes(view, schema);
  if (types.has("string")) return undefined;
  if (types.has("integer")) return "integer";
  if (types.has("number")) return "number";
  return undefined;
}

function timestampProblem(view: SpecView, schema: Node): string | undefined {
  const types = schemaTypes(view, schema);
  const format = schemaKeyword(view, schema, "format");
  if (types.has("string")) {
    if (format === "date-time") return undefined;
    return typeof format === "string" ? `a string of format "${format}"` : "a string without a format";
  }
  if (types.has("integer")) return "an integer";
  if (types.has("number")) return "a number";
  if (types.size === 0) return format === "date-time" ? undefined : "untyped";
  return `of type ${[...types].join(" or ")}`;
}
