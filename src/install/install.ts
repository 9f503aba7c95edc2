import { applyPlanLocked, type ApplyOptions, type Changes } from "./apply/apply.js";
import { fail, installError, type InstallError, type InstallWarning, type Result } from "./errors.js";
import { nodeFs, type InstallFs } from "./io/fs.js";
import { acquireLock, type LockOptions } from "./io/lock.js";
import { conflictError, conflicts, planInstall, type Plan } from "./plan/plan.js";
import type { Target } from "./layout/target.js";
import { resolveTarget, type ScopeRequest } from "./plan/scope.js";
import { loadSource, type Source, type SourceOptions } from "./plan/source.js";
import { checkAgentText } from "../validate/agent/index.js";
import type { EditKind } from "./layout/names.js";
import { pluginProblem } from "./plan/plugin-check.js";
import { pluginAgentClash } from "./plan/plugin-agents.js";
import { scanAgentCopies, type ClashReport, type ScanOptions } from "./report/clashes.js";

export interface InstallOptions extends ScopeRequest, Pick<ScanOptions, "managedDir"> {
  dryRun?: boolean;
  force?: boolean;
  /** Where the packaged agent comes from (tests pass a fixture package). */
  source?: SourceOptions;
  lock?: LockOptions;
  now?: () => Date;
  onStep?: (step: string) => Promise<void> | void;
  /**
   * Register the hooks (copy the three hook scripts, merge them into the scope's
   * settings.json). Default true for user and project scopes; a plugin folder never gets them.
   */
  hooks?: boolean;
}

/** The outcome of `install`: what was planned and what changed, also on failure. */
export interface InstallOutcome extends Changes {
  ok: boolean;
  dryRun: boolean;
  target?: Target;
  plan?: Plan;
  error?: InstallError;
  /** What the user should know about an install that went ahead (or would): e.g. the packaged agent's warnings. */
  warnings: InstallWarning[];
  /** Every agent named backend-architect Claude Code reads once the run is over, and which one it reaches. */
  clashes: ClashReport;
}

/** Resolves the scope, reads the packaged agent and validates it (errors refuse it; warnings are returned). */
export async function prepareInstall(options: InstallOptions): Promise<Result<{ target: Target; source: Source; warnings: InstallWarning[] }>> {
  const target = await resolveTarget(options);
  if (!target.ok) return target;
  const hooks = target.value.kind !== "plugin" && (options.hooks ?? true);
  const source = await loadSource({ hooks, ...options.source, ...(options.fs ? { fs: options.fs } : {}) });
  if (!source.ok) return fail(source.error);
  const check = checkSource(source.value, target.value.kind);
  if (check.error) return fail(check.error);
  return { ok: true, value: { target: target.value, source: source.value, warnings: check.warnings } };
}

/**
 * Installs the agent into one scope: plan, then (unless dry-run) take the lock, plan again under it
 * and apply. Nothing is written on a conflict unless `force`. The outcome says, besides what was planned
 * and written, which copies of the agent Claude Code reads afterwards (all a CLI needs to print).
 */
export async function install(options: InstallOptions): Promise<InstallOutcome> {
  const outcome = await installOnly(options);
  const scan: ScanOptions = { cwd: options.cwd, env: options.env };
  if (options.fs) scan.fs = options.fs;
  if (options.managedDir !== undefined) scan.managedDir = options.managedDir;
  return { ...outcome, clashes: await scanAgentCopies(scan) };
}

