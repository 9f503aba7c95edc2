import { placeKey, type Node, type SpecView } from "./view.js";
import { isObject, type JsonObject } from "./values.js";

/** Keys whose value is one schema, a list of schemas, or a map of named schemas (JSON Schema 2020-12 and OAS 3.0). */
const SINGLE = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems"];
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
const MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"];

export interface SchemaChild {
  /** `properties`, `items`, `allOf`, ... */
  keyword: string;
  /** The property name for `properties`, else undefined. */
  name: string | undefined;
  node: Node;
}

/** The subschemas written directly in a schema (not yet dereferenced). */
export function childSchemas(view: SpecView, schema: Node<JsonObject>): SchemaChild[] {
  const children: SchemaChild[] = [];
  for (const keyword of SINGLE) {
    if (isObject(schema.value[keyword])) children.push({ keyword, name: undefined, node: view.child(schema, keyword) });
  }
  for (const keyword of LISTS) {
    const list = schema.value[keyword];
    if (Array.isArray(list)) list.forEach((_, index) => children.push({ keyword, name: undefined, node: view.child(view.child(schema, keyword), index) }));
  }
  for (const keyword of MAPS) {
    const map = schema.value[keyword];
    if (!isObject(map)) continue;
    for (const name of Object.keys(map)) children.push({ keyword, name, node: view.child(view.child(schema, keyword), name) });
  }
  return children;
}

/**
 * Visits every schema reachable from the starting ones once, after `$ref`s, depth first. `enter`
 * may return false to skip a schema's subschemas.
 */
export function walkSchemas(
  view: SpecView,
  starts: readonly Node[],
  enter: (schema: Node<JsonObject>, via: SchemaChild | undefined) => boolean | void,
): void {
  const seen = new Set<string>();
  const stack: { node: Node; via: SchemaChild | undefined }[] = starts.map((node) => ({ node, via: undefined })).reverse();
  while (stack.length > 0) {
    const { node, via } = stack.pop() as { node: Node; via: SchemaChild | undefined };
    const schema = view.deref(node);
    if (!isObject(schema.value)) continue;
    const key = placeKey(schema.at);
    if (seen.has(key)) continue;
    seen.add(key);
    if (enter(schema as Node<JsonObject>, via) === false) continue;
    const children = childSchemas(view, schema as Node<JsonObject>);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as SchemaChild;
      stack.push({ node: child.node, via: child });
    }
  }
}

/**
 * Every schema root the document holds: `components/schemas`, and each `schema` of a parameter,
 * header or media type anywhere (paths, webhooks, callbacks, components, and the files `$ref`s reach).
 * Examples are data, not structure, and are skipped.
 */
export function schemaRoots(view: SpecView): Node[] {
  const roots: Node[] = [];
  const seen = new Set<string>();
  const stack: Node[] = [view.root];
  while (stack.length > 0) {
    const node = view.deref(stack.pop() as Node);
    const key = placeKey(node.at);
    if (seen.has(key)) continue;
    seen.add(key);
    if (Array.isArray(node.value)) {
      node.value.forEach((_, index) => stack.push(view.child(node, index)));
      continue;
    }
    if (!isObject(node.value)) continue;
    const pointer = node.at.pointer;
    const inComponentSchemas = pointer.length === 2 && pointer[0] === "components" && pointer[1] === "schemas";
    for (const [name, child] of view.entries(node)) {
      if (inComponentSchemas || name === "schema") roots.push(child);
      else if (name !== "example" && name !== "examples") stack.push(child);
    }
  }
  return roots;
}

/** Every schema in the document, each once. */
export function allSchemas(view: SpecView): Node<JsonObject>[] {
  const schemas: Node<JsonObject>[] = [];
  walkSchemas(view, schemaRoots(view), (schema) => {
    schemas.push(schema);
  });
  return schemas;
}

/** Types a schema declares, through `allOf`/`oneOf`/`anyOf` when it declares none itself ("null" left out). */
export function schemaTypes(view: SpecView, schema: Node, depth = 0): Set<string> {
  const found = new Set<string>();
  const target = view.deref(schema);
  if (!isObject(target.value) || depth > 8) return found;
  const own = target.value.type;
  if (typeof own === "string") found.add(own);
  else if (Array.isArray(own)) for (const type of own) if (typeof type === "string") found.add(type);
  if (found.size === 0) {
    for (const keyword of ["allOf", "oneOf", "anyOf"]) {
      for (const member of view.items(view.child(target, keyword))) for (const type of schemaTypes(view, member, depth + 1)) found.add(type);
    }
  }
  found.delete("null");
  return found;
}

/** A keyword's value on the schema, or on the first `allOf`/`oneOf`/`anyOf` member that has it. */
export function schemaKeyword(view: SpecView, schema: Node, keyword: string, depth = 0): unknown {
  const target = view.deref(schema);
  if (!isObject(target.value) || depth > 8) return undefined;
  if (target.value[keyword] !== undefined) return target.value[keyword];
  for (const combinator of ["allOf", "oneOf", "anyOf"]) {
    for (const member of view.items(view.child(target, combinator))) {
      const found = schemaKeyword(view, member, keyword, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The properties a schema defines, its `allOf` members' included, by name (the first definition wins). */
export function schemaProperties(view: SpecView, schema: Node, depth = 0): Map<string, Node> {
  const found = new Map<string, Node>();
  const target = view.deref(schema);
  if (!isObject(target.value) || depth > 8) return found;
  for (const [name, node] of view.entries(view.child(target, "properties"))) found.set(name, node);
  for (const member of view.items(view.child(target, "allOf"))) {
    for (const [name, node] of schemaProperties(view, member, depth + 1)) if (!found.has(name)) found.set(name, node);
  }
  return found;
}
