/**
 * The code of the worker thread that runs PGlite, as a CommonJS script (run with `eval: true`, so it needs no
 * file of its own in dist/ or in a bundle). PGlite runs Postgres in the thread that calls it and blocks that
 * thread for as long as a statement runs (statement_timeout has no effect in it); in a worker, a statement
 * that does not end can be stopped by terminating the worker.
 *
 * workerData: { pglite: absolute path of PGlite's CommonJS entry, contrib: { module: path }, cacheFile }.
 * Messages in: { id, op: "run" | "catalog" | "reset" | "close", sql? }; out: { id, error?, rows? }, and
 * { ready: true } or { fatal } once at start.
 */
export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { dirname } = require("node:path");

async function start() {
  const { PGlite } = require(workerData.pglite);
  const extensions = {};
  for (const [name, path] of Object.entries(workerData.contrib)) extensions[name] = require(path)[name];
  let cached;
  try { cached = readFileSync(workerData.cacheFile); } catch { cached = undefined; }
  const db = new PGlite({ extensions, ...(cached ? { loadDataDir: new Blob([cached]) } : {}) });
  await db.waitReady;
  if (!cached) {
    try {
      const dump = Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer());
      mkdirSync(dirname(workerData.cacheFile), { recursive: true });
      const temporary = workerData.cacheFile + "." + process.pid + "." + Date.now() + ".tmp";
      writeFileSync(temporary, dump);
      renameSync(temporary, workerData.cacheFile);
    } catch {
      // no saved cluster: the next run initialises again
    }
  }
  return db;
}

function failure(error) {
  const position = Number(error && error.position);
  return {
    message: (error && error.message) || String(error),
    sqlstate: (error && error.code) || "unknown",
    ...(Number.isInteger(position) && position > 0 ? { position } : {}),
  };
}

start().then((db) => {
  let prepared = false;
  parentPort.on("message", async ({ id, op, sql }) => {
    try {
      if (op === "run") {
        try { await db.exec(sql); parentPort.postMessage({ id }); }
        catch (error) { parentPort.postMessage({ id, error: failure(error) }); }
      } else if (op === "catalog") {
        const read = () => db.query("EXECUTE backend_architect_catalog");
        let result;
        try {
          if (!prepared) throw new Error("not prepared");
          result = await read();
        } catch {
          await db.exec("PREPARE backend_architect_catalog AS " + sql);
          prepared = true;
          result = await read();
        }
        parentPort.postMessage({ id, rows: result.rows });
      } else if (op === "reset") {
        await db.exec("ROLLBACK").catch(() => undefined);
        await db.exec(sql);
        parentPort.postMessage({ id });
      } else if (op === "close") {
        await db.close();
        parentPort.postMessage({ id });
      }
    } catch (error) {
      parentPort.postMessage({ id, error: failure(error) });
    }
  });
  parentPort.postMessage({ ready: true });
}, (error) => parentPort.postMessage({ fatal: String(error && error.message || error) }));
`;
