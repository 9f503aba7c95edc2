import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { CATALOG_QUERY, normaliseCatalog } from "./catalog.js";
import { SHIPPED_EXTENSIONS } from "./extensions.js";

/** What Postgres said when it refused a statement. */
export interface StatementError {
  message: string;
  sqlstate: string;
  /** 1-based character offset into the statement, when Postgres gave one. */
  position?: number;
}

/** The embedded Postgres a run applies its migrations to: one per run, reset between sequences. */
export interface Database {
  /** Runs one statement on its own (autocommit, as a migration tool sends it). */
  run(sql: string): Promise<StatementError | undefined>;
  /** The schema now, normalised for comparison. */
  catalog(): Promise<Map<string, string>>;
  /** Back to an empty database: every schema, extension and session setting dropped. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

interface PgliteInstance {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
  dumpDataDir(compression?: "none" | "gzip" | "auto"): Promise<Blob>;
  close(): Promise<void>;
  waitReady: Promise<void>;
}
interface PgliteModule {
  PGlite: new (options?: Record<string, unknown>) => PgliteInstance;
}

export interface OpenOptions {
  /** SQL names of the extensions to load (only shipped ones are loaded). */
  extensions: readonly string[];
  /** Where the initialised cluster is kept between runs (initdb takes seconds, loading a copy a fraction). */
  cacheDir?: string;
}

/**
 * Starts PGlite (Postgres 18 compiled to WebAssembly, in this process). Loaded only here: it is 27 MB and
 * nothing but `check --execute` needs it. The first run initialises a cluster and saves it; later runs
 * load that copy. Throws when PGlite cannot be loaded or started (the caller reports it).
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const module = (await import("@electric-sql/pglite")) as unknown as PgliteModule;
  const extensions: Record<string, unknown> = {};
  for (const name of options.extensions) {
    const moduleName = SHIPPED_EXTENSIONS[name];
    if (moduleName === undefined) continue;
    const contrib = (await import(`@electric-sql/pglite/contrib/${moduleName}`)) as Record<string, unknown>;
    extensions[moduleName] = contrib[moduleName];
  }
  const cacheFile = join(options.cacheDir ?? defaultCacheDir(), `cluster-${pgliteVersion()}.tar`);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const db = new module.PGlite({ extensions, ...(cached ? { loadDataDir: new Blob([cached]) } : {}) });
  await db.waitReady;
  if (!cached) await saveCluster(db, cacheFile);
  return {
    async run(sql) {
      try {
        await db.exec(sql);
        return undefined;
      } catch (error) {
        const details = error as { message?: string; code?: string; position?: string | number };
        const position = Number(details.position);
        return {
          message: details.message ?? String(error),
          sqlstate: details.code ?? "unknown",
          ...(Number.isInteger(position) && position > 0 ? { position } : {}),
        };
      }
    },
    async catalog() {
      // Prepared once and executed after each migration: planning this query costs as much as running it.
      // A migration may deallocate it (DISCARD ALL); then it is prepared again.
      const read = () => db.query<{ key: string; def: string | null }>("EXECUTE backend_architect_catalog");
      const rows = await read().catch(async () => {
        await db.exec(`PREPARE backend_architect_catalog AS ${CATALOG_QUERY}`);
        return read();
      });
      return normaliseCatalog(rows.rows);
    },
    async reset() {
      await db.exec("ROLLBACK").catch(() => undefined);
      await db.exec(RESET_SQL);
    },
    close: () => db.close(),
  };
}

const RESET_SQL = `
RESET ALL;
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', item.extname);
  END LOOP;
  FOR item IN SELECT nspname FROM pg_namespace
    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', item.nspname);
  END LOOP;
END $$;
CREATE SCHEMA public;
`;

/** Saves a fresh cluster for the next run; a failure only costs the next run its initdb. */
async function saveCluster(db: PgliteInstance, file: string): Promise<void> {
  try {
    const dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, dump);
    renameSync(temporary, file);
  } catch {
    // No cache: the next run initialises again.
  }
}

function defaultCacheDir(): string {
  return join(process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"), "backend-architect", "pglite");
}

/** The installed PGlite's version, so a cluster from another version is never loaded. */
function pgliteVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    let folder = dirname(main);
    for (let depth = 0; depth < 4; depth++, folder = dirname(folder)) {
      try {
        const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name?: string; version?: string };
        if (manifest.name === "@electric-sql/pglite" && manifest.version) return manifest.version;
      } catch {
        // keep walking up
      }
    }
  } catch {
    // fall through
  }
  return "unknown";
}
