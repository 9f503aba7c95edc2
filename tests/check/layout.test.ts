import { describe, expect, it } from "vitest";
import { buildSequence, isDownFile, sequenceRoot } from "../../src/check/sql/layout.js";

const source = (file: string, text = "select 1;\n") => ({ file, text });
const shape = (root: string, files: string[]) =>
  buildSequence(root, files.map((file) => source(`${root}/${file}`))).units.map((unit) => ({
    name: unit.name,
    up: unit.up.file.slice(root.length + 1),
    down: unit.down?.file.slice(root.length + 1),
  }));

describe("migration layouts", () => {
  it.each([
    {
      layout: "Flyway: versions as numbers, undo files as downs, repeatables last",
      files: ["R__views.sql", "V10__ten.sql", "V2__two.sql", "V1_1__one_one.sql", "U2__two.sql"],
      order: [["1_1__one_one", "V1_1__one_one.sql", undefined], ["2__two", "V2__two.sql", "U2__two.sql"], ["10__ten", "V10__ten.sql", undefined], ["R__views", "R__views.sql", undefined]],
    },
    {
      layout: "golang-migrate / sqlx: up and down paired by name",
      files: ["000002_b.down.sql", "000002_b.up.sql", "000001_a.up.sql", "000001_a.down.sql"],
      order: [["000001_a", "000001_a.up.sql", "000001_a.down.sql"], ["000002_b", "000002_b.up.sql", "000002_b.down.sql"]],
    },
    {
      layout: "diesel: one folder per unit",
      files: ["2024-01-02-000000_b/up.sql", "2024-01-02-000000_b/down.sql", "2024-01-01-000000_a/up.sql"],
      order: [["2024-01-01-000000_a", "2024-01-01-000000_a/up.sql", undefined], ["2024-01-02-000000_b", "2024-01-02-000000_b/up.sql", "2024-01-02-000000_b/down.sql"]],
    },
    {
      // crates.io's history holds both: diesel orders by the version with its dashes taken out.
      layout: "diesel: dashed and plain timestamps in one sequence, by time",
      files: ["2025-11-19-091444-0000_d/up.sql", "2017-08-31-230457_invitations/up.sql", "20260101000000_e/up.sql", "20140924113530_dumped_1/up.sql", "00000000000000_diesel_initial_setup/up.sql", "2016-12-01-000000_c/up.sql"],
      order: [
        ["00000000000000_diesel_initial_setup", "00000000000000_diesel_initial_setup/up.sql", undefined],
        ["20140924113530_dumped_1", "20140924113530_dumped_1/up.sql", undefined],
        ["2016-12-01-000000_c", "2016-12-01-000000_c/up.sql", undefined],
        ["2017-08-31-230457_invitations", "2017-08-31-230457_invitations/up.sql", undefined],
        ["2025-11-19-091444-0000_d", "2025-11-19-091444-0000_d/up.sql", undefined],
        ["20260101000000_e", "20260101000000_e/up.sql", undefined],
      ],
    },
    {
      layout: "Prisma: one folder per migration, timestamps in order",
      files: ["20240102000000_b/migration.sql", "20240101000000_a/migration.sql"],
      order: [["20240101000000_a", "20240101000000_a/migration.sql", undefined], ["20240102000000_b", "20240102000000_b/migration.sql", undefined]],
    },
    {
      layout: "Supabase / plain timestamps",
      files: ["20240301120000_c.sql", "20240101120000_a.sql"],
      order: [["20240101120000_a", "20240101120000_a.sql", undefined], ["20240301120000_c", "20240301120000_c.sql", undefined]],
    },
  ])("$layout", ({ files, order }) => {
    expect(shape("/m", files).map((unit) => [unit.name, unit.up, unit.down])).toEqual(order);
  });

  it("splits a dbmate file into up and down, keeping the file's lines and byte offsets", () => {
    const text = "-- migrate:up\nCREATE TABLE é (id int);\n\n-- migrate:down\nDROP TABLE é;\n";
    const [unit] = buildSequence("/m", [source("/m/20240101_x.sql", text)]).units;
    expect(unit?.up.text.split("\n")[1]).toBe("CREATE TABLE é (id int);");
    expect(unit?.up.text.split("\n")[4]?.trim()).toBe("");
    expect(unit?.down?.text.split("\n")[4]).toBe("DROP TABLE é;");
    expect(Buffer.byteLength(unit?.down?.text ?? "")).toBe(Buffer.byteLength(text));
    expect(Buffer.byteLength(unit?.up.text ?? "")).toBe(Buffer.byteLength(text));
  });

  it.each([
    ["/m/000001_a.down.sql", true],
    ["/m/x/down.sql", true],
    ["/m/U3__undo.sql", true],
    ["/m/000001_a.up.sql", false],
    ["/m/x/migration.sql", false],
    ["/m/Users__down.sql", false],
  ])("%s is a down migration: %s", (file, down) => {
    expect(isDownFile(file)).toBe(down);
  });

  it("puts diesel and Prisma unit files in their parent folder's sequence", () => {
    expect(sequenceRoot("/p/migrations/20240101_a/migration.sql")).toBe("/p/migrations");
    expect(sequenceRoot("/p/migrations/V1__a.sql")).toBe("/p/migrations");
  });
});
