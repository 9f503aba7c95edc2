import { doctorCodes } from "./codes/doctor.js";
import { installCodes } from "./codes/install.js";
import { routeCodes } from "./codes/route.js";
import { usageCodes } from "./codes/usage.js";
import type { AnyCodeSpec, ArgsOfSpec, Family } from "./define.js";
import { findingCodes } from "./findings.js";

export { diagnostic, type DiagnosticCode, type DiagnosticArgs } from "./findings.js";
export type { Range } from "./types.js";

/**
 * Every code the project emits, each declared once in its family's file (src/diagnostics/codes/). Codes are
 * permanent: rename never, retire by leaving a tombstone. The docs (docs/diagnostics.md, docs/install-errors.md,
 * docs/usage-errors.md) are generated from this by scripts/build-docs.mjs. Emitters import their family, not
 * this, so a hook bundle carries only the families it uses.
 */
export const catalog = {
  ...findingCodes,
  ...installCodes,
  ...doctorCodes,
  ...usageCodes,
  ...routeCodes,
};

export type Code = keyof typeof catalog;

/** The arguments a code's wording takes. */
export type ArgsOf<C extends Code> = ArgsOfSpec<(typeof catalog)[C]>;

/** Every code's declaration, for the docs, SARIF and the tests. */
export function catalogEntries(): [Code, AnyCodeSpec & { family: Family }][] {
  return (Object.keys(catalog) as Code[]).map((code) => [code, catalog[code] as AnyCodeSpec]);
}
