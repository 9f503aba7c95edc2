import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module shared with the bench, typed by use here
import { runPeerSuites, SQUAWK_EXPECTED_DIFFERENCES } from "../../bench/migration-peers.mjs";
import { lintSequence } from "../../src/check/sql/lint.js";
import { loadSqlParser, type SqlParser } from "../../src/check/sql/parse.js";
import type { MigrationUnit } from "../../src/check/sql/layout.js";
import { shared } from "../support/shared.js";

interface SquawkRow { rule: string; err: number; errFlagged: number; ok: number; okSilent: number; misses: { key: string; kind: string; expected: boolean }[] }
interface EugeneRow { hint: string; badFlagged: boolean | null; goodClean: boolean | null }

const suites = shared.migrations;
let parser: SqlParser;
let result: { squawk: SquawkRow[]; eugene: EugeneRow[] };

describe.skipIf(!suites.present)(`squawk's and eugene's cases${suites.skipNote}`, () => {
  beforeAll(async () => {
    parser = await loadSqlParser();
    result = runPeerSuites(suites.path, (units: MigrationUnit[], applied: MigrationUnit[]) => lintSequence(units, parser, { applied })) as typeof result;
  });

  it("every squawk case in our scope gets squawk's answer, except the differences we list and explain", () => {
    const unexplained = result.squawk.flatMap((row) => row.misses.filter((miss) => !miss.expected).map((miss) => `${miss.kind} ${miss.key}`));
    expect(unexplained).toEqual([]);
  });

  it("lists no difference that is not one (each explained difference still happens)", () => {
    const happening = new Set(result.squawk.flatMap((row) => row.misses.map((miss) => miss.key)));
    expect(Object.keys(SQUAWK_EXPECTED_DIFFERENCES as Record<string, string>).filter((key) => !happening.has(key))).toEqual([]);
  });

  it("flags every eugene bad example in our scope and leaves every good one clean of that hint", () => {
    expect(result.eugene.filter((row) => row.badFlagged === false).map((row) => row.hint)).toEqual([]);
    expect(result.eugene.filter((row) => row.goodClean === false).map((row) => row.hint)).toEqual([]);
  });
});
