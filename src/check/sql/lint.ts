import type { Range } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { checkDiagnostic } from "../diagnostic.js";
import type { MigrationUnit, SqlSource } from "./layout.js";
import type { ParsedSql, SqlParser, SqlStatement } from "./parse.js";
import { rules, type StatementContext } from "./rules/index.js";
import { SequenceState } from "./state.js";

export interface LintOptions {
  /**
   * Units applied before the checked ones: their tables exist (they count as old) and they are not
   * reported on. Used to check one step of a sequence as a later deploy.
   */
  applied?: readonly MigrationUnit[];
}

/**
 * The static checks of a migration sequence: every up migration in order, through every rule, with the
 * tables created earlier in the sequence counted as new. Down migrations are only parsed: dropping what
 * up created is their job, and `check --execute` checks that they undo it.
 */
export function lintSequence(units: readonly MigrationUnit[], parser: SqlParser, options: LintOptions = {}): Diagnostic[] {
  const state = new SequenceState();
  state.replayingHistory = true;
  for (const unit of options.applied ?? []) lintSource(unit.up, parser, state, false);
  state.replayingHistory = false;
  const found: Diagnostic[] = [];
  for (const unit of units) {
    found.push(...lintSource(unit.up, parser, state));
    if (unit.down) {
      const parsed = parser.parse(unit.down.text);
      if (!parsed.ok) found.push(syntaxError(unit.down, parsed));
    }
  }
  return found;
}

/** Lints one source with the state the sequence left, and records what it does. */
export function lintSource(source: SqlSource, parser: SqlParser, state: SequenceState, report = true): Diagnostic[] {
  const parsed = parser.parse(source.text);
  if (!parsed.ok) return report ? [syntaxError(source, parsed)] : [];
  state.startFile();
  const found: Diagnostic[] = [];
  const atEnd: (() => void)[] = [];
  let tokens: { start: number; end: number }[] | undefined;
  const tokenEnd = (byte: number): number => {
    tokens ??= parser.tokens(source.text);
    const token = tokens.find((candidate) => candidate.start <= byte && byte < candidate.end);
    return token?.end ?? byte + 1;
  };
  for (const statement of parsed.statements) {
    const range = statementRange(parsed, statement);
    const context: StatementContext = {
      node: statement.node,
      statement,
      state,
      range,
      at: (location) =>
        location === undefined || location < 0
          ? range
          : { start: parsed.source.fromByte(location), end: parsed.source.fromByte(tokenEnd(location)) },
      report: (code, at, args) => {
        if (report) found.push(checkDiagnostic(code, source.file, at, args));
      },
      atFileEnd: (check) => atEnd.push(check),
    };
    for (const rule of rules) rule(context);
    state.apply(statement);
  }
  for (const check of atEnd) check();
  return found;
}

function statementRange(parsed: Extract<ParsedSql, { ok: true }>, statement: SqlStatement): Range {
  return { start: parsed.source.fromByte(statement.start), end: parsed.source.fromByte(statement.end) };
}

function syntaxError(source: SqlSource, parsed: Extract<ParsedSql, { ok: false }>): Diagnostic {
  const { position, message } = parsed.error;
  return checkDiagnostic("MIGRATION_SYNTAX_ERROR", source.file, { start: position, end: { line: position.line, column: position.column + 1 } }, { detail: message });
}
