import { findParameter } from "../operations.js";
import type { Rule } from "./context.js";
import { isQueryAction } from "./paths.js";

/**
 * Every POST takes an `Idempotency-Key` header, except searches and queries sent as POST for their
 * body. The prompt asks for it on a POST that "creates, charges or sends"; nearly every POST does one
 * of those, and a contract cannot say which ones do not, so the rule errs on the side of retries.
 */
export const idempotency: Rule = ({ operations, report }) => {
  for (const operation of operations) {
    if (operation.method !== "post" || isQueryAction(operation)) continue;
    if (findParameter(operation, "header", (name) => name.toLowerCase() === "idempotency-key")) continue;
    report("OPENAPI_IDEMPOTENCY_KEY_MISSING", operation.node, "key", { path: operation.path });
  }
};