async function installOnly(options: InstallOptions): Promise<Omit<InstallOutcome, "clashes">> {
  const fs: InstallFs = options.fs ?? nodeFs;
  const dryRun = options.dryRun ?? false;
  const prepared = await prepareInstall(options);
  if (!prepared.ok) return { ok: false, error: prepared.error, written: [], backups: [], dryRun, warnings: [] };
  const { target, source, warnings } = prepared.value;
  const none = { written: [], backups: [], dryRun, warnings };
  const hooks = source.files.some((file) => file.kind === "hook");
  const edits: EditKind[] = target.kind === "plugin" ? ["plugin-manifest"] : hooks ? ["settings"] : [];
  const planOptions = { target, source, force: options.force ?? false, fs, edits };
  if (target.kind === "plugin") {
    const broken = await pluginProblem(target.root, { fs });
    if (broken) return { ok: false, target, error: broken, ...none };
  }
  if (dryRun) {
    // The same checks as a real run, so a dry run fails (and exits) exactly where the real run would.
    const plan = await planInstall(planOptions);
    if (!plan.ok) return { ok: false, target, error: plan.error, ...none };
    const checked = await checkPlan(plan.value, fs);
    const all = { ...none, warnings: [...warnings, ...checked.warnings] };
    return checked.error ? { ok: false, target, plan: plan.value, error: checked.error, ...all } : { ok: true, target, plan: plan.value, ...all };
  }
  const lock = await acquireLock(target.stateDir, { ...options.lock, fs });
  if (!lock.ok) return { ok: false, target, error: lock.error, ...none };
  try {
    const plan = await planInstall(planOptions);
    if (!plan.ok) return { ok: false, target, error: plan.error, ...none };
    const checked = await checkPlan(plan.value, fs);
    const all = [...warnings, ...checked.warnings];
    if (checked.error) return { ok: false, target, plan: plan.value, error: checked.error, ...none, warnings: all };
    const applyOptions: ApplyOptions = { fs };
    if (options.now) applyOptions.now = options.now;
    if (options.onStep) applyOptions.onStep = options.onStep;
    const applied = await applyPlanLocked(plan.value, applyOptions);
    const outcome: Omit<InstallOutcome, "clashes"> = { ok: applied.ok, target, plan: plan.value, dryRun, written: applied.written, backups: applied.backups, warnings: all };
    if (!applied.ok) outcome.error = applied.error;
    if (applied.ok && target.kind === "plugin") {
      // Checked again on disk: the written plugin must still be valid (the overlay check should make this moot).
      const broken = await pluginProblem(target.root, { written: true, fs });
      if (broken) return { ...outcome, ok: false, error: broken };
    }
    return outcome;
  } finally {
    await lock.value.release();
  }
}

/**
 * What stops a plan before anything is written: a conflicting file, a plugin the install would break, or
 * another agent of the plugin with our agent type (with --force that one is a warning: their file stays).
 */
async function checkPlan(plan: Plan, fs: InstallFs): Promise<{ error?: InstallError; warnings: InstallWarning[] }> {
  const conflict = conflicts(plan)[0];
  if (conflict) return { error: conflictError(plan, conflict), warnings: [] };
  if (plan.target.kind !== "plugin") return { warnings: [] };
  const broken = await pluginProblem(plan.target.root, { plan, fs });
  if (broken) return { error: broken, warnings: [] };
  const clash = await pluginAgentClash(plan, fs);
  const found = clash.others.map((other) =>
    installError(plan.force ? "INSTALL_PLUGIN_AGENT_CLASH_FORCED" : "INSTALL_PLUGIN_AGENT_CLASH", { path: other, root: plan.target.root, agentType: clash.agentType }),
  );
  return plan.force || found.length === 0 ? { warnings: found } : { error: found[0] as InstallError, warnings: [] };
}

/**
 * Validates every packaged agent in the scope it is going to. Any error-severity finding, or an agent
 * Claude Code would not load, refuses the install (an invalid agent is never installed); warnings let it
 * go ahead and are returned, one per agent file with each finding, so the user is told.
 */
export function checkSource(source: Source, scope: Target["kind"]): { error?: InstallError; warnings: InstallWarning[] } {
  const warnings: InstallWarning[] = [];
  for (const file of source.files.filter((f) => f.kind === "agent")) {
    const path = `${source.packageRoot.replace(/\/$/, "")}/${file.path}`;
    const check = checkAgentText(file.content.toString("utf8"), path, scope === "plugin" ? { scope, pluginName: "plugin", relativePath: file.path.replace(/^agents\//, "") } : { scope });
    const line = (d: (typeof check.diagnostics)[number]): string => `${d.start.line}:${d.start.column} ${d.code} ${d.message}`;
    const errors = check.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || !check.resolved.loaded) {
      const error = installError("INSTALL_SOURCE_INVALID", { path, count: Math.max(errors.length, 1) });
      error.details = errors.map(line);
      return { error, warnings };
    }
    const warned = check.diagnostics.filter((d) => d.severity === "warning");
    if (warned.length > 0) {
      const warning = installError("INSTALL_SOURCE_WARNINGS", { path, count: warned.length });
      warning.details = warned.map(line);
      warnings.push(warning);
    }
  }
  return { warnings };
}

/** {@link checkSource}'s refusal alone. */
export function validateSource(source: Source, scope: Target["kind"]): InstallError | undefined {
  return checkSource(source, scope).error;
}
