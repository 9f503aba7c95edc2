import { dirname } from "node:path";
import { removeStaleTemps, writeFileAtomic } from "../io/atomic-write.js";
import { writeBackup } from "../io/backup.js";
import { errnoCode, lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../io/fs.js";
import { installError, type InstallError } from "../errors.js";
import { acquireLock, type LockOptions } from "../io/lock.js";
import { emptyRecord, sha256, writeRecord, type InstallRecord, type RecordedEdit, type RecordedFile } from "../state/record.js";
import type { PlannedEdit } from "../plan/edits.js";
import { conflictError, type Plan } from "../plan/plan.js";

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
  /** Test hook: awaited between steps, so a test can kill the process at a known point. */
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

/** {@link applyPlan} for a caller that already holds the lock. */
export async function applyPlanLocked(plan: Plan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const fs = options.fs ?? nodeFs;
  const now = options.now?.() ?? new Date();
  const step = options.onStep ?? (() => undefined);
  const changes: Changes = { written: [], backups: [] };
  const failWith = (error: InstallError): ApplyResult => ({ ok: false, error, ...changes });

  const conflict = plan.files.find((file) => file.action === "conflict");
  if (conflict) return failWith(conflictError(plan, conflict));
  for (const file of plan.files) {
    const stats = await lstatOrUndefined(fs, file.target).catch(() => undefined);
    if (stats?.isSymbolicLink()) return failWith(installError("INSTALL_TARGET_SYMLINK", { path: file.target }));
    const disk = await readOrUndefined(fs, file.target).catch(() => undefined);
    if ((disk ? sha256(disk) : undefined) !== file.current?.sha256) {
      return failWith(installError("INSTALL_PLAN_STALE", { path: file.target }));
    }
  }

  for (const edit of plan.edits) {
    const disk = await readOrUndefined(fs, edit.target).catch(() => undefined);
    if ((disk === undefined) !== (edit.before === undefined) || (disk && edit.before && !disk.equals(edit.before))) {
      return failWith(installError("INSTALL_PLAN_STALE", { path: edit.target }));
    }
  }

  const before = plan.record;
  const record: InstallRecord = structuredClone(before ?? emptyRecord(plan.target.kind));
  const toWrite = plan.files.filter((file) => file.action !== "unchanged");
  let recordTouched = false;

  for (const file of plan.files) {
    const existing = record.files.find((entry) => entry.path === file.path);
    if (file.action === "unchanged") {
      // Same bytes: if the copy is ours, settle any interrupted write and note the version.
      if (existing && file.current?.ownership === "ours" && (existing.pending || existing.version !== plan.version)) {
        delete existing.pending;
        existing.sha256 = file.sha256;
        existing.version = plan.version;
        recordTouched = true;
      }
      continue;
    }
    let replaced = existing?.replaced;
    if (file.action === "replace" && file.current) {
      await step(`backup:${file.path}`);
      try {
        const backup = await writeBackup(fs, plan.target.stateDir, file.path, file.current.content, now);
        changes.backups.push(backup.absolute);
        // The first file we replaced is the one uninstall restores; later backups keep edits made to our copy.
        if (!existing) replaced = { sha256: file.current.sha256, backup: backup.relative };
      } catch (error) {
        return failWith(installError("INSTALL_WRITE_FAILED", { path: plan.target.stateDir, errno: errnoCode(error) }));
      }
    }
    const entry: RecordedFile = {
      path: file.path,
      sha256: file.sha256,
      version: plan.version,
      installedAt: now.toISOString(),
      pending: { previousSha256: file.current?.sha256 ?? null },
    };
    if (replaced) entry.replaced = replaced;
    if (existing) record.files[record.files.indexOf(existing)] = entry;
    else record.files.push(entry);
    recordTouched = true;
  }
  const edits = plan.edits.filter((edit) => edit.action === "edit");
  const editBackups = new Map<PlannedEdit, string>();
  for (const edit of edits.filter((e) => e.before !== undefined)) {
    await step(`backup:${edit.path}`);
    try {
      const backup = await writeBackup(fs, plan.target.stateDir, edit.path, edit.before as Buffer, now);
      changes.backups.push(backup.absolute);
      editBackups.set(edit, backup.relative);
    } catch (error) {
      return failWith(installError("INSTALL_WRITE_FAILED", { path: plan.target.stateDir, errno: errnoCode(error) }));
    }
  }
  for (const edit of plan.edits) {
    record.edits ??= [];
    const existing = record.edits.find((e) => e.kind === edit.kind);
    if (!existing) {
      const entry: RecordedEdit = edit.before === undefined ? { kind: edit.kind, path: edit.path, created: true } : { kind: edit.kind, path: edit.path };
      if (edit.action === "edit") {
        entry.sha256 = sha256(edit.content);
        entry.onlyOurs = true;
        const original = editBackups.get(edit);
        if (original) entry.original = original;
      }
      record.edits.push(entry);
      recordTouched = true;
    } else if (edit.action === "edit") {
      // Changed by someone else since our last edit: the file before ours is no longer the file without ours.
      if (existing.sha256 === undefined || edit.before === undefined || sha256(edit.before) !== existing.sha256) {
        delete existing.onlyOurs;
        delete existing.original;
      }
      existing.sha256 = sha256(edit.content);
      recordTouched = true;
    }
  }
  if (!recordTouched && edits.length === 0) return { ok: true, ...changes };

  await step("record:pending");
  try {
    await writeRecord(plan.target, record, fs);
  } catch (error) {
    return failWith(installError("INSTALL_WRITE_FAILED", { path: plan.target.stateDir, errno: errnoCode(error) }));
  }
  for (const file of toWrite) {
    await step(`write:${file.path}`);
    try {
      await fs.mkdir(dirname(file.target));
      await removeStaleTemps(fs, file.target);
      await writeFileAtomic(file.target, file.content, { fs });
      changes.written.push(file.target);
    } catch (error) {
      await restoreRecord(plan, before, record, changes, fs);
      return failWith(installError("INSTALL_WRITE_FAILED", { path: file.target, errno: errnoCode(error) }));
    }
  }
  // Edits last: settings.json then points at hook scripts that are already complete.
  for (const edit of edits) {
    await step(`edit:${edit.path}`);
    try {
      await fs.mkdir(dirname(edit.target));
      await writeFileAtomic(edit.target, edit.content, { fs });
      changes.written.push(edit.target);
    } catch (error) {
      return failWith(installError("INSTALL_WRITE_FAILED", { path: edit.target, errno: errnoCode(error) }));
    }
  }
  for (const entry of record.files) delete entry.pending;
  await step("record:final");
  try {
    await writeRecord(plan.target, record, fs);
  } catch (error) {
    // The files are complete and the pending record already counts them as ours.
    return failWith(installError("INSTALL_WRITE_FAILED", { path: plan.target.stateDir, errno: errnoCode(error) }));
  }
  return { ok: true, ...changes };
}

/**
 * After a failed write, put back the record as it was for the files not written; entries for files
 * that were written stay pending (both contents count as ours). Best effort: the pending record is
 * already consistent with the disk.
 */
async function restoreRecord(
  plan: Plan,
  before: InstallRecord | undefined,
  pendingRecord: InstallRecord,
  changes: Changes,
  fs: InstallFs,
): Promise<void> {
  const written = new Set(changes.written);
  const restored = structuredClone(before ?? emptyRecord(plan.target.kind));
  for (const file of plan.files.filter((f) => written.has(f.target))) {
    const entry = pendingRecord.files.find((e) => e.path === file.path);
    if (!entry) continue;
    const index = restored.files.findIndex((e) => e.path === file.path);
    if (index >= 0) restored.files[index] = entry;
    else restored.files.push(entry);
  }
  await writeRecord(plan.target, restored, fs).catch(() => undefined);
}
