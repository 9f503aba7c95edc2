import { isPlural, kebabCase, pluralOf } from "../names.js";
import type { Rule } from "./context.js";
import { isParameterSegment, segments } from "./paths.js";

const KEBAB = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const VERSION = /^v\d+([.-]\w+)?$/i;

/**
 * Paths are lowercase kebab-case (parameters keep their own names), and a segment that an id
 * follows (`/orders/{orderId}`) is a plural collection.
 */
export const pathNames: Rule = ({ view, report }) => {
  for (const [path] of view.entries(view.child(view.root, "paths"))) {
    const parts = segments(path);
    const at = view.child(view.child(view.root, "paths"), path);
    for (const [index, segment] of parts.entries()) {
      if (isParameterSegment(segment)) continue;
      const fixed = segment.replace(/\{[^}]*\}/g, "");
      const isKebab = segment.includes("{") ? /^[a-z0-9.:-]*$/.test(fixed) : KEBAB.test(segment.replace(/^\./, ""));
      if (!isKebab) {
        report("OPENAPI_PATH_NOT_KEBAB_CASE", at, "key", { segment, suggestion: segment.includes("{") ? segment : kebabCase(segment) });
        continue;
      }
      const next = parts[index + 1];
      if (next !== undefined && isParameterSegment(next) && !segment.includes("{") && !VERSION.test(segment) && !isPlural(segment)) {
        report("OPENAPI_PATH_NOT_PLURAL", at, "key", { segment, suggestion: pluralOf(segment) });
      }
    }
  }
};
