import type { ColumnDef, Node, RangeVar, TypeName } from "libpg-query";

type UnionKeys<T> = T extends unknown ? keyof T : never;

/** The name of a node kind, e.g. "IndexStmt". */
export type NodeKind = UnionKeys<Node>;

/** The payload of a node of kind `K`. */
export type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>> extends infer N ? (N extends Record<K, infer V> ? V : never) : never;

/** The payload of `node` when it is of kind `kind`. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  return node !== undefined && kind in node ? (node as Record<K, NodeOf<K>>)[kind] : undefined;
}

/** The sval of each String node in a list (names, qualified names). */
export function names(list: readonly Node[] | undefined): string[] {
  return (list ?? []).flatMap((item) => {
    const value = nodeAs(item, "String")?.sval;
    return value === undefined ? [] : [value];
  });
}

/** How a table is keyed in the sequence state: `schema.name`, with `public.` left out. */
export function tableKey(relation: RangeVar | undefined): string {
  const name = relation?.relname ?? "?";
  const schema = relation?.schemaname;
  return schema && schema !== "public" ? `${schema}.${name}` : name;
}

/** A relation as written, for messages: `schema.name` or `name`. */
export function tableLabel(relation: RangeVar | undefined): string {
  const name = relation?.relname ?? "?";
  return relation?.schemaname ? `${relation.schemaname}.${name}` : name;
}

/** A type's base name, lower case, without `pg_catalog.`: "int4", "varchar", "timestamptz", "serial". */
export function typeBase(type: TypeName | undefined): string {
  const parts = names(type?.names);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}

/** A type as a person writes it, for messages. */
export function typeLabel(type: TypeName | undefined): string {
  const base = typeBase(type);
  const label = TYPE_LABELS[base] ?? base;
  const mods = (type?.typmods ?? []).flatMap((mod) => {
    const value = nodeAs(mod, "A_Const")?.ival?.ival;
    return value === undefined ? [] : [String(value)];
  });
  return `${label}${mods.length > 0 ? `(${mods.join(",")})` : ""}${(type?.arrayBounds?.length ?? 0) > 0 ? "[]" : ""}`;
}

const TYPE_LABELS: Record<string, string> = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bpchar: "char",
  varchar: "varchar",
  timestamp: "timestamp",
  timestamptz: "timestamptz",
  bool: "boolean",
};

/** The constraints written on a column. */
export function columnConstraints(column: ColumnDef) {
  return (column.constraints ?? []).flatMap((item) => {
    const constraint = nodeAs(item, "Constraint");
    return constraint ? [constraint] : [];
  });
}

/** Visits every node below `value` (objects and arrays), depth first. */
export function walk(value: unknown, visit: (kind: string, payload: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === "object" && child !== null && !Array.isArray(child) && /^[A-Z]/.test(key)) visit(key, child as Record<string, unknown>);
    walk(child, visit);
  }
}

/** The serial pseudo-types: an integer column with its own sequence as default. */
export const SERIAL_TYPES = new Set(["serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"]);
