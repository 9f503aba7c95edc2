import type { Node, SpecView } from "./view.js";
import { isObject, stringAt, type JsonObject } from "./values.js";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Parameter {
  /** Where the operation lists it: the `$ref` or the inline definition. */
  site: Node;
  definition: Node<JsonObject>;
  name: string;
  in: string;
  /** The parameter's schema, dereferenced (from `schema`, or the first `content` entry). */
  schema: Node | undefined;
}

export interface Response {
  status: string;
  /** The entry under `responses`: the status key is where an inline response is reported. */
  site: Node;
  definition: Node<JsonObject>;
  /** True when the response came through a `$ref`: the fix belongs to the shared definition. */
  shared: boolean;
}

export interface Operation {
  method: string;
  path: string;
  /** The operation object; its key (`get`, `post`, ...) is where operation findings go. */
  node: Node<JsonObject>;
  parameters: Parameter[];
  responses: Response[];
  /** Every status the operation declares, including responses whose `$ref` could not be followed. */
  statuses: string[];
  /** The dereferenced request body, if any. */
  requestBody: Node<JsonObject> | undefined;
}

/** Every operation under `paths`, with path-level parameters merged in (the operation's win). */
export function operations(view: SpecView): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of view.entries(view.child(view.root, "paths"))) {
    const pathItem = view.deref(item);
    if (!isObject(pathItem.value)) continue;
    const shared = parameters(view, view.child(pathItem, "parameters"));
    for (const method of METHODS) {
      const node = view.child(pathItem, method);
      if (!isObject(node.value)) continue;
      const own = parameters(view, view.child(node, "parameters"));
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      found.push({
        method,
        path,
        node: node as Node<JsonObject>,
        parameters: merged,
        responses: responses(view, view.child(node, "responses")),
        statuses: view.entries(view.child(node, "responses")).map(([status]) => status),
        requestBody: view.object(node, "requestBody"),
      });
    }
  }
  return found;
}

function parameters(view: SpecView, list: Node): Parameter[] {
  return view.items(list).flatMap((site) => {
    const definition = view.deref(site);
    if (!isObject(definition.value)) return [];
    const name = stringAt(definition.value, "name");
    const where = stringAt(definition.value, "in");
    if (name === undefined || where === undefined) return [];
    return [{ site, definition: definition as Node<JsonObject>, name, in: where, schema: parameterSchema(view, definition) }];
  });
}

function parameterSchema(view: SpecView, parameter: Node): Node | undefined {
  const schema = view.deref(view.child(parameter, "schema"));
  if (schema.value !== undefined) return schema;
  const [first] = view.entries(view.child(parameter, "content"));
  if (!first) return undefined;
  const inner = view.deref(view.child(first[1], "schema"));
  return inner.value === undefined ? undefined : inner;
}

function responses(view: SpecView, map: Node): Response[] {
  return view.entries(map).flatMap(([status, site]) => {
    const definition = view.deref(site);
    if (!isObject(definition.value)) return [];
    const shared = isObject(site.value) && typeof site.value.$ref === "string";
    return [{ status, site, definition: definition as Node<JsonObject>, shared }];
  });
}

/** The place to report a fact about a response: the status key inline, the definition's name when shared. */
export function responsePlace(response: Response): { node: Node; part: "key" } {
  return { node: response.shared ? response.definition : response.site, part: "key" };
}

export function header(view: SpecView, response: Response, name: string): Node | undefined {
  const wanted = name.toLowerCase();
  const found = view.entries(view.child(response.definition, "headers")).find(([key]) => key.toLowerCase() === wanted);
  return found?.[1];
}

export function findParameter(operation: Operation, where: string, test: (name: string) => boolean): Parameter | undefined {
  return operation.parameters.find((p) => p.in === where && test(p.name));
}

/** `POST`, as messages write methods. */
export function methodName(operation: Operation): string {
  return operation.method.toUpperCase();
}
