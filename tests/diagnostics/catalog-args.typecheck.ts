// Checked by `npm run typecheck` (part of `npm test`), never run: each `@ts-expect-error` line must be a type
// error, so the typecheck fails if the catalog ever stops catching a missing, misspelt or extra argument.
import { doctorCodes } from "../../src/diagnostics/codes/doctor.js";
import { render } from "../../src/diagnostics/define.js";
import { diagnostic } from "../../src/diagnostics/findings.js";
import type { Range } from "../../src/diagnostics/types.js";
import { installError } from "../../src/install/errors.js";
import { doctorFinding } from "../../src/install/report/doctor.js";
import type { Finding } from "../../src/validate/plugin/finding.js";

const at: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function typeChecks(): void {
  // Findings about files.
  diagnostic("MIGRATION_INDEX_NOT_CONCURRENT", "up.sql", at, { table: "orders" });
  // @ts-expect-error a missing argument
  diagnostic("MIGRATION_INDEX_NOT_CONCURRENT", "up.sql", at, {});
  // @ts-expect-error no arguments at all for a code that takes some
  diagnostic("MIGRATION_INDEX_NOT_CONCURRENT", "up.sql", at);
  // @ts-expect-error a misspelt argument
  diagnostic("MIGRATION_INDEX_NOT_CONCURRENT", "up.sql", at, { tabel: "orders" });
  // @ts-expect-error an argument of the wrong type
  diagnostic("AGENT_FILE_TOO_LARGE", "a.md", at, { bytes: "big" });
  diagnostic("PATH_NOT_FOUND", "a.md", at);
  // @ts-expect-error an argument the code does not take
  diagnostic("PATH_NOT_FOUND", "a.md", at, { path: "a.md" });
  // @ts-expect-error a code the catalog does not declare
  diagnostic("AGENT_NO_SUCH_CODE", "a.md", at);
  diagnostic("AGENT_TOOL_UNKNOWN", "a.md", at, { tool: "Grepp", field: "tools", suggestion: "Grep" });
  diagnostic("AGENT_TOOL_UNKNOWN", "a.md", at, { tool: "Grepp", field: "tools" });

  // A plugin rule's finding: the code decides the arguments.
  const finding: Finding = { code: "PLUGIN_UNKNOWN_KEY", path: ["x"], args: { key: "x" } };
  // @ts-expect-error the arguments of another code
  const wrong: Finding = { code: "PLUGIN_UNKNOWN_KEY", path: ["x"], args: { event: "x" } };

  // The installer, doctor and the plain render.
  installError("INSTALL_LOCKED", { path: "/lock", pid: 12 });
  // @ts-expect-error a missing argument
  installError("INSTALL_LOCKED", { path: "/lock" });
  installError("INSTALL_NO_HOME");
  doctorFinding("DOCTOR_PLUGIN_DISABLED", "/a.md", { plugin: "p@m" });
  // @ts-expect-error a misspelt argument
  doctorFinding("DOCTOR_PLUGIN_DISABLED", "/a.md", { plugn: "p@m" });
  render(doctorCodes.DOCTOR_EDITED, { scope: "user", flag: "--scope user" });
  // @ts-expect-error a missing argument
  render(doctorCodes.DOCTOR_EDITED, { scope: "user" });
  void finding;
  void wrong;
}
