import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPaths } from "../../src/check/index.js";

// Real migrations from public projects (data/check/README.md names their sources and licences).
const real = new URL("../../data/check/real/", import.meta.url).pathname;
const cacheDir = join(tmpdir(), "backend-architect-tests-pglite");
const at = (file: string) => file.slice(real.length);

describe("check on real migrations", () => {
  it("applies trigger.dev's first 163 Prisma migrations in full, in order", async () => {
    const result = await checkPaths(["trigger-dev/prisma/migrations"], { cwd: real, execute: { cacheDir } });
    expect(result.migrations).toEqual({ applied: 163, failed: 0, roundTrips: 0, roundTripFailures: 0 });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  }, 120_000);

  it("reads all 571 files of crates.io's diesel history, reports its down that does not parse", async () => {
    const result = await checkPaths(["crates-io/migrations"], { cwd: real });
    expect(result.files.filter((file) => file.kind === "migration")).toHaveLength(571);
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => `${at(d.file)}:${d.start.line} ${d.code}`);
    expect(errors).toContain("crates-io/migrations/20170318181441_downloads_need_no_id/down.sql:2 MIGRATION_SYNTAX_ERROR");
  });
});
