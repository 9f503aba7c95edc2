import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { CATALOG_QUERY, normaliseCatalog } from "./catalog.js";
import { SHIPPED_EXTENSIONS } from "./extensions.js";
import { WORKER_SOURCE } from "./worker-source.js";

/** What Postgres said when it refused a statement, or that it did not finish in time. */
export interface StatementError {
  message: string;
  sqlstate: string;
  /** 1-based character offset into the statement, when Postgres gave one. */
  position?: number;
  /** The statement was stopped after the statement timeout; the database is gone until the next reset. */
  timedOut?: boolean;
}

/** The embedded Postgres a run applies its migrations to: one per run, reset between sequences. */
export interface Database {
  /** Runs one statement on its own (autocommit, as a migration tool sends it). */
  run(sql: string): Promise<StatementError | undefined>;
  /** The schema now, normalised for comparison. */
  catalog(): Promise<Map<string, string>>;
  /** Back to an empty database: every schema, extension and session setting dropped (a new one after a timeout, or when dropping fails). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** SQL names of the extensions to load (only shipped ones are loaded). */
  extensions: readonly string[];
  /** Where the initialised cluster is kept between runs (initdb takes seconds, loading a copy a fraction). */
  cacheDir?: string;
  /** How long one statement (or one catalog read) may run before it is stopped. Default 60 s. */
  statementTimeoutMs?: number;
}

interface Reply {
  id?: number;
  error?: StatementError;
  rows?: { key: string; def: string | null }[];
  ready?: boolean;
  fatal?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** Starting Postgres (initdb on a first run, on a busy machine) takes longer than any statement should. */
const START_TIMEOUT_MS = 180_000;

/**
 * Starts PGlite (Postgres 18 compiled to WebAssembly) in a worker thread. Loaded only here: it is 27 MB and
 * nothing but `check --execute` needs it. PGlite blocks the thread it runs in for as long as a statement runs
 * and ignores statement_timeout, so a statement that does not end is stopped by terminating the worker.
 * The first run initialises a cluster and saves it; later runs load that copy. Throws when PGlite cannot
 * be found or started (the caller reports it).
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const require = createRequire(import.meta.url);
  const pglite = require.resolve("@electric-sql/pglite");
  const contrib: Record<string, string> = {};
  for (const name of options.extensions) {
    const moduleName = SHIPPED_EXTENSIONS[name];
    if (moduleName !== undefined) contrib[moduleName] = require.resolve(`@electric-sql/pglite/contrib/${moduleName}`);
  }
  const workerData = { pglite, contrib, cacheFile: join(options.cacheDir ?? defaultCacheDir(), `cluster-${pgliteVersion(pglite)}.tar`) };
  const timeout = options.statementTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  let worker = await startWorker(workerData);
  let nextId = 0;
  let alive = true;

  const ask = (message: { op: string; sql?: string }, limit = timeout): Promise<Reply> =>
    new Promise((resolve, reject) => {
      if (!alive) return resolve({ error: { message: "the embedded Postgres was stopped after a statement timed out", sqlstate: "57014", timedOut: true } });
      const id = nextId++;
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(reply);
      };
      const onError = (error: Error) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        alive = false;
        reject(error);
      };
      const timer = setTimeout(() => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        alive = false;
        void worker.terminate();
        resolve({ error: { message: `it was still running after ${Math.round(limit / 1000)} s and was stopped`, sqlstate: "57014", timedOut: true } });
      }, limit);
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.postMessage({ id, ...message });
    });

  return {
    async run(sql) {
      return (await ask({ op: "run", sql })).error;
    },
    async catalog() {
      const reply = await ask({ op: "catalog", sql: CATALOG_QUERY });
      if (reply.error) throw new Error(`reading the catalog failed: ${reply.error.message}`);
      return normaliseCatalog(reply.rows ?? []);
    },
    async reset() {
      if (alive) {
        const reply = await ask({ op: "reset", sql: RESET_SQL });
        if (!reply.error) return;
        // Dropping everything in place can fail inside PGlite (a GiST index on an extension's type leaves
        // "cache lookup failed for function"): a new Postgres from the saved cluster is empty just the same.
        alive = false;
        await worker.terminate();
      }
      worker = await startWorker(workerData);
      alive = true;
    },
    async close() {
      if (alive) await ask({ op: "close" }, 10_000).catch(() => undefined);
      alive = false;
      await worker.terminate();
    },
  };
}

/** A worker with PGlite started in it; rejects when PGlite cannot start. */
function startWorker(workerData: { pglite: string; contrib: Record<string, string>; cacheFile: string }): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the embedded Postgres did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once("message", (reply: Reply) => {
      clearTimeout(timer);
      if (reply.ready) resolve(worker);
      else {
        void worker.terminate();
        reject(new Error(reply.fatal ?? "the embedded Postgres did not start"));
      }
    });
  });
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

function defaultCacheDir(): string {
  return join(process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"), "backend-architect", "pglite");
}

/** The installed PGlite's version, so a cluster from another version is never loaded. */
function pgliteVersion(entry: string): string {
  const require = createRequire(import.meta.url);
  let folder = dirname(entry);
  for (let depth = 0; depth < 4; depth++, folder = dirname(folder)) {
    try {
      const manifest = require(join(folder, "package.json")) as { name?: string; version?: string };
      if (manifest.name === "@electric-sql/pglite" && manifest.version) return manifest.version;
    } catch {
      // keep walking up
    }
  }
  return "unknown";
}
