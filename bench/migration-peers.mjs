// The peer suites of `check`'s migration rules: squawk's rule test cases and eugene's bad/good pairs, read in
// place from ../shared/corpus/migrations (never copied). Used by tests/check/peer-suites.test.ts and by
// bench/migrations.bench.mjs, each with its own build of the linter.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

/** squawk rule -> our codes that answer to it (any of them counts), for the rules in our scope. */
export const SQUAWK_SCOPE = {
  AddingFieldWithDefault: ["MIGRATION_COLUMN_REWRITE"],
  AddingForeignKeyConstraint: ["MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID"],
  AddingNotNullableField: ["MIGRATION_SET_NOT_NULL"],
  AddingRequiredField: ["MIGRATION_REQUIRED_COLUMN_WITHOUT_DEFAULT"],
  AddingSerialPrimaryKeyField: ["MIGRATION_UNIQUE_CONSTRAINT", "MIGRATION_COLUMN_REWRITE"],
  BanCharField: ["MIGRATION_LENGTH_LIMITED_TEXT"],
  BanConcurrentIndexCreationInTransaction: ["MIGRATION_CONCURRENTLY_IN_TRANSACTION"],
  BanDropColumn: ["MIGRATION_DROP"],
  BanDropTable: ["MIGRATION_DROP"],
  BanTruncateCascade: ["MIGRATION_TRUNCATE_CASCADE"],
  ChangingColumnType: ["MIGRATION_COLUMN_TYPE_CHANGE"],
  ConstraintMissingNotValid: ["MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID"],
  DisallowedUniqueConstraint: ["MIGRATION_UNIQUE_CONSTRAINT"],
  PreferBigintOverInt: ["MIGRATION_KEY_NOT_BIGINT_IDENTITY"],
  PreferBigintOverSmallint: ["MIGRATION_KEY_NOT_BIGINT_IDENTITY"],
  PreferIdentity: ["MIGRATION_KEY_NOT_BIGINT_IDENTITY"],
  PreferTextField: ["MIGRATION_LENGTH_LIMITED_TEXT"],
  PreferTimestampTz: ["MIGRATION_TIMESTAMP_WITHOUT_TIME_ZONE"],
  RenamingColumn: ["MIGRATION_RENAME"],
  RenamingTable: ["MIGRATION_RENAME"],
  RequireConcurrentIndexCreation: ["MIGRATION_INDEX_NOT_CONCURRENT"],
  RequireConcurrentIndexDeletion: ["MIGRATION_DROP_INDEX_NOT_CONCURRENT"],
  RequireLockTimeout: ["MIGRATION_LOCK_TIMEOUT_MISSING"],
};

/**
 * Cases where we disagree with squawk's label on purpose, or where the label depends on a squawk setting
 * we do not have (Postgres version, assume-in-transaction). `test` names squawk's test; `why` says why.
 */
export const SQUAWK_EXPECTED_DIFFERENCES = {
  "AddingFieldWithDefault/docs_example_error_on_pg_11": "a constant default rewrites only before Postgres 11; we check for 11+",
  "AddingNotNullableField/regression_gh_issue_628_pg11_with_validated_check_err": "Postgres 11 setting: before 12 a validated check does not spare the scan",
  "AddingNotNullableField/pg11_cross_migration_validate_then_set_not_null_err": "Postgres 11 setting, as above",
  "BanConcurrentIndexCreationInTransaction/assuming_in_transaction_err": "squawk's assume-in-transaction setting; we only see explicit BEGIN",
  "PreferBigintOverInt/ok": "our key rule covers smallint keys too (squawk's prefer-bigint-over-smallint)",
  "PreferBigintOverSmallint/ok": "our key rule covers integer and serial keys too (squawk's prefer-bigint-over-int, prefer-identity)",
  "AddingForeignKeyConstraint/add_foreign_key_constraint_not_valid_validate":
    "validated in the transaction that added it: squawk's constraint-missing-not-valid flags this very pattern, and so do we",
  "BanCharField/creating_table_with_var_char_and_text_okay": "our code also covers varchar(n) (squawk's prefer-text-field)",
  "BanCharField/all_the_types": "`m int array[]` is not valid Postgres: the real parser stops there, so we report a syntax error instead",
  "ConstraintMissingNotValid/not_valid_validate_assume_transaction_err": "squawk's assume-in-transaction setting; we only see explicit BEGIN",
  "ConstraintMissingNotValid/not_valid_validate_with_assume_in_transaction_with_explicit_commit_err": "squawk's assume-in-transaction setting, as above",
};

