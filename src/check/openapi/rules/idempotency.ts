import { findParameter, type Operation } from "../operations.js";
import { isObject } from "../values.js";
import type { Rule } from "./context.js";
import { isQueryAction, lastAction } from "./paths.js";

/** OAuth 2 endpoints (RFC 6749, 7009, 7662): form posts whose clients are OAuth libraries, not ours to change. */
const OAUTH_ENDPOINT = /^(token|revoke|introspect)$/;

/**
 * Every POST takes an `Idempotency-Key` header, except searches and queries sent as POST for their
 * body. The prompt asks for it on a POST that "creates, charges or sends"; nearly every POST does one
 * of those, and a contract cannot say which ones do not, so the rule errs on the side of retries.
 * OAuth token, revocation and introspection endpoints (form posts) are left out too.
 */
export const idempotency: Rule = ({ operations, report }) => {
  for (const operation of operations) {
    if (operation.method !== "post" || isQueryAction(operation) || isOAuthEndpoint(operation)) continue;
    if (findParameter(operation, "header", (name) => name.toLowerCase() === "idempotency-key")) continue;
    report("OPENAPI_IDEMPOTENCY_KEY_MISSING", operation.node, "key", { path: operation.path });
  }
};

function isOAuthEndpoint(operation: Operation): boolean {
  if (!OAUTH_ENDPOINT.test(lastAction(operation.path) ?? "")) return false;
  const content = operation.requestBody?.value.content;
  return isObject(content) && Object.keys(content).every((type) => type === "application/x-www-form-urlencoded");
}
