// `check` on migrations and OpenAPI contracts written blind from the agent's standards alone (data/check/README.md):
// data/check/dev/<set>/ was read while the rules were mended; data/check/report/<set>/ was not, and its figures are
// the ones to quote. Every case names the standards its target
// file breaks ("flag") or says it follows all of them ("quiet"). Figures per standard: a flag case is caught
// when a finding of one of the standard's codes lands on the target file; a quiet case is clean when the target
// gets no warning or error (notes are counted apart). Reads dist/: run `npm run build` first (npm run bench does).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = join(root, "data", "check");
if (!existsSync(join(root, "dist", "index.js"))) {
  process.stderr.write("check-report.bench: dist/ is missing; run `npm run build` first.\n");
  process.exit(1);
}
const { checkPaths } = await import(join(root, "dist", "index.js"));

/** The standards of the brief, by id, and the codes that answer to each (any one counts). */
export const STANDARD_CODES = {
  "index-not-concurrent": ["MIGRATION_INDEX_NOT_CONCURRENT", "MIGRATION_DROP_INDEX_NOT_CONCURRENT"],
  "concurrent-in-transaction": ["MIGRATION_CONCURRENTLY_IN_TRANSACTION"],
  "fk-or-check-not-valid": ["MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID"],
  "set-not-null": ["MIGRATION_SET_NOT_NULL"],
  "not-null-no-default": ["MIGRATION_REQUIRED_COLUMN_WITHOUT_DEFAULT"],
  "volatile-default": ["MIGRATION_COLUMN_REWRITE"],
  "column-type-change": ["MIGRATION_COLUMN_TYPE_CHANGE"],
  "rename-or-drop": ["MIGRATION_RENAME", "MIGRATION_DROP"],
  "unique-or-pk-direct": ["MIGRATION_UNIQUE_CONSTRAINT"],
  "truncate-cascade": ["MIGRATION_TRUNCATE_CASCADE"],
  "no-lock-timeout": ["MIGRATION_LOCK_TIMEOUT_MISSING"],
  "timestamp-without-tz": ["MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE"],
  "money-float": ["MIGRATION_MONEY_TYPE", "OPENAPI_MONEY_FLOAT"],
  "int-primary-key": ["MIGRATION_KEY_NOT_BIGINT_IDENTITY"],
  "no-primary-key": ["MIGRATION_NO_PRIMARY_KEY"],
  "varchar-n": ["MIGRATION_LENGTH_LIMITED_TEXT"],
  "update-delete-no-where": ["MIGRATION_UNBOUNDED_WRITE"],
  "offset-pagination": ["OPENAPI_LIST_OFFSET_PAGINATION", "OPENAPI_LIST_NOT_CURSOR_PAGINATED", "OPENAPI_LIMIT_UNBOUNDED"],
  "no-idempotency-key": ["OPENAPI_IDEMPOTENCY_KEY_MISSING"],
  "error-not-problem-json": ["OPENAPI_ERROR_NOT_PROBLEM_DETAILS", "OPENAPI_PROBLEM_SCHEMA_INCOMPLETE"],
  "no-retry-after": ["OPENAPI_RETRY_AFTER_MISSING", "OPENAPI_RETRY_RESPONSE_MISSING"],
  "no-etag-or-if-match": ["OPENAPI_ETAG_MISSING", "OPENAPI_IF_MATCH_MISSING", "OPENAPI_PRECONDITION_FAILED_MISSING"],
  "create-no-location": ["OPENAPI_CREATED_WITHOUT_LOCATION", "OPENAPI_CREATE_NOT_201"],
  "no-security": ["OPENAPI_SECURITY_MISSING", "OPENAPI_SECURITY_SCHEME_UNDEFINED"],
  "integer-id": ["OPENAPI_ID_NOT_STRING"],
  "timestamp-format": ["OPENAPI_TIMESTAMP_NOT_DATE_TIME"],
  "path-style": ["OPENAPI_PATH_NOT_KEBAB_CASE", "OPENAPI_PATH_NOT_PLURAL"],
  "http-server": ["OPENAPI_URL_NOT_HTTPS"],
  "unbounded-string-or-array": ["OPENAPI_INPUT_STRING_UNBOUNDED", "OPENAPI_INPUT_ARRAY_UNBOUNDED"],
};

const json = (file) => JSON.parse(readFileSync(file, "utf8"));
const failing = (diagnostics) => diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");

