import { methodName, type Operation, type Parameter } from "../operations.js";
import { schemaKeyword, schemaProperties, schemaTypes } from "../schema.js";
import { words } from "../names.js";
import { isObject } from "../values.js";
import type { Node, SpecView } from "../view.js";
import type { Rule } from "./context.js";
import { endsInParameter, segments } from "./paths.js";

const LIMIT = /^(limit|page[_-]?size|per[_-]?page|max[_-]?results)$/i;
const CURSOR = /^(after|before|starting[_-]?after|ending[_-]?before|(page|next|continuation)[_-]?token|next)$/i;
const OFFSET = /^(offset|skip|page|page[_-]?(number|num|index))$/i;
/** Where list responses put their items. */
const LIST_KEYS = new Set(["data", "items", "results", "records", "entries", "edges", "nodes", "elements", "objects", "values", "list", "content", "hits", "rows"]);

const isLimit = (p: Parameter): boolean => p.in === "query" && LIMIT.test(p.name);
/** An opaque cursor is a string; a numeric "page" is an offset in disguise. */
const isCursor = (view: SpecView, p: Parameter): boolean =>
  p.in === "query" && (/cursor/i.test(p.name) || CURSOR.test(p.name) || (OFFSET.test(p.name) && isStringParameter(view, p)));
const isOffset = (view: SpecView, p: Parameter): boolean => p.in === "query" && OFFSET.test(p.name) && !isStringParameter(view, p);

function isStringParameter(view: SpecView, p: Parameter): boolean {
  return p.schema !== undefined && schemaTypes(view, p.schema).has("string");
}

/**
 * Lists are paginated by a `limit` (with a default and a maximum) and an opaque cursor. Offset or page
 * numbers are flagged unless their schema caps them (`maximum`), which says the set is small and bounded.
 */
export const pagination: Rule = ({ view, operations, report }) => {
  for (const operation of operations) {
    if (!isList(view, operation)) continue;
    const args = { method: methodName(operation), path: operation.path };
    const offsets = operation.parameters.filter((p) => isOffset(view, p));
    const unbounded = offsets.filter((p) => p.schema === undefined || schemaKeyword(view, p.schema, "maximum") === undefined);
    for (const offset of unbounded) report("OPENAPI_LIST_OFFSET_PAGINATION", offset.site, "value", { ...args, parameter: offset.name });
    const limit = operation.parameters.find(isLimit);
    if (limit) checkLimit(view, limit, report);
    if (offsets.length > 0 && unbounded.length === 0) continue;
    const hasCursor = operation.parameters.some((p) => isCursor(view, p));
    const missing = [limit ? undefined : "limit", hasCursor ? undefined : "cursor"].filter(Boolean).join(" or ");
    if (missing && unbounded.length === 0) report("OPENAPI_LIST_NOT_CURSOR_PAGINATED", operation.node, "key", { ...args, missing });
  }
};

function checkLimit(view: SpecView, limit: Parameter, report: Parameters<Rule>[0]["report"]): void {
  const schema = limit.schema;
  const missing = [
    schema && schemaKeyword(view, schema, "default") !== undefined ? undefined : "default",
    schema && schemaKeyword(view, schema, "maximum") !== undefined ? undefined : "maximum",
  ].filter(Boolean);
  if (missing.length > 0) report("OPENAPI_LIMIT_UNBOUNDED", limit.definition, "key", { parameter: limit.name, missing: missing.join(" or ") });
}

/** A GET on a collection path whose success response is a list, or that takes paging parameters. */
export function isList(view: SpecView, operation: Operation): boolean {
  if (operation.method !== "get" || endsInParameter(operation.path)) return false;
  if (operation.parameters.some((p) => isLimit(p) || isCursor(view, p) || isOffset(view, p))) return true;
  const success = operation.responses.find((r) => r.status === "200");
  if (!success) return false;
  const schema = jsonSchema(view, success.definition);
  if (!schema) return false;
  const types = schemaTypes(view, schema);
  if (types.has("array")) return true;
  const collection = segments(operation.path).at(-1);
  const collectionKey = collection === undefined ? undefined : words(collection).join("");
  for (const [name, property] of schemaProperties(view, schema)) {
    const key = words(name).join("");
    if ((LIST_KEYS.has(key) || key === collectionKey) && schemaTypes(view, property).has("array")) return true;
  }
  return false;
}

/** The schema of a response's JSON body (`application/json`, `*+json`), if it has one. */
export function jsonSchema(view: SpecView, response: Node): Node | undefined {
  const json = view.entries(view.child(response, "content")).find(([type]) => /json/i.test(type));
  if (!json) return undefined;
  const schema = view.deref(view.child(json[1], "schema"));
  return isObject(schema.value) ? schema : undefined;
}
