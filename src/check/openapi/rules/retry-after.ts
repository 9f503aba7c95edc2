import { header, methodName, responsePlace } from "../operations.js";
import type { Rule } from "./context.js";

const RETRYABLE = ["429", "503"] as const;

/**
 * Every operation declares 429 and 503, each with `Retry-After`, so clients back off as told. HEAD
 * and OPTIONS (preflight) are left out.
 */
export const retryAfter: Rule = ({ view, operations, report }) => {
  for (const operation of operations) {
    if (operation.method === "head" || operation.method === "options") continue;
    const missing = RETRYABLE.filter((status) => !operation.statuses.includes(status));
    if (missing.length > 0) {
      report("OPENAPI_RETRY_RESPONSE_MISSING", operation.node, "key", { method: methodName(operation), path: operation.path, missing: missing.join(" or ") });
    }
    for (const response of operation.responses) {
      if (!(RETRYABLE as readonly string[]).includes(response.status) || header(view, response, "Retry-After")) continue;
      const place = responsePlace(response);
      report("OPENAPI_RETRY_AFTER_MISSING", place.node, place.part, { status: response.status });
    }
  }
};