/** eugene hint -> our codes, for the hints in our scope. */
export const EUGENE_SCOPE = {
  E1: ["MIGRATION_CONSTRAINT_WITHOUT_NOT_VALID"],
  E2: ["MIGRATION_SET_NOT_NULL"],
  E5: ["MIGRATION_COLUMN_TYPE_CHANGE"],
  E6: ["MIGRATION_INDEX_NOT_CONCURRENT"],
  E7: ["MIGRATION_UNIQUE_CONSTRAINT"],
  E8: ["MIGRATION_UNIQUE_CONSTRAINT"],
  E9: ["MIGRATION_LOCK_TIMEOUT_MISSING"],
  E11: ["MIGRATION_COLUMN_REWRITE"],
};

/** Splits one of eugene's example files into its scripts (`-- 1.sql`, `-- 2.sql`, ...), each a later deploy. */
export function eugeneScripts(text) {
  const parts = text.split(/^-- \d+\.sql\s*$/m).slice(1);
  return parts.map((sql, index) => ({ name: `${index + 1}.sql`, sql }));
}

/**
 * Runs both suites. `lint(units, applied)` checks the units (`{name, up: {file, text}}`) as later deploys of
 * the `applied` ones and returns diagnostics. Returns per-rule rows.
 */
export function runPeerSuites(root, lint) {
  const cases = JSON.parse(readFileSync(join(root, "squawk", "cases.json"), "utf8"));
  const squawk = Object.entries(SQUAWK_SCOPE).map(([rule, codes]) => {
    const mine = cases.filter((c) => c.rule === rule);
    const row = { rule, codes, err: 0, errFlagged: 0, ok: 0, okSilent: 0, misses: [] };
    for (const c of mine) {
      const found = lint([{ name: c.test, up: { file: `${c.rule_file}/${c.test}.sql`, text: c.sql } }], []);
      const flagged = found.some((d) => codes.includes(d.code));
      const key = `${rule}/${c.test}`;
      if (c.kind === "err") {
        row.err++;
        if (flagged) row.errFlagged++;
        else row.misses.push({ key, kind: "err", expected: key in SQUAWK_EXPECTED_DIFFERENCES });
      } else {
        row.ok++;
        if (!flagged) row.okSilent++;
        else row.misses.push({ key, kind: "ok", expected: key in SQUAWK_EXPECTED_DIFFERENCES });
      }
    }
    return row;
  });
  const outOfScope = [...new Set(cases.map((c) => c.rule))].filter((rule) => !(rule in SQUAWK_SCOPE)).sort();

  const examples = join(root, "eugene", "examples");
  const eugene = Object.entries(EUGENE_SCOPE).map(([hint, codes]) => {
    const row = { hint, codes, badFlagged: null, goodClean: null, goodOther: [] };
    for (const kind of ["bad", "good"]) {
      const file = join(examples, hint, `${kind}.sql`);
      if (!existsSync(file)) continue;
      const scripts = eugeneScripts(readFileSync(file, "utf8"));
      const found = [];
      scripts.forEach((script, index) => {
        const applied = scripts.slice(0, index).map((s) => ({ name: s.name, up: { file: `${hint}/${kind}/${s.name}`, text: s.sql } }));
        found.push(...lint([{ name: script.name, up: { file: `${hint}/${kind}/${script.name}`, text: script.sql } }], applied));
      });
      const flagged = found.some((d) => codes.includes(d.code));
      if (kind === "bad") row.badFlagged = flagged;
      else {
        row.goodClean = !flagged;
        row.goodOther = [...new Set(found.map((d) => d.code).filter((code) => !codes.includes(code)))].sort();
      }
    }
    return row;
  });
  const eugeneOut = readdirSync(examples).filter((name) => /^[EW]\d+$/.test(name) && !(name in EUGENE_SCOPE)).sort();
  return { squawk, outOfScope, eugene, eugeneOut };
}
