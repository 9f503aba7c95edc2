import { dirname } from "node:path";
import { removeStaleTemps, writeFileAtomic } from "../io/atomic-write.js";
import { backupName, writeBackupAt } from "../io/backup.js";
import { errnoCode, lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../io/fs.js";
import { installError, type InstallError } from "../errors.js";
import { acquireLock, type LockOptions } from "../io/lock.js";
import { sha256, writeRecord, type InstallRecord } from "../state/record.js";
import { conflictError, type Plan } from "../plan/plan.js";
import { installSteps, recordAfterFailedWrite, type Step } from "./steps.js";

/** What an apply changed; on failure the same lists say what state the user's files are in. */
export interface Changes {
  /** Install targets that now hold new content. */
  written: string[];
  /** Backups made (absolute paths); they are kept even when the run fails. */
  backups: string[];
}

export type ApplyResult = ({ ok: true } & Changes) | ({ ok: false; error: InstallError } & Changes);

export interface ApplyOptions {
  fs?: InstallFs;
  lock?: LockOptions;
  now?: () => Date;
  /** Test hook: awaited before each step (see steps.ts), so a test can kill the process at a known point. */
  onStep?: (step: string) => Promise<void> | void;
}

/**
 * Applies a plan under the scope's lock. Refuses a plan with conflicts, and one whose files changed
 * since it was made. Order: backups, record marked pending, atomic writes, record final — so a crash
 * at any point leaves each file old or new, and the next run knows both as ours.
 */
export async function applyPlan(plan: Plan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const fs = options.fs ?? nodeFs;
  const lock = await acquireLock(plan.target.stateDir, { ...options.lock, fs });
  if (!lock.ok) return { ok: false, error: lock.error, written: [], backups: [] };
  try {
    return await applyPlanLocked(plan, options);
  } finally {
    await lock.value.release();
  }
}

/** {@link applyPlan} for a caller that already holds the lock: checks the plan is still true, then runs its steps. */
export async function applyPlanLocked(plan: Plan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const fs = options.fs ?? nodeFs;
  const now = options.now?.() ?? new Date();
  const stale = await staleness(plan, fs);
  if (stale) return { ok: false, error: stale, written: [], backups: [] };
  const { steps } = installSteps(plan, plan.record, { now, backupName: (path) => backupName(path, now) });
  return runSteps(plan, steps, fs, options.onStep ?? (() => undefined));
}

/** Why the plan can no longer be applied as made (a conflict, a symlink, a file changed since), if so. */
async function staleness(plan: Plan, fs: InstallFs): Promise<InstallError | undefined> {
  const conflict = plan.files.find((file) => file.action === "conflict");
  if (conflict) return conflictError(plan, conflict);
  for (const file of plan.files) {
    const stats = await lstatOrUndefined(fs, file.target).catch(() => undefined);
    if (stats?.isSymbolicLink()) return installError("INSTALL_TARGET_SYMLINK", { path: file.target });
    const disk = await readOrUndefined(fs, file.target).catch(() => undefined);
    if ((disk ? sha256(disk) : undefined) !== file.current?.sha256) return installError("INSTALL_PLAN_STALE", { path: file.target });
  }
  for (const edit of plan.edits) {
    const disk = await readOrUndefined(fs, edit.target).catch(() => undefined);
    if ((disk === undefined) !== (edit.before === undefined) || (disk && edit.before && !disk.equals(edit.before))) {
      return installError("INSTALL_PLAN_STALE", { path: edit.target });
    }
  }
  return undefined;
}

/** The executor: runs each step, stops at the first failure and says what state the files are in. */
async function runSteps(plan: Plan, steps: readonly Step[], fs: InstallFs, onStep: (step: string) => Promise<void> | void): Promise<ApplyResult> {
  const changes: Changes = { written: [], backups: [] };
  const { target } = plan;
  let pending: InstallRecord | undefined;
  for (const step of steps) {
    await onStep(step.name);
    try {
      switch (step.kind) {
        case "backup":
          changes.backups.push(await writeBackupAt(fs, target.stateDir, step.backup, step.content));
          break;
        case "record":
          await writeRecord(target, step.record, fs);
          if (step.name === "record:pending") pending = step.record;
          break;
        case "write":
          await fs.mkdir(dirname(step.target));
          await removeStaleTemps(fs, step.target);
          await writeFileAtomic(step.target, step.content, { fs });
          changes.written.push(step.target);
          break;
        case "edit":
          await fs.mkdir(dirname(step.target));
          await writeFileAtomic(step.target, step.content, { fs });
          changes.written.push(step.target);
          break;
      }
    } catch (error) {
      if (step.kind === "write" && pending) {
        // Best effort: the pending record is already consistent with the disk.
        await writeRecord(target, recordAfterFailedWrite(plan, plan.record, pending, new Set(changes.written)), fs).catch(() => undefined);
      }
      // A failed final record leaves complete files that the pending record already counts as ours.
      const path = step.kind === "write" || step.kind === "edit" ? step.target : target.stateDir;
      return { ok: false, error: installError("INSTALL_WRITE_FAILED", { path, errno: errnoCode(error) }), ...changes };
    }
  }
  return { ok: true, ...changes };
}
