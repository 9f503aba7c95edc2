import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discover } from "../../src/check/discover.js";
import { nodeValidateFs } from "../../src/validate/fs.js";

const root = mkdtempSync(join(tmpdir(), "ba-discover-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: string[]): string {
  const dir = join(root, name);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), "select 1;\n");
  }
  return dir;
}

const sequences = async (dir: string) =>
  [...(await discover([dir], nodeValidateFs)).sequences].map(([key, files]) => [key.slice(dir.length), files.map((file) => file.slice(dir.length))]);

describe("which .sql files make one sequence", () => {
  it.each([
    {
      // diesel and Prisma read only their unit folders: a script beside them (crates.io keeps a data fix there) is not one of the migrations.
      layout: "diesel folders with a loose script beside them",
      files: ["2024-01-01-000000_a/up.sql", "2024-01-01-000000_a/down.sql", "data_fix.sql"],
      expected: [["", ["/2024-01-01-000000_a/down.sql", "/2024-01-01-000000_a/up.sql"]], ["/data_fix.sql", ["/data_fix.sql"]]],
    },
    {
      layout: "Prisma folders with a loose script beside them",
      files: ["20240101000000_a/migration.sql", "seed.sql"],
      expected: [["", ["/20240101000000_a/migration.sql"]], ["/seed.sql", ["/seed.sql"]]],
    },
    {
      layout: "plain files stay one sequence",
      files: ["V1__a.sql", "V2__b.sql"],
      expected: [["", ["/V1__a.sql", "/V2__b.sql"]]],
    },
  ])("$layout", async ({ layout, files, expected }) => {
    expect(await sequences(tree(layout.replace(/\W+/g, "-"), files))).toEqual(expected);
  });
});

describe("a folder is one sequence from an empty database; a file named alone is a later deploy", () => {
  it("flags the index on a table an earlier migration created only when the new file is named alone (README's CI recipe)", async () => {
    const { checkPaths } = await import("../../src/check/index.js");
    const dir = join(root, "ci-recipe");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "V1__orders.sql"), "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);\n");
    writeFileSync(join(dir, "V2__orders_by_time.sql"), "SET lock_timeout = '2s';\nCREATE INDEX orders_placed_at ON orders (placed_at);\n");
    const codes = async (path: string) => (await checkPaths([path])).diagnostics.map((d) => d.code);
    expect(await codes(dir)).toEqual([]);
    expect(await codes(join(dir, "V2__orders_by_time.sql"))).toEqual(["MIGRATION_INDEX_NOT_CONCURRENT"]);
  });
});
