import { checkCodes } from "../diagnostics/codes/check.js";
import { migrationCodes } from "../diagnostics/codes/migration.js";
import type { ArgsOfSpec } from "../diagnostics/define.js";
import { diagnosticFor } from "../diagnostics/diagnostic.js";
import type { Diagnostic, Range } from "../diagnostics/types.js";

type CheckFamily = typeof checkCodes & typeof migrationCodes;

/** Every code `check` emits (the OpenAPI checks have their own). */
export type CheckCode = keyof CheckFamily;

/** The arguments a check code's wording takes. */
export type CheckArgs<C extends CheckCode> = ArgsOfSpec<CheckFamily[C]>;

const checkFamilyDiagnostic = diagnosticFor({ ...checkCodes, ...migrationCodes });

/** A diagnostic of the check families, with exactly the arguments its wording declares. */
export function checkDiagnostic<C extends CheckCode>(code: C, file: string, range: Range, args: CheckArgs<C>): Diagnostic {
  return checkFamilyDiagnostic<CheckCode>(code, file, range, args as CheckArgs<CheckCode>);
}

/** Line 1, column 1: for findings about a whole file. */
export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
