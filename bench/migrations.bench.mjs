// Figures for `check` on Postgres migrations, from dist/ (after `npm run build`):
// 1. the peer suites, read in place from ../shared/corpus/migrations: for each squawk rule in our scope,
//    how many of its err cases we flag and how many of its ok cases we leave alone; for each eugene hint in
//    scope, whether the bad example is flagged and the good one clean of it;
// 2. volume, as whole `backend-architect check --execute` processes: real migrations (data/check/real: trigger.dev's
//    first 163 Prisma migrations applied in full, crates.io's 285 diesel up/down pairs round-tripped), then two
//    sequences GENERATED here in the same shapes (163 Prisma-style, 342 diesel-style pairs); the issue's targets
//    are under 20 s and under 60 s.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runPeerSuites, SQUAWK_EXPECTED_DIFFERENCES } from "./migration-peers.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "main.js");
const shared = process.env.BACKEND_ARCHITECT_SHARED || resolve(root, "..", "shared");
const out = (text) => process.stdout.write(text);

// --- 1. peer suites ---
const peers = join(shared, "corpus", "migrations");
if (!existsSync(peers)) {
  out(`peer suites skipped: ${peers} is not there (CI has ../shared beside the repository)\n\n`);
} else {
  const { lintSequence } = await import(join(root, "dist", "check", "sql", "lint.js"));
  const { loadSqlParser } = await import(join(root, "dist", "check", "sql", "parse.js"));
  const parser = await loadSqlParser();
  const result = runPeerSuites(peers, (units, applied) => lintSequence(units, parser, { applied }));
  out("### squawk's rule tests (sbdchd/squawk, cases.json), rules in our scope\n\n");
  out("| squawk rule | our code | err cases we flag | ok cases we leave alone | differences (explained in bench/migration-peers.mjs) |\n|---|---|---|---|---|\n");
  let errTotal = 0, errFlagged = 0, okTotal = 0, okSilent = 0;
  for (const row of result.squawk) {
    errTotal += row.err; errFlagged += row.errFlagged; okTotal += row.ok; okSilent += row.okSilent;
    const misses = row.misses.map((miss) => `${miss.kind} ${miss.key.split("/")[1]}${miss.expected ? "" : " (UNEXPLAINED)"}`).join("; ");
    out(`| ${row.rule} | ${row.codes.join(", ")} | ${row.errFlagged}/${row.err} | ${row.okSilent}/${row.ok} | ${misses} |\n`);
  }
  out(`| **total** | | **${errFlagged}/${errTotal}** | **${okSilent}/${okTotal}** | ${Object.keys(SQUAWK_EXPECTED_DIFFERENCES).length} listed |\n\n`);
  out(`squawk rules out of our scope: ${result.outOfScope.join(", ")}\n\n`);
  out("### eugene's example pairs (kaaveland/eugene), hints in our scope; each `-- N.sql` script checked as a later deploy of the ones before\n\n");
  out("| eugene hint | our code | bad flagged | good clean of it | other codes on good |\n|---|---|---|---|---|\n");
  for (const row of result.eugene) {
    const show = (value) => (value === null ? "(no file)" : value ? "yes" : "NO");
    out(`| ${row.hint} | ${row.codes.join(", ")} | ${show(row.badFlagged)} | ${show(row.goodClean)} | ${row.goodOther.join(", ")} |\n`);
  }
  out(`\neugene hints out of our scope: ${result.eugeneOut.join(", ")}\n\n`);
}

// --- 2. volume ---
const work = mkdtempSync(join(tmpdir(), "check-volume-"));
const cache = join(work, "cache");

function writeFiles(files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
}

/** Prisma-style: `<timestamp>_<name>/migration.sql`, Prisma's quoting, enums, foreign keys, later ALTERs. */
function prismaSequence(count) {
  const files = {};
  const tables = [];
  for (let index = 0; index < count; index++) {
    const stamp = String(20230101000000 + index * 100);
    let sql;
    if (index % 3 !== 2 || tables.length < 3) {
      const name = `Entity${index}`;
      const ref = tables.length > 0 ? tables[(index * 7) % tables.length] : undefined;
      sql = `-- CreateEnum\nCREATE TYPE "${name}Status" AS ENUM ('ACTIVE', 'ARCHIVED');\n\n-- CreateTable\nCREATE TABLE "${name}" (\n    "id" TEXT NOT NULL,\n    "name" TEXT NOT NULL,\n    "status" "${name}Status" NOT NULL DEFAULT 'ACTIVE',\n    "amountCents" BIGINT NOT NULL DEFAULT 0,\n    "metadata" JSONB,\n    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    "updatedAt" TIMESTAMP(3) NOT NULL,\n${ref ? `    "${ref}Id" TEXT,\n` : ""}\n    CONSTRAINT "${name}_pkey" PRIMARY KEY ("id")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX "${name}_name_key" ON "${name}"("name");\n`;
      if (ref) sql += `\n-- CreateIndex\nCREATE INDEX "${name}_${ref}Id_idx" ON "${name}"("${ref}Id");\n\n-- AddForeignKey\nALTER TABLE "${name}" ADD CONSTRAINT "${name}_${ref}Id_fkey" FOREIGN KEY ("${ref}Id") REFERENCES "${ref}"("id") ON DELETE SET NULL ON UPDATE CASCADE;\n`;
      tables.push(name);
      files[`prisma/migrations/${stamp}_create_${name.toLowerCase()}/migration.sql`] = sql;
    } else {
      const table = tables[(index * 5) % tables.length];
      sql = `-- AlterTable\nALTER TABLE "${table}" ADD COLUMN "note${index}" TEXT,\nADD COLUMN "flag${index}" BOOLEAN NOT NULL DEFAULT false;\n\n-- AlterEnum\nALTER TYPE "${table}Status" ADD VALUE 'STATE${index}';\n\n-- CreateIndex\nCREATE INDEX "${table}_flag${index}_idx" ON "${table}"("flag${index}");\n`;
      files[`prisma/migrations/${stamp}_alter_${table.toLowerCase()}_${index}/migration.sql`] = sql;
    }
  }
  files["prisma/migrations/migration_lock.toml"] = 'provider = "postgresql"\n';
  return files;
}

