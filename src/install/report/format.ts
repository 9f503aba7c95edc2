import { dirname, join, resolve } from "node:path";
import type { ClashReport } from "./clashes.js";
import type { InstallError, InstallWarning } from "../errors.js";
import type { InstallOutcome } from "../install.js";
import type { Plan } from "../plan/plan.js";
import type { PlannedEdit } from "../plan/edits.js";
import type { Target } from "../layout/target.js";
import type { UninstallOutcome } from "../uninstall.js";

/** Wording of the installer's results. Pure: returns text, the CLI prints it. */

const ACTION_LABEL = { create: "create", update: "update", unchanged: "unchanged", conflict: "CONFLICT", replace: "replace" } as const;

export function describeTarget(target: Target): string {
  const kind = target.kind === "plugin" ? "plugin folder" : `${target.kind} scope`;
  return `${kind} ${target.agentsDir}`;
}

export function formatPlan(plan: Plan, dryRun: boolean): string {
  const lines = [`${dryRun ? "Would install" : "Installing"} backend-architect ${plan.version} into the ${describeTarget(plan.target)}:`];
  for (const file of plan.files) {
    lines.push(`  ${ACTION_LABEL[file.action].padEnd(9)} ${file.target}`);
    if (file.action === "replace") lines.push(`            (the current file is kept as a backup first)`);
    if (file.diff) lines.push(...indentDiff(file.diff));
  }
  for (const edit of plan.edits) {
    const purpose = edit.kind === "settings" ? "register the hooks: router, guard, check" : "list the agent in plugin.json";
    // A file that does not exist yet is created: there is nothing of yours to back up.
    const creates = edit.action === "edit" && edit.before === undefined;
    const note = edit.action !== "edit" ? `(${unchangedWhy(edit)})` : creates ? `(${purpose})` : `(${purpose}; a backup is kept)`;
    const label = edit.action !== "edit" ? "unchanged" : creates ? "create" : "merge";
    lines.push(`  ${label.padEnd(9)} ${edit.target} ${note}`);
    if (edit.diff) lines.push(...indentDiff(edit.diff));
  }
  return `${lines.join("\n")}\n`;
}

/** Why a merged file needs no change: our part is there, or (plugin.json without an agents list) none is needed. */
function unchangedWhy(edit: PlannedEdit): string {
  if (edit.kind === "settings") return "hooks already there";
  let manifest: unknown;
  try {
    manifest = JSON.parse(edit.content.toString("utf8"));
  } catch {
    manifest = undefined;
  }
  const listed = typeof manifest === "object" && manifest !== null && "agents" in manifest;
  return listed ? "the agent is already listed in plugin.json" : "no agents list in plugin.json: Claude Code finds agents/backend-architect.md by itself";
}

/** Longest diff shown in text output; --json carries the whole diff. */
const MAX_DIFF_LINES = 60;

function indentDiff(diff: string): string[] {
  const lines = diff.trimEnd().split("\n");
  const shown = lines.slice(0, MAX_DIFF_LINES).map((line) => `    ${line}`);
  if (lines.length > MAX_DIFF_LINES) shown.push(`    ... ${lines.length - MAX_DIFF_LINES} more diff lines (--json shows the whole diff)`);
  return shown;
}

export function formatError(error: InstallError): string {
  const lines = [`${error.code}: ${error.message}`, ...(error.details ?? []).map((d) => `  ${d}`), `  hint: ${error.hint}`];
  return `${lines.join("\n")}\n`;
}

/** Warnings of a run that went ahead (or would), each with its findings and hint. */
export function formatWarnings(warnings: readonly InstallWarning[]): string {
  return warnings
    .map((w) => `${[`${w.code} (warning): ${w.message}`, ...(w.details ?? []).map((d) => `  ${d}`), `  hint: ${w.hint}`].join("\n")}\n`)
    .join("");
}

/** What state the user's files are in after a run, said plainly (also after a failure). */
export function formatFileState(changes: { written: string[]; backups: string[]; removed?: string[]; restored?: string[] }): string {
  const changed = [
    ...changes.written.map((p) => `  written   ${p}`),
    ...(changes.restored ?? []).map((p) => `  restored  ${p}`),
    ...(changes.removed ?? []).map((p) => `  removed   ${p}`),
    ...changes.backups.map((p) => `  backup    ${p}`),
  ];
  return changed.length === 0 ? "Your files: nothing was changed.\n" : `Your files: these changed, nothing else did:\n${changed.join("\n")}\n`;
}

export function formatClashes(report: ClashReport, installed?: string): string {
  const others = report.copies.filter((copy) => copy.file !== installed);
  if (others.length === 0) return "";
  const lines = ["Other agents named backend-architect that Claude Code reads:"];
  for (const copy of others) {
    const plugin = copy.plugin ? ` (plugin ${copy.plugin.id}, ${copy.plugin.enabled ? "enabled" : "disabled"}; invoked as @agent-${copy.agentType})` : "";
    lines.push(`  ${copy.source.padEnd(8)} ${copy.file}${plugin}`);
  }
  if (report.winner) {
    lines.push(`@agent-backend-architect uses the ${report.winner.source} copy ${report.winner.file} (precedence: plugin < user < project < managed).`);
  }
  return `${lines.join("\n")}\n`;
}

/** The last line of a dry run: nothing was written, and whether the real run would stop. */
export function formatDryRun(outcome: InstallOutcome): string {
  const stop = outcome.ok || !outcome.error ? "" : ` A real run would stop here too (${outcome.error.code}).`;
  return `Dry run: nothing was written.${stop}\n`;
}

export function formatInstallSuccess(outcome: InstallOutcome): string {
  if (outcome.dryRun) return formatDryRun(outcome);
  const changed = outcome.written.length > 0;
  const done = changed ? "Installed" : "Already installed, nothing to do";
  if (outcome.warnings.some((w) => w.code === "INSTALL_PLUGIN_AGENT_CLASH_FORCED")) {
    return `${done}, beside another agent of the same type (see the warning): Claude Code loads only one of the two.\n`;
  }
  const where = outcome.target?.kind === "plugin" ? "the plugin's agent" : "`backend-architect`; invoke it with @agent-backend-architect";
  return `${done}. Claude Code loads it as ${where} (restart running sessions).\n`;
}

export function formatUninstall(outcome: UninstallOutcome): string {
  if (!outcome.ok) return "";
  return "Uninstalled: the install record is gone; backups, if any, stay in the .backend-architect folder.\n";
}

/**
 * Claude Code reads agents from .claude/agents in the cwd and every folder up to the git root, but a
 * project's settings.json (where our hooks go) only from the folder it starts in (tests/install/e2e.test.ts checks it).
 */
export function formatProjectHooksNote(outcome: InstallOutcome, cwd: string): string {
  const target = outcome.target;
  if (!outcome.ok || target?.kind !== "project" || !outcome.plan?.edits.some((e) => e.kind === "settings")) return "";
  const projectRoot = dirname(target.root);
  if (resolve(cwd) === projectRoot) return "";
  return `Note: the hooks are in ${join(projectRoot, ".claude", "settings.json")}; Claude Code reads a project's settings only when it starts in ${projectRoot}. The agent itself loads from any folder below it.\n`;
}
