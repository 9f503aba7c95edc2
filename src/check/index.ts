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
    for (const sequence of sequences) attach(lintSequence(sequence.units, parser), "migration");
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || compare(a.code, b.code);
}
