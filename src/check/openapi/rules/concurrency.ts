import { findParameter, header, methodName, responsePlace } from "../operations.js";
import type { Rule } from "./context.js";
import { endsInParameter } from "./paths.js";

/**
 * Optimistic concurrency: a read of one resource (`GET /orders/{orderId}`) returns an `ETag`; every
 * PUT and PATCH takes `If-Match` and declares 412 for a stale one.
 */
export const concurrency: Rule = ({ view, operations, report }) => {
  for (const operation of operations) {
    if (operation.method === "get" && endsInParameter(operation.path)) {
      const ok = operation.responses.find((r) => r.status === "200");
      if (ok && !header(view, ok, "ETag")) {
        const place = responsePlace(ok);
        report("OPENAPI_ETAG_MISSING", place.node, place.part, { path: operation.path });
      }
    }
    if (operation.method === "put" || operation.method === "patch") {
      const args = { method: methodName(operation), path: operation.path };
      if (!findParameter(operation, "header", (name) => name.toLowerCase() === "if-match")) report("OPENAPI_IF_MATCH_MISSING", operation.node, "key", args);
      if (!operation.responses.some((r) => r.status === "412")) report("OPENAPI_PRECONDITION_FAILED_MISSING", operation.node, "key", args);
    }
  }
};
