/**
 * The extensions PGlite ships as contrib modules, by their SQL name, with the module that provides each
 * (`@electric-sql/pglite/contrib/<module>`, exporting `<module>`). Anything else cannot be created there.
 */
export const SHIPPED_EXTENSIONS: Readonly<Record<string, string>> = {
  amcheck: "amcheck",
  bloom: "bloom",
  btree_gin: "btree_gin",
  btree_gist: "btree_gist",
  citext: "citext",
  cube: "cube",
  dict_int: "dict_int",
  dict_xsyn: "dict_xsyn",
  earthdistance: "earthdistance",
  file_fdw: "file_fdw",
  fuzzystrmatch: "fuzzystrmatch",
  hstore: "hstore",
  intarray: "intarray",
  isn: "isn",
  lo: "lo",
  ltree: "ltree",
  pageinspect: "pageinspect",
  pg_buffercache: "pg_buffercache",
  pg_freespacemap: "pg_freespacemap",
  pg_surgery: "pg_surgery",
  pg_trgm: "pg_trgm",
  pg_visibility: "pg_visibility",
  pg_walinspect: "pg_walinspect",
  pgcrypto: "pgcrypto",
  seg: "seg",
  tablefunc: "tablefunc",
  tcn: "tcn",
  tsm_system_rows: "tsm_system_rows",
  tsm_system_time: "tsm_system_time",
  unaccent: "unaccent",
  "uuid-ossp": "uuid_ossp",
};

/** Ships with Postgres itself: nothing to load. */
export const BUILT_IN_EXTENSIONS = new Set(["plpgsql"]);
