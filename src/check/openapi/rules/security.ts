import { methodName } from "../operations.js";
import { isObject } from "../values.js";
import type { Node, SpecView } from "../view.js";
import type { Rule } from "./context.js";

/**
 * Every operation is protected by a requirement, its own or the document's, naming schemes that
 * exist. `security: []` on an operation says it is public on purpose and is accepted; `security: []`
 * for the whole document is not a decision about any one operation, so it protects nothing.
 */
export const security: Rule = ({ view, operations, report }) => {
  const schemes = new Set(view.entries(view.child(view.child(view.root, "components"), "securitySchemes")).map(([name]) => name));
  const global = view.child(view.root, "security");
  const globalProtects = Array.isArray(global.value) && global.value.length > 0;
  checkSchemes(view, global, schemes, report);
  for (const operation of operations) {
    const own = view.child(operation.node, "security");
    if (Array.isArray(own.value)) {
      checkSchemes(view, own, schemes, report);
      continue;
    }
    if (!globalProtects) report("OPENAPI_SECURITY_MISSING", operation.node, "key", { method: methodName(operation), path: operation.path });
  }
};

function checkSchemes(view: SpecView, requirements: Node, schemes: ReadonlySet<string>, report: Parameters<Rule>[0]["report"]): void {
  for (const requirement of view.items(requirements)) {
    if (!isObject(requirement.value)) continue;
    for (const scheme of Object.keys(requirement.value)) {
      if (!schemes.has(scheme)) report("OPENAPI_SECURITY_SCHEME_UNDEFINED", view.child(requirement, scheme), "key", { scheme });
    }
  }
}
