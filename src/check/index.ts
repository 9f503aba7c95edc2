import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { ioReason, nodeValidateFs, type ValidateFs } from "../validate/fs.js";
import { checkDiagnostic, FILE_START } from "./diagnostic.js";
import { discover } from "./discover.js";
import { checkOpenApi, isOpenApiDocument } from "./openapi/index.js";
import type { ExecuteOptions, MigrationRunSummary } from "./sql/execute/index.js";
import { buildSequence, type MigrationSequence, type SqlSource } from "./sql/layout.js";
import { lintSequence } from "./sql/lint.js";
import { loadSqlParser } from "./sql/parse.js";
import { unchangedSince } from "./since.js";

export type CheckedKind = "migration" | "openapi" | "path";

/** One file that was checked, and what was found in it. */
export interface CheckedFile {
  /** Absolute path. */
  file: string;
  kind: CheckedKind;
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  /** Relative paths are resolved against this; also the default path. Defaults to process.cwd(). */
  cwd?: string;
  /** File access; tests inject failures here. Defaults to node:fs. */
  fs?: ValidateFs;
  /** Also apply the migrations to an embedded Postgres (`check --execute`). */
  execute?: boolean | ExecuteOptions;
  /**
   * A git revision (`check --since`): in a migration folder, the migrations unchanged since it are read as deployed
   * (their tables exist and are live; nothing in them is reported), and those added or changed since are checked
   * as later deploys. A file named on its own is always checked.
   */
  since?: string;
}

export interface CheckResult {
  /** Every file checked, sorted by path. */
  files: CheckedFile[];
  /** All diagnostics, sorted by file, then position. */
  diagnostics: Diagnostic[];
  /** With `execute`: what was applied. */
  migrations?: MigrationRunSummary;
}

/**
 * Checks migrations (files, or folders read as ordered sequences) and OpenAPI documents. Never throws on
 * user input: a missing or unreadable path, a syntax error, a statement Postgres refuses, all are diagnostics.
 */
export async function checkPaths(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const fs = options.fs ?? nodeValidateFs;
  const cwd = options.cwd ?? process.cwd();
  const targets = paths.length === 0 ? [cwd] : paths.map((path) => resolve(cwd, path));
  const found = await discover(targets, fs);
  const files = new Map<string, CheckedFile>();
  const report = (file: string, kind: CheckedKind) => {
    let entry = files.get(file);
    if (!entry) files.set(file, (entry = { file, kind, diagnostics: [] }));
    return entry;
  };
  const attach = (diagnostics: readonly Diagnostic[], kind: CheckedKind) => {
    for (const diagnostic of diagnostics) report(diagnostic.file, kind).diagnostics.push(diagnostic);
  };
  attach(found.problems, "path");
  const read = async (file: string): Promise<string | undefined> => {
    try {
      return await fs.readText(file);
    } catch (error) {
      attach([checkDiagnostic("CHECK_PATH_UNREADABLE", file, FILE_START, { reason: ioReason(error) })], "path");
      return undefined;
    }
  };

  const sequences: MigrationSequence[] = [];
  for (const [root, list] of found.sequences) {
    const sources: SqlSource[] = [];
    for (const file of list) {
      const text = await read(file);
      if (text === undefined) continue;
      sources.push({ file, text });
      report(file, "migration");
    }
    sequences.push(buildSequence(root, sources));
  }
  let migrations: MigrationRunSummary | undefined;
  if (sequences.length > 0) {
    const parser = await loadSqlParser();
    const deployed = options.since === undefined ? undefined : await unchangedSince(options.since, cwd);
    if (deployed && !deployed.ok) attach([checkDiagnostic("CHECK_SINCE_UNAVAILABLE", cwd, FILE_START, { ref: options.since ?? "", reason: deployed.reason })], "path");
    for (const sequence of sequences) {
      const applied = deployed?.ok ? await deployedPrefix(sequence, deployed.isUnchanged) : 0;
      attach(lintSequence(sequence.units.slice(applied), parser, { applied: sequence.units.slice(0, applied) }), "migration");
    }
    if (options.execute) {
      const { executeSequences } = await import("./sql/execute/index.js");
      const run = await executeSequences(sequences, parser, options.execute === true ? {} : options.execute);
      attach(run.diagnostics, "migration");
      migrations = run.summary;
    }
  }

  for (const { file, explicit } of found.documents) {
    const text = await read(file);
    if (text === undefined) continue;
    if (!isOpenApiDocument(text, file)) {
      if (explicit) attach([checkDiagnostic("CHECK_NOTHING_TO_CHECK", file, FILE_START, {})], "path");
      continue;
    }
    report(file, "openapi");
    attach(await checkOpenApi({ file, text, readFile: async (path) => fs.readText(path).catch(() => undefined) }), "openapi");
  }

  const sorted = [...files.values()].sort((a, b) => compare(a.file, b.file));
  for (const entry of sorted) entry.diagnostics.sort(byPosition);
  return { files: sorted, diagnostics: sorted.flatMap((entry) => entry.diagnostics), ...(migrations ? { migrations } : {}) };
}

/** How many units, from the first, are unchanged since the ref (up and down alike); none for a file named alone. */
async function deployedPrefix(sequence: MigrationSequence, isUnchanged: (file: string) => Promise<boolean>): Promise<number> {
  if (sequence.units.length === 1 && sequence.units[0]?.up.file === sequence.root) return 0;
  let count = 0;
  for (const unit of sequence.units) {
    if (!(await isUnchanged(unit.up.file)) || (unit.down && !(await isUnchanged(unit.down.file)))) break;
    count++;
  }
  return count;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || compare(a.code, b.code);
}
