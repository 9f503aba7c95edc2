import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const fixtures = new URL("../fixtures/migrations/", import.meta.url).pathname;
const check = (argv: string[], options: { tty?: boolean } = {}) =>
  runCli(["check", ...argv], { cwd: fixtures, tty: options.tty ?? false, env: { ...process.env, XDG_CACHE_HOME: join(tmpdir(), "backend-architect-tests-cache") } });

describe("backend-architect check: exit codes", () => {
  it.each([
    [["rules/clean-every-standard.sql"], 0],
    [["rules/clean-every-standard.sql", "--strict"], 0],
    [["rules/timestamp-err.sql"], 0],
    [["rules/timestamp-err.sql", "--strict"], 1],
    [["rules/index-not-concurrent-err.sql"], 1],
    [["rules/index-not-concurrent-err.sql", "--format", "json"], 1],
    [["rules/index-not-concurrent-err.sql", "--format", "sarif"], 1],
    [["rules/syntax-error.sql"], 1],
    [["hook/not-openapi.yaml"], 0],
    [["hook/not-openapi.yaml", "--strict"], 1],
    [["no-such-path"], 2],
    [["rules/clean-every-standard.sql", "no-such-path"], 2],
    [["rules/clean-every-standard.sql", "--format", "yaml"], 2],
    [["rules/clean-every-standard.sql", "--no-such-flag"], 2],
    [["execute/golang", "--since", "no-such-revision-anywhere"], 2],
    [["execute/golang", "--since"], 2],
  ])("%j exits %i", async (argv, code) => {
    expect((await check(argv)).code).toBe(code);
  });
});

describe("backend-architect check: output", () => {
  it("prints file:line:col  severity  message  CODE with the hint below, like validate", async () => {
    const result = await check(["rules/index-not-concurrent-err.sql", "no-such-path"]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "no-such-path:1:1  error  This path does not exist, so there is nothing to check.  CHECK_PATH_NOT_FOUND
        hint: Check the path; check takes migration files (.sql), migration folders, OpenAPI documents (.yaml, .yml, .json) and folders holding them.
      rules/index-not-concurrent-err.sql:3:39  error  CREATE INDEX on the existing table invoices without CONCURRENTLY blocks every write to it until the index is built, minutes on a large table.  MIGRATION_INDEX_NOT_CONCURRENT
        hint: Use CREATE INDEX CONCURRENTLY ... ON invoices, outside a transaction block (a failed build leaves an INVALID index to drop and retry).
      2 errors, 0 warnings in 1 file.
      "
    `);
  });

  it("draws a code frame on a terminal", async () => {
    const result = await check(["rules/index-not-concurrent-err.sql"], { tty: true });
    expect(result.stdout).toContain("> 3 | CREATE INDEX invoices_order_id_idx ON invoices (order_id);");
    expect(result.stdout).toContain("^^^^^^^^");
  });

  it("json carries each diagnostic with its range, the files and a summary", async () => {
    const result = await check(["rules/money-err.sql", "rules/clean-every-standard.sql", "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      files: { file: string; kind: string; diagnostics: number }[];
      diagnostics: { code: string; file: string; start: { line: number; column: number }; end: { line: number; column: number } }[];
      summary: Record<string, unknown>;
    };
    expect(report.files).toEqual([
      { file: "rules/clean-every-standard.sql", kind: "migration", diagnostics: 0 },
      { file: "rules/money-err.sql", kind: "migration", diagnostics: 3 },
    ]);
    expect(report.diagnostics[0]).toMatchObject({ code: "MIGRATION_MONEY_TYPE", file: "rules/money-err.sql", start: { line: 4, column: 9 }, end: { line: 4, column: 15 } });
    expect(report.summary).toEqual({ errors: 0, warnings: 3, infos: 0, files: 2 });
  });

  it("sarif lists every code as a rule and each finding with its region", async () => {
    const result = await check(["rules/index-not-concurrent-err.sql", "--format", "sarif"]);
    const log = JSON.parse(result.stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const [run] = log.runs;
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toContain("MIGRATION_INDEX_NOT_CONCURRENT");
    expect(run?.tool.driver.rules.find((rule) => rule.id === "MIGRATION_INDEX_NOT_CONCURRENT")?.helpUri).toMatch(/diagnostics\.md#migration_index_not_concurrent$/);
    expect(run?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ["MIGRATION_INDEX_NOT_CONCURRENT", "rules/index-not-concurrent-err.sql", 3],
    ]);
  });

  it("--execute adds what it applied to the JSON summary and a closing line to the text", async () => {
    const json = JSON.parse((await check(["execute/golang", "--execute", "--format", "json"])).stdout) as { summary: { migrations: unknown } };
    expect(json.summary.migrations).toEqual({ applied: 2, failed: 0, roundTrips: 2, roundTripFailures: 0 });
    const text = await check(["execute/broken-down", "--execute"]);
    expect(text.stdout).toContain("Applied 1 migration (0 failed); 1 down/up round trip (1 failed).");
    expect(text.code).toBe(1);
  }, 60_000);
});