/** Every case of a set: what to check, which file is under test, and what is expected of it. */
function casesOf(dir) {
  const cases = [];
  const migrations = join(dir, "migrations");
  if (existsSync(migrations)) {
    for (const id of readdirSync(migrations).sort()) {
      const meta = json(join(migrations, id, "case.json"));
      // The earlier files of a case are deployed migrations (their tables exist): the target is checked alone, as
      // the agent's hook checks the file it just wrote and as `check <file>` does.
      const target = resolve(migrations, id, meta.target);
      cases.push({ ...meta, kind: "migration", id, check: target, target });
    }
  }
  const openapi = join(dir, "openapi");
  if (existsSync(openapi)) {
    for (const name of readdirSync(openapi).filter((n) => n.endsWith(".case.json")).sort()) {
      const id = name.slice(0, -".case.json".length);
      const file = readdirSync(openapi).find((n) => n !== name && n.startsWith(`${id}.`) && /\.(ya?ml|json)$/.test(n));
      const target = join(openapi, file ?? `${id}.yaml`);
      cases.push({ ...json(join(openapi, name)), kind: "openapi", id, check: target, target });
    }
  }
  return cases;
}

const pct = (n, d) => (d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function report(kind, set) {
  const cases = casesOf(join(data, kind, set));
  const perStandard = new Map();
  const misses = [];
  const noisy = [];
  const totals = { migration: { flag: 0, caught: 0, extra: 0, quiet: 0, clean: 0, notes: 0 }, openapi: { flag: 0, caught: 0, extra: 0, quiet: 0, clean: 0, notes: 0 } };
  for (const testCase of cases) {
    const { diagnostics } = await checkPaths([testCase.check]);
    const onTarget = diagnostics.filter((d) => resolve(d.file) === testCase.target);
    const codes = new Set(failing(onTarget).map((d) => d.code));
    const t = totals[testCase.kind];
    if (testCase.expect === "quiet") {
      t.quiet += 1;
      if (codes.size === 0) t.clean += 1;
      else noisy.push(`${testCase.kind} ${testCase.id}: ${[...codes].join(", ")}`);
      if (onTarget.some((d) => d.severity === "info")) t.notes += 1;
      continue;
    }
    t.flag += 1;
    const expected = new Set(testCase.standards.flatMap((standard) => STANDARD_CODES[standard] ?? []));
    const extra = [...codes].filter((code) => !expected.has(code));
    if (extra.length > 0) {
      t.extra += 1;
      noisy.push(`${testCase.kind} ${testCase.id} (breaks ${testCase.standards.join(", ")}): also ${extra.join(", ")}`);
    }
    let all = true;
    for (const standard of testCase.standards) {
      const entry = perStandard.get(standard) ?? { cases: 0, caught: 0 };
      const hit = (STANDARD_CODES[standard] ?? []).some((code) => codes.has(code));
      entry.cases += 1;
      if (hit) entry.caught += 1;
      else {
        all = false;
        misses.push(`${testCase.kind} ${testCase.id}: ${standard} not caught (found: ${[...codes].join(", ") || "nothing"})`);
      }
      perStandard.set(standard, entry);
    }
    if (all) t.caught += 1;
  }
  console.log(`\n${kind} set ${set}: ${cases.length} cases`);
  for (const [kind, t] of Object.entries(totals)) {
    if (t.flag + t.quiet === 0) continue;
    console.log(`  ${kind.padEnd(9)} breaking cases with every broken standard caught ${String(t.caught).padStart(3)}/${String(t.flag).padEnd(3)} ${pct(t.caught, t.flag)}` +
      `   quiet cases with no warning or error ${String(t.clean).padStart(3)}/${String(t.quiet).padEnd(3)} ${pct(t.clean, t.quiet)}` +
      `   breaking cases with a finding of another standard: ${t.extra}   (quiet cases with a note: ${t.notes})`);
  }
  console.log("  per standard (breaking cases caught):");
  for (const [standard, { cases: n, caught }] of [...perStandard].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`    ${standard.padEnd(28)} ${String(caught).padStart(3)}/${String(n).padEnd(3)} ${pct(caught, n)}`);
  }
  if (misses.length > 0) console.log(`  missed:\n${misses.map((m) => `    ${m}`).join("\n")}`);
  if (noisy.length > 0) console.log(`  findings no standard of the case asked for:\n${noisy.map((m) => `    ${m}`).join("\n")}`);
}

// `node bench/check-report.bench.mjs dev` reads the development set only.
const kinds = process.argv.slice(2).filter((arg) => arg === "dev" || arg === "report");
for (const kind of kinds.length > 0 ? kinds : ["dev", "report"]) {
  const dir = join(data, kind);
  if (!existsSync(dir)) console.log(`check-report: no ${kind} set (data/check/${kind}/ is missing)`);
  else for (const set of readdirSync(dir).filter((name) => !name.includes(".")).sort()) await report(kind, set);
}
