import type { InstallOutcome } from "../install.js";
import { formatClashes, formatDryRun, formatError, formatFileState, formatInstallSuccess, formatPlan, formatProjectHooksNote, formatWarnings } from "./format.js";

/** What `install` prints: the plan and clashes, warnings and errors, and what state the files are in. Pure. */
export function installText(outcome: InstallOutcome, cwd: string): { stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  if (outcome.plan) stdout += formatPlan(outcome.plan, outcome.dryRun);
  stdout += formatClashes(outcome.clashes, outcome.plan?.files[0]?.target);
  stderr += formatWarnings(outcome.warnings);
  if (!outcome.ok && outcome.error) stderr += formatError(outcome.error);
  if (outcome.dryRun) stdout += formatDryRun(outcome);
  else if (outcome.ok) stdout += `${formatInstallSuccess(outcome)}${formatProjectHooksNote(outcome, cwd)}`;
  if (!outcome.dryRun) {
    if (outcome.ok) stdout += formatFileState(outcome);
    else stderr += formatFileState(outcome);
  }
  return { stdout, stderr };
}

/** `install --json`: the outcome as data (errors and warnings keep their codes and arguments). */
export function installJson(outcome: InstallOutcome): unknown {
  return {
    ok: outcome.ok,
    dryRun: outcome.dryRun,
    scope: outcome.target?.kind ?? null,
    agentsDir: outcome.target?.agentsDir ?? null,
    version: outcome.plan?.version ?? null,
    files: (outcome.plan?.files ?? []).map((f) => ({ path: f.target, action: f.action, diff: f.diff })),
    written: outcome.written,
    backups: outcome.backups,
    clashes: { copies: outcome.clashes.copies, winner: outcome.clashes.winner ?? null },
    warnings: outcome.warnings,
    error: outcome.error ?? null,
  };
}
