import { methodName, responsePlace, type Response } from "../operations.js";
import { schemaProperties } from "../schema.js";
import { isObject } from "../values.js";
import type { Rule } from "./context.js";

const ERROR_STATUS = /^([45]\d\d|[45]XX|default)$/i;
const PROBLEM_FIELDS = ["type", "title", "status"] as const;

/**
 * Error responses (4xx, 5xx and `default`) are RFC 9457 problem details: `application/problem+json`
 * whose schema has `type`, `title` and `status`. HEAD responses have no body and are left out.
 */
export const problemDetails: Rule = ({ view, operations, report }) => {
  for (const operation of operations) {
    if (operation.method === "head") continue;
    for (const response of operation.responses) {
      if (!ERROR_STATUS.test(response.status)) continue;
      const media = view.entries(view.child(response.definition, "content")).find(([type]) => /^application\/problem\+json\b/i.test(type));
      if (!media) {
        const place = responsePlace(response);
        report("OPENAPI_ERROR_NOT_PROBLEM_DETAILS", place.node, place.part, {
          status: response.status,
          response: describe(response, `${methodName(operation)} ${operation.path}`),
        });
        continue;
      }
      const schema = view.deref(view.child(media[1], "schema"));
      const properties = isObject(schema.value) ? schemaProperties(view, schema) : new Map();
      const missing = PROBLEM_FIELDS.filter((field) => !properties.has(field));
      if (missing.length === 0) continue;
      const at = isObject(schema.value) ? schema : view.child(media[1], "schema");
      report("OPENAPI_PROBLEM_SCHEMA_INCOMPLETE", isObject(schema.value) ? at : media[1], "key", { missing: missing.map((f) => `"${f}"`).join(", ") });
    }
  }
};

/** "of GET /orders" for an inline response, the shared response's name otherwise. */
function describe(response: Response, operation: string): string {
  if (!response.shared) return `of ${operation}`;
  return `"${response.definition.at.pointer.at(-1) ?? response.status}" (used by ${operation})`;
}
