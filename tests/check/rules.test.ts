import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lintSequence } from "../../src/check/sql/lint.js";
import { loadSqlParser, type SqlParser } from "../../src/check/sql/parse.js";

// One fixture per case, named for it; its first line says what it must produce:
// `-- expect: CODE@line CODE@line` or `-- expect: nothing`. Each file is checked on its own.
const folder = new URL("../fixtures/migrations/rules/", import.meta.url).pathname;
const cases = readdirSync(folder)
  .filter((name) => name.endsWith(".sql"))
  .sort()
  .map((name) => {
    const text = readFileSync(join(folder, name), "utf8");
    const header = /^-- expect: (.*)$/m.exec(text)?.[1]?.trim() ?? "";
    const expected = header === "nothing" ? [] : header.split(/\s+/).sort();
    return { name, file: join(folder, name), text, expected };
  });

let parser: SqlParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

const findings = (file: string, text: string) => lintSequence([{ name: "one", up: { file, text } }], parser);

describe("migration rules over fixtures", () => {
  it("has a fixture for every static rule code, with a case that breaks it and one that does not", () => {
    const named = cases.flatMap((c) => c.expected.map((code) => code.split("@")[0]));
    for (const code of ["MIGRATION_INDEX_NOT_CONCURRENT", "MIGRATION_LOCK_TIMEOUT_MISSING", "MIGRATION_NO_PRIMARY_KEY", "MIGRATION_MONEY_TYPE"]) {
      expect(named).toContain(code);
    }
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThan(10);
  });

  it.each(cases)("$name", ({ file, text, expected }) => {
    const got = findings(file, text)
      .map((found) => `${found.code}@${found.start.line}`)
      .sort();
    expect(got).toEqual(expected);
  });
});

describe("positions", () => {
  it("come from the parser's byte offsets, shown as character columns on lines with multi-byte text", () => {
    const c = cases.find((entry) => entry.name === "utf8-positions.sql");
    if (!c) throw new Error("fixture missing");
    const [found] = findings(c.file, c.text);
    const line = c.text.split("\n")[2] ?? "";
    expect(found?.start).toEqual({ line: 3, column: line.lastIndexOf("invoices") + 1 });
    expect(found?.end).toEqual({ line: 3, column: line.lastIndexOf("invoices") + 1 + "invoices".length });
  });

  it("put a syntax error at the parser's cursor", () => {
    const c = cases.find((entry) => entry.name === "syntax-error.sql");
    if (!c) throw new Error("fixture missing");
    const [found] = findings(c.file, c.text);
    expect(found?.start).toEqual({ line: 4, column: (c.text.split("\n")[3] ?? "").indexOf(")") + 1 });
    expect(found?.message).toContain('syntax error at or near ")"');
  });

  it("never throw on odd input", () => {
    for (const text of ["", "   \n-- only a comment\n", "\\connect other", "select 1; select", "\u0000", "CREATE TABLE t (a int"]) {
      expect(() => findings("odd.sql", text)).not.toThrow();
    }
  });
});
