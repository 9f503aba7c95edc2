import { agentCodes } from "./codes/agent.js";
import { checkCodes } from "./codes/check.js";
import { fixCodes } from "./codes/fix.js";
import { migrationCodes } from "./codes/migration.js";
import { openapiCodes } from "./codes/openapi.js";
import { pathCodes } from "./codes/path.js";
import { pluginCodes } from "./codes/plugin.js";
import type { ArgsOfSpec } from "./define.js";
import { diagnosticFor } from "./diagnostic.js";

/**
 * The codes of findings about files (validate, inspect, check): the families that have a position. The
 * installer's, doctor's, the CLI's and the router's codes are in the same catalog (catalog.ts) but not here,
 * so the hooks that bundle this module do not carry them.
 */
export const findingCodes = {
  ...agentCodes,
  ...pluginCodes,
  ...pathCodes,
  ...fixCodes,
  ...checkCodes,
  ...migrationCodes,
  ...openapiCodes,
};

export type DiagnosticCode = keyof typeof findingCodes;

/** The arguments a finding code's wording takes. */
export type DiagnosticArgs<C extends DiagnosticCode> = ArgsOfSpec<(typeof findingCodes)[C]>;

/** Turns what a check found into a diagnostic: severity and wording from the catalog, the arguments kept as data. */
export const diagnostic = diagnosticFor(findingCodes);
export type { Range } from "./types.js";
