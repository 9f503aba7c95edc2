import { schemaTypes, walkSchemas } from "../schema.js";
import type { Rule } from "./context.js";

/** Formats whose values have a fixed or small length. `email` and `uri` do not: they need a maxLength. */
const BOUNDED_FORMATS = new Set(["uuid", "date", "date-time", "time", "ipv4", "ipv6", "duration", "int32", "int64", "binary"]);

/**
 * "Validate every input" (and OWASP API4): in request bodies, every string has a maxLength (or an
 * enum, a const, a fixed-length format, or an anchored pattern without open-ended repetition) and
 * every array a maxItems. Read-only properties are not input and are skipped.
 */
export const inputs: Rule = ({ view, operations, report }) => {
  const starts = operations.flatMap(({ requestBody }) =>
    requestBody ? view.entries(view.child(requestBody, "content")).map(([, media]) => view.child(media, "schema")) : [],
  );
  walkSchemas(view, starts, (schema, via) => {
    if (schema.value.readOnly === true) return false;
    const name = via?.name !== undefined ? `"${via.name}"` : via?.keyword === "items" ? "items" : "in the request body";
    const types = schemaTypes(view, schema);
    const value = schema.value;
    if (types.has("string") && !isBoundedString(value)) report("OPENAPI_INPUT_STRING_UNBOUNDED", schema, "key", { name });
    if (types.has("array") && value.maxItems === undefined) report("OPENAPI_INPUT_ARRAY_UNBOUNDED", schema, "key", { name });
    return true;
  });
};

function isBoundedString(schema: Record<string, unknown>): boolean {
  if (schema.maxLength !== undefined || schema.enum !== undefined || schema.const !== undefined) return true;
  if (typeof schema.format === "string" && BOUNDED_FORMATS.has(schema.format)) return true;
  const pattern = schema.pattern;
  return typeof pattern === "string" && pattern.startsWith("^") && pattern.endsWith("$") && !/[*+]|\{\d*,\}/.test(pattern.replace(/\\./g, ""));
}
