import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkPaths, type CheckResult } from "../../src/check/index.js";

// One `check --execute` run over every scenario folder: one embedded Postgres, reset between sequences.
const fixtures = new URL("../fixtures/migrations/execute/", import.meta.url).pathname;
// The initialised cluster is kept between test runs (keyed by PGlite's version), as the CLI keeps it.
const cacheDir = join(tmpdir(), "backend-architect-tests-pglite");

let result: CheckResult;
const found = (folder: string) =>
  result.diagnostics
    .filter((d) => d.file.includes(`/execute/${folder}/`))
    .map((d) => `${d.file.slice(d.file.indexOf(`/execute/${folder}/`) + `/execute/${folder}/`.length)}:${d.start.line}:${d.start.column} ${d.code}`);

beforeAll(async () => {
  const folders = ["golang", "broken-down", "syntax-error", "apply-fails", "copy-stdin", "extensions", "ltree-gist", "not-null-names", "empty-down", "concurrently", "dbmate"];
  result = await checkPaths(folders, { cwd: fixtures, execute: { cacheDir } });
}, 120_000);

describe("check --execute", () => {
  it("counts what it applied and round-tripped", () => {
    // golang 2 + broken-down 1 + syntax-error 1 + apply-fails 1 + copy-stdin 1 + extensions 0 + ltree-gist 1 + not-null-names 3 + empty-down 3 + concurrently 2 + dbmate 1
    expect(result.migrations).toEqual({ applied: 16, failed: 4, roundTrips: 10, roundTripFailures: 2 });
    expect(result.diagnostics.filter((d) => d.code === "MIGRATION_EXECUTE_UNAVAILABLE")).toEqual([]);
  });

  it("round-trips golang-migrate pairs clean, a view on now() included", () => {
    expect(found("golang").filter((line) => !line.includes("LOCK_TIMEOUT"))).toEqual([]);
  });

  it("reports a down migration that does not undo its up, naming what is left", () => {
    expect(found("broken-down")).toEqual(["2024-01-01-000000_create_tags/down.sql:1:1 MIGRATION_ROUND_TRIP_MISMATCH"]);
    const mismatch = result.diagnostics.find((d) => d.code === "MIGRATION_ROUND_TRIP_MISMATCH");
    expect(mismatch?.message).toContain("(2 differences: table public.tags left behind; sequence public.tags_id_seq left behind)");
  });

  it("reports a syntax error at its line and stops that sequence there", () => {
    expect(found("syntax-error")).toEqual(["V2__broken.sql:4:19 MIGRATION_SYNTAX_ERROR"]);
  });

  it("reports a statement Postgres refuses at its line (at Postgres's own position when it gives one), with its SQLSTATE", () => {
    expect(found("apply-fails")).toEqual(["20240102000000_orders/migration.sql:1:1 MIGRATION_APPLY_FAILED"]);
    const failure = result.diagnostics.find((d) => d.code === "MIGRATION_APPLY_FAILED" && d.file.includes("apply-fails"));
    expect(failure?.message).toContain('relation "Customers" does not exist');
    expect(failure?.message).toContain("SQLSTATE 42P01");
  });

  it("skips COPY ... FROM STDIN with a finding instead of hanging, and goes on", () => {
    expect(found("copy-stdin")).toEqual(["001_seed.sql:2:1 MIGRATION_STATEMENT_SKIPPED"]);
  });

  it("loads the extensions PGlite ships and says clearly which one it does not", () => {
    expect(found("extensions")).toEqual([
      "001_extensions.sql:3:1 MIGRATION_EXTENSION_UNAVAILABLE",
      "001_extensions.sql:5:88 MIGRATION_APPLY_FAILED",
    ]);
    expect(result.diagnostics.find((d) => d.code === "MIGRATION_EXTENSION_UNAVAILABLE")?.message).toContain('"vector"');
  });

  it("goes on to the next sequence when dropping the last one in place fails (a GiST index on an extension's type)", () => {
    expect(found("ltree-gist")).toEqual([]);
    expect(found("concurrently")).not.toEqual([]);
  });

  it("compares NOT NULL by column, not by the name Postgres gave its constraint (a renamed table keeps the old name)", () => {
    expect(found("not-null-names").filter((line) => line.includes("ROUND_TRIP"))).toEqual([]);
  });

  it("goes on after a down that undoes nothing, from the schema its up left", () => {
    expect(found("empty-down").filter((line) => !line.includes("MIGRATION_DROP"))).toEqual(["000002_no_default.down.sql:1:1 MIGRATION_ROUND_TRIP_MISMATCH"]);
  });

  it("runs CREATE INDEX CONCURRENTLY as a server does: fine alone, refused inside BEGIN", () => {
    expect(found("concurrently")).toEqual([
      "003_index_in_transaction.sql:2:1 MIGRATION_APPLY_FAILED",
      "003_index_in_transaction.sql:2:1 MIGRATION_CONCURRENTLY_IN_TRANSACTION",
    ]);
    expect(result.diagnostics.find((d) => d.file.endsWith("003_index_in_transaction.sql") && d.code === "MIGRATION_APPLY_FAILED")?.message).toContain(
      "cannot run inside a transaction block",
    );
  });

  it("round-trips a dbmate file's sections, ignoring the instants 'now' froze", () => {
    expect(found("dbmate")).toEqual([]);
  });
});

describe("check --execute on a statement that does not end", () => {
  it("stops it after the statement timeout, reports it at its line, and goes on with the next sequence", async () => {
    const run = await checkPaths(["timeout", "golang"], { cwd: fixtures, execute: { cacheDir, statementTimeoutMs: 1500 } });
    const timeouts = run.diagnostics.filter((d) => d.code === "MIGRATION_STATEMENT_TIMEOUT");
    expect(timeouts.map((d) => [d.file.split("/execute/")[1], d.start.line])).toEqual([["timeout/001_endless.sql", 2]]);
    expect(run.migrations).toEqual({ applied: 2, failed: 1, roundTrips: 2, roundTripFailures: 0 });
  }, 60_000);
});

describe("check --execute when the embedded Postgres fails in the middle", () => {
  it("says how many migrations were applied before it stopped, and keeps what was found", async () => {
    const { openDatabase } = await import("../../src/check/sql/execute/database.js");
    let reads = 0;
    const failing: typeof openDatabase = async (options) => {
      const db = await openDatabase(options);
      return {
        ...db,
        // the catalog is read before the first round trip and after each up: the second read dies
        catalog: async () => (++reads >= 2 ? Promise.reject(new Error("the worker exited")) : db.catalog()),
      };
    };
    const run = await checkPaths(["golang"], { cwd: fixtures, execute: { cacheDir, openDatabase: failing } });
    const stopped = run.diagnostics.filter((d) => d.code.startsWith("MIGRATION_EXECUTE"));
    expect(stopped.map((d) => d.code)).toEqual(["MIGRATION_EXECUTE_STOPPED"]);
    expect(stopped[0]?.message).toContain("(the worker exited), after 1 migration was applied");
    expect(run.migrations?.applied).toBe(1);
  });
});
