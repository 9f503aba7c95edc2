import type { Diagnostic } from "../diagnostics/types.js";
import type { AgentFixChange } from "../fix/index.js";
import { validatePath, type FileReport, type ValidatePathOptions } from "./path.js";

/**
 * Rewrites agent files in place where a safe fix exists (install/agent-fixes.ts `applyAgentFixes`, the
 * only writer); passed in, so validate itself never writes.
 */
export type AgentFixer = (files: readonly string[]) => Promise<{ fixed: { file: string; changes: AgentFixChange[] }[]; failed: Diagnostic[] }>;

export interface ValidateAndFixOptions extends ValidatePathOptions {
  /** With a fixer: validate, fix the agent files with findings, and validate again. */
  fix?: AgentFixer;
}

export interface ValidateAndFixResult {
  files: FileReport[];
  /** What is left after fixing (and why a fix could not be written). */
  diagnostics: Diagnostic[];
  /** Files rewritten, with what changed in each. */
  fixed: { file: string; changes: AgentFixChange[] }[];
}

/** `backend-architect validate [--fix]` as one call: validate, then (with a fixer) fix and validate again. */
export async function validateAndFix(paths: readonly string[], options: ValidateAndFixOptions = {}): Promise<ValidateAndFixResult> {
  const { fix, ...validateOptions } = options;
  const first = await validatePath(paths, validateOptions);
  if (!fix) return { ...first, fixed: [] };
  const agents = first.files.filter((file) => file.kind === "agent" && file.diagnostics.length > 0).map((file) => file.file);
  const outcome = await fix(agents);
  const after = outcome.fixed.length > 0 ? await validatePath(paths, validateOptions) : first;
  return { files: after.files, diagnostics: [...after.diagnostics, ...outcome.failed], fixed: outcome.fixed };
}
