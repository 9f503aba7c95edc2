import { agentCodes } from "./codes/agent.js";
import { openapiCatalogEntries } from "./codes/openapi.js";
import { checkCodes } from "./codes/check.js";
import { migrationCodes } from "./codes/migration.js";
import { pluginCodes } from "./codes/plugin.js";
import { asCatalogEntries } from "./codes/typed.js";
import type { CodeArgs, CodeEntry } from "./codes/types.js";
import type { Diagnostic, Position } from "./types.js";

/** Every diagnostic code there is. Codes are permanent: rename never, retire by leaving a tombstone. */
export const catalog = {
  ...agentCodes,
  ...pluginCodes,
  ...openapiCatalogEntries,
  ...asCatalogEntries(checkCodes),
  ...asCatalogEntries(migrationCodes),
} satisfies Record<string, CodeEntry>;

export type DiagnosticCode = keyof typeof catalog;

export interface Range {
  start: Position;
  end: Position;
}

/** Turns what a check found into a diagnostic, taking severity and wording from the catalog. */
export function diagnostic(code: DiagnosticCode, file: string, range: Range, args: CodeArgs = {}): Diagnostic {
  const entry: CodeEntry = catalog[code];
  const result: Diagnostic = {
    code,
    severity: entry.severity,
    file,
    start: range.start,
    end: range.end,
    message: entry.message(args),
  };
  if (entry.hint) result.hint = entry.hint(args);
  return result;
}
