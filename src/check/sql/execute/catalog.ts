/**
 * One row per schema object, `(key, def)`, for comparing the schema before up with the schema after
 * down. Objects owned by extensions are left out (the extension itself is one row). int8 values are
 * cast to text (a JSON number loses their precision in JavaScript). NOT NULL is compared on the column: Postgres 18
 * also names it as a constraint, after the table's name when it was made, which a renamed table keeps.
 */
export const CATALOG_QUERY = `
WITH nsp AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'
), ext AS (
  SELECT objid FROM pg_depend WHERE deptype = 'e'
), rel AS (
  SELECT c.oid, n.nspname || '.' || c.relname AS name, c.relkind, c.relrowsecurity
  FROM pg_class c JOIN nsp n ON n.oid = c.relnamespace WHERE c.oid NOT IN (SELECT objid FROM ext)
)
SELECT 'schema ' || nspname AS key, '' AS def FROM nsp
UNION ALL SELECT 'extension ' || extname, extversion FROM pg_extension WHERE extname <> 'plpgsql'
UNION ALL SELECT CASE relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' ELSE 'table ' END || name,
  json_build_object('kind', relkind, 'rls', relrowsecurity,
    'partition', CASE WHEN relkind = 'p' THEN pg_get_partkeydef(oid) END,
    'view', CASE WHEN relkind IN ('v', 'm') THEN pg_get_viewdef(oid, true) END,
    'comment', obj_description(oid, 'pg_class'))::text
  FROM rel WHERE relkind IN ('r', 'p', 'f', 'v', 'm')
UNION ALL SELECT 'index ' || r.name || '.' || ic.relname, pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN rel r ON r.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
UNION ALL SELECT 'column ' || r.name || '.' || a.attname,
  json_build_object('type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull, 'default', pg_get_expr(d.adbin, d.adrelid),
    'identity', a.attidentity, 'generated', a.attgenerated, 'collation', CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END,
    'comment', col_description(r.oid, a.attnum))::text
  FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'constraint ' || r.name || '.' || co.conname, co.contype::text || ' ' || pg_get_constraintdef(co.oid, true)
  FROM pg_constraint co JOIN rel r ON r.oid = co.conrelid WHERE co.contype <> 'n'
UNION ALL SELECT 'trigger ' || r.name || '.' || tg.tgname, pg_get_triggerdef(tg.oid, true) || ' ' || tg.tgenabled::text
  FROM pg_trigger tg JOIN rel r ON r.oid = tg.tgrelid WHERE NOT tg.tgisinternal
UNION ALL SELECT 'policy ' || r.name || '.' || p.polname,
  json_build_object('cmd', p.polcmd, 'permissive', p.polpermissive, 'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid))::text
  FROM pg_policy p JOIN rel r ON r.oid = p.polrelid
UNION ALL SELECT 'sequence ' || r.name,
  json_build_object('type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text, 'cycle', s.seqcycle)::text
  FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
UNION ALL SELECT 'type ' || n.nspname || '.' || t.typname,
  json_build_object('kind', t.typtype, 'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
    'base', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, 'notNull', t.typnotnull, 'default', t.typdefault,
    'checks', (SELECT json_agg(pg_get_constraintdef(c.oid, true) ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid))::text
  FROM pg_type t JOIN nsp n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('e', 'd') AND t.oid NOT IN (SELECT objid FROM ext)
UNION ALL SELECT 'type ' || n.nspname || '.' || t.typname, 'composite ' || (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid)
  FROM pg_type t JOIN nsp n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
  WHERE t.typtype = 'c' AND c.relkind = 'c' AND t.oid NOT IN (SELECT objid FROM ext)
UNION ALL SELECT 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', pg_get_functiondef(p.oid)
  FROM pg_proc p JOIN nsp n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p', 'w') AND p.oid NOT IN (SELECT objid FROM ext)
`;

/** A frozen instant (`'now'` evaluated when a default or a view was created) differs between runs by design. */
const FROZEN_TIMESTAMP = /'\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d(?::?\d\d)?)?'::timestamp(?:\(\d\))?(?: with(?:out)? time zone)?/g;

/** The catalog as a map from object to definition, normalised for comparison. */
export function normaliseCatalog(rows: readonly { key: string; def: string | null }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.key, (row.def ?? "").replace(FROZEN_TIMESTAMP, "'<frozen timestamp>'::timestamp")]));
}

/** Kinds of object that belong to a table (or view), keyed `<kind> <schema>.<table>.<name>`. */
const PARTS = ["column", "constraint", "index", "trigger", "policy"];
/** Whole objects first, in this order, then their parts. */
const ORDER = ["schema", "extension", "table", "view", "materialized", "sequence", "type", "function"];

/**
 * What differs between two catalogs, each as "<object> left behind", "<object> missing" or "<object>
 * changed". The parts of a table that is itself left behind or missing are not listed again.
 */
export function catalogDifferences(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const found: { key: string; what: string }[] = [];
  for (const [key, def] of after) {
    if (!before.has(key)) found.push({ key, what: "left behind" });
    else if (before.get(key) !== def) found.push({ key, what: "changed" });
  }
  for (const key of before.keys()) if (!after.has(key)) found.push({ key, what: "missing" });
  const whole = new Set(found.filter(({ key, what }) => what !== "changed" && /^(table|view|materialized view) /.test(key)).map(({ key }) => key.replace(/^(table|view|materialized view) /, "")));
  const kind = (key: string) => key.split(" ")[0] ?? "";
  const rank = (key: string) => (ORDER.includes(kind(key)) ? ORDER.indexOf(kind(key)) : ORDER.length);
  return found
    .filter(({ key }) => {
      if (!PARTS.includes(kind(key))) return true;
      const name = key.slice(kind(key).length + 1);
      return ![...whole].some((table) => name.startsWith(`${table}.`));
    })
    .sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, what }) => `${key} ${what}`);
}