/** diesel-style: `<date>_<name>/up.sql` + `down.sql`, each down undoing its up exactly. */
function dieselSequence(count) {
  const files = {};
  const tables = [];
  for (let index = 0; index < count; index++) {
    const folder = `diesel/migrations/2023-01-01-${String(index).padStart(6, "0")}_step_${index}`;
    let up;
    let down;
    if (index % 2 === 0 || tables.length < 2) {
      const name = `items_${index}`;
      const ref = tables.length > 0 ? tables[(index * 3) % tables.length] : undefined;
      up = `CREATE TABLE ${name} (\n  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  title TEXT NOT NULL,\n  body TEXT NOT NULL DEFAULT '',\n${ref ? `  ${ref}_id BIGINT REFERENCES ${ref} (id),\n` : ""}  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CHECK (char_length(title) <= 200)\n);\nCREATE INDEX ${name}_created_at_idx ON ${name} (created_at);\n`;
      down = `DROP TABLE ${name};\n`;
      tables.push(name);
    } else if (index % 4 === 1) {
      const table = tables[(index * 7) % tables.length];
      up = `ALTER TABLE ${table} ADD COLUMN extra_${index} TEXT;\nCREATE INDEX ${table}_extra_${index}_idx ON ${table} (extra_${index});\n`;
      down = `DROP INDEX ${table}_extra_${index}_idx;\nALTER TABLE ${table} DROP COLUMN extra_${index};\n`;
    } else {
      const table = tables[(index * 5) % tables.length];
      up = `CREATE VIEW ${table}_recent_${index} AS SELECT id, title FROM ${table} WHERE created_at > now() - interval '7 days';\nCREATE FUNCTION ${table}_count_${index}() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM ${table} $$;\n`;
      down = `DROP FUNCTION ${table}_count_${index}();\nDROP VIEW ${table}_recent_${index};\n`;
    }
    files[`${folder}/up.sql`] = up;
    files[`${folder}/down.sql`] = down;
  }
  return files;
}

function timedCheck(folder) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, "check", "--execute", "--format", "json", folder], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: cache },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = JSON.parse(run.stdout);
  return { seconds, code: run.status, migrations: report.summary.migrations, errors: report.summary.errors };
}

writeFiles(prismaSequence(163));
writeFiles(dieselSequence(342));
out(`### volume (real and generated sequences; whole processes of \`backend-architect check --execute --format json\`; node ${process.version}; load average ${loadavg()[0].toFixed(1)})\n\n`);
out("| sequence | cluster cache | seconds | applied | failed | round trips | round-trip failures | target |\n|---|---|---|---|---|---|---|---|\n");
const real = join(root, "data", "check", "real");
for (const [label, folder, target] of [
  ["real: trigger.dev, 163 Prisma migrations", join(real, "trigger-dev", "prisma", "migrations"), "< 20 s"],
  ["real: trigger.dev, 163 Prisma migrations", join(real, "trigger-dev", "prisma", "migrations"), "< 20 s"],
  ["real: crates.io, 285 diesel up/down pairs", join(real, "crates-io", "migrations"), "< 60 s"],
  ["generated: 163 Prisma-style migrations", "prisma/migrations", "< 20 s"],
  ["generated: 342 diesel-style up/down pairs", "diesel/migrations", "< 60 s"],
]) {
  const cold = !existsSync(cache);
  const { seconds, migrations, code } = timedCheck(folder);
  out(`| ${label} | ${cold ? "none (initdb, then saved)" : "loaded"} | ${seconds.toFixed(1)} | ${migrations.applied} | ${migrations.failed} | ${migrations.roundTrips} | ${migrations.roundTripFailures} | ${target} (exit ${code}) |\n`);
}
rmSync(work, { recursive: true, force: true });
