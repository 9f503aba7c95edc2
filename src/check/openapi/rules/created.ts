import { isPlural } from "../names.js";
import { header, methodName, responsePlace } from "../operations.js";
import type { Rule } from "./context.js";
import { isParameterSegment, isQueryAction, segments } from "./paths.js";

/**
 * A 201 carries `Location`. A POST to a collection (a plural noun: `POST /orders`) creates, so it
 * answers 201 (or 202 for work that finishes later), not 200.
 */
export const created: Rule = ({ view, operations, report }) => {
  for (const operation of operations) {
    const args = { method: methodName(operation), path: operation.path };
    for (const response of operation.responses) {
      if (response.status !== "201" || header(view, response, "Location")) continue;
      const place = responsePlace(response);
      report("OPENAPI_CREATED_WITHOUT_LOCATION", place.node, place.part, args);
    }
    if (operation.method !== "post" || isQueryAction(operation)) continue;
    const last = segments(operation.path).at(-1);
    if (last === undefined || isParameterSegment(last) || last.includes(":") || !isPlural(last)) continue;
    const success = operation.responses.map((r) => r.status).filter((status) => /^2\d\d$/.test(status));
    if (success.length === 0 || success.includes("201") || success.includes("202")) continue;
    report("OPENAPI_CREATE_NOT_201", operation.node, "key", { path: operation.path, status: success[0] ?? "" });
  }
};
