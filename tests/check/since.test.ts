import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPaths } from "../../src/check/index.js";

// `check --since <ref>`: in a migration folder, what git holds unchanged since the ref is deployed; what was added
// or changed since is checked as a later deploy, as on a pull request.
const root = mkdtempSync(join(tmpdir(), "ba-since-"));
const repo = join(root, "repo");
const migrations = join(repo, "db", "migrations");
const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, encoding: "utf8" });
const write = (name: string, text: string) => writeFileSync(join(migrations, name), text);
const found = async (options: { since?: string; paths?: string[]; cwd?: string }) =>
  (await checkPaths(options.paths ?? ["db/migrations"], { cwd: options.cwd ?? repo, ...(options.since !== undefined ? { since: options.since } : {}) })).diagnostics.map(
    (d) => `${d.file.slice(d.file.lastIndexOf("/") + 1)} ${d.code}`,
  );

beforeAll(() => {
  mkdirSync(migrations, { recursive: true });
  git("init", "-q", "-b", "main");
  // Deployed long ago, with a standard it broke then (timestamp without time zone).
  write("V1__orders.sql", "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamp NOT NULL);\n");
  git("add", ".");
  git("commit", "-q", "-m", "orders");
  git("checkout", "-q", "-b", "feature");
  write("V2__orders_by_time.sql", "SET lock_timeout = '2s';\nCREATE INDEX orders_placed_at ON orders (placed_at);\n");
  git("add", ".");
  git("commit", "-q", "-m", "index");
  write("V3__customers.sql", "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n"); // not committed
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("check --since", () => {
  it("without it, the folder is applied to an empty database: the index on the table V1 created is no lock risk", async () => {
    expect(await found({})).toEqual(["V1__orders.sql MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE"]);
  });

  it("with it, V1 is deployed (not reported) and the index added since is on a live table", async () => {
    expect(await found({ since: "main" })).toEqual(["V2__orders_by_time.sql MIGRATION_INDEX_NOT_CONCURRENT"]);
  });

  it("a deployed migration edited since is checked again, with the ones after it", async () => {
    write("V1__orders.sql", "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);\n");
    try {
      expect(await found({ since: "main" })).toEqual([]);
    } finally {
      git("checkout", "-q", "--", "db/migrations/V1__orders.sql");
    }
  });

  it("a file named on its own is checked whole, unchanged or not", async () => {
    expect(await found({ since: "feature", paths: ["db/migrations/V1__orders.sql"] })).toEqual(["V1__orders.sql MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE"]);
  });

  it.each<[string, { since: string; cwd?: string; paths?: string[] }, RegExp]>([
    ["a revision git does not know", { since: "no-such-branch" }, /git knows no commit "no-such-branch"/],
    ["an option where a revision goes", { since: "--output=x" }, /"--output=x" is not a git revision/],
    ["a folder outside any git repository", { since: "main", cwd: root, paths: ["repo/db/migrations"] }, /not a git repository/],
  ])("%s: CHECK_SINCE_UNAVAILABLE, and every migration checked as without --since", async (_case, options, reason) => {
    if (options.cwd === root) writeFileSync(join(root, ".git"), "gitdir: /nonexistent\n"); // stop git finding a repository above tmp
    try {
      const run = await checkPaths(options.paths ?? ["db/migrations"], { cwd: options.cwd ?? repo, since: options.since });
      const unavailable = run.diagnostics.filter((d) => d.code === "CHECK_SINCE_UNAVAILABLE");
      expect(unavailable).toHaveLength(1);
      expect(unavailable[0]?.message).toMatch(reason);
      expect(run.diagnostics.map((d) => d.code)).toContain("MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE");
    } finally {
      rmSync(join(root, ".git"), { force: true });
    }
  });
});
