import { isObject } from "../values.js";
import type { Node, SpecView } from "../view.js";
import type { Rule } from "./context.js";

/** Loopback traffic never crosses a network, so plain http is fine there. */
const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)([:/]|$)/i;

/**
 * OWASP API2 and API8 where they meet the prompt's "security by default": servers and OAuth or
 * OpenID endpoints on https, no HTTP Basic, no API keys in the query string.
 */
export const transport: Rule = ({ view, operations, report }) => {
  const urls: Node[] = [];
  const servers = (owner: Node): void => {
    for (const server of view.items(view.child(owner, "servers"))) urls.push(view.child(server, "url"));
  };
  servers(view.root);
  const pathItems = new Set<Node>();
  for (const [, item] of view.entries(view.child(view.root, "paths"))) pathItems.add(view.deref(item));
  for (const item of pathItems) servers(item);
  for (const operation of operations) servers(operation.node);
  for (const [name, scheme] of view.entries(view.child(view.child(view.root, "components"), "securitySchemes"))) {
    checkScheme(view, name, view.deref(scheme), urls, report);
  }
  for (const url of urls) {
    if (typeof url.value === "string" && /^http:\/\//i.test(url.value) && !LOOPBACK.test(url.value)) {
      report("OPENAPI_URL_NOT_HTTPS", url, "value", { url: url.value });
    }
  }
};

function checkScheme(view: SpecView, name: string, scheme: Node, urls: Node[], report: Parameters<Rule>[0]["report"]): void {
  if (!isObject(scheme.value)) return;
  const { type } = scheme.value;
  if (type === "http" && typeof scheme.value.scheme === "string" && scheme.value.scheme.toLowerCase() === "basic") {
    report("OPENAPI_AUTH_BASIC", view.child(scheme, "scheme"), "value", { scheme: name });
  }
  if (type === "apiKey" && scheme.value.in === "query") report("OPENAPI_API_KEY_IN_QUERY", view.child(scheme, "in"), "value", { scheme: name });
  if (type === "openIdConnect") urls.push(view.child(scheme, "openIdConnectUrl"));
  if (type === "oauth2") {
    for (const [, flow] of view.entries(view.child(scheme, "flows"))) {
      for (const key of ["authorizationUrl", "tokenUrl", "refreshUrl", "deviceAuthorizationUrl"]) urls.push(view.child(flow, key));
    }
  }
}
