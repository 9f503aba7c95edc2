import { dirname, join, sep } from "node:path";
import { removeStaleTemps, writeFileAtomic } from "./io/atomic-write.js";
import { backupName, writeBackupAt } from "./io/backup.js";
import { errnoCode, isErrno, lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "./io/fs.js";
import { installError, type InstallError } from "./errors.js";
import { acquireLock, type LockOptions } from "./io/lock.js";
import { resolveInside } from "./layout/paths.js";
import { ownership, readRecord, recordPath, sha256, writeRecord } from "./state/record.js";
import type { Target } from "./layout/target.js";
import { resolveTarget, type ScopeRequest } from "./plan/scope.js";
import { planEdit, removeTransform, type PlannedEdit } from "./plan/edits.js";
import { uninstallSteps, type FoundFile } from "./apply/uninstall-steps.js";

export interface UninstallOptions extends ScopeRequest {
  force?: boolean;
  lock?: LockOptions;
  now?: () => Date;
  onStep?: (step: string) => Promise<void> | void;
}

export interface UninstallOutcome {
  ok: boolean;
  target?: Target;
  /** Files we removed (our files, and a settings.json we created that held nothing else). */
  removed: string[];
  /** Files we had replaced with --force and put back. */
  restored: string[];
  /** Backups made of edited copies (with --force). */
  backups: string[];
  /** Our files that were edited since and so were left (without --force). */
  edited: string[];
  /** Files we took our part out of and wrote back (settings.json, plugin.json). */
  edits: string[];
  error?: InstallError;
}

/**
 * Removes what the record says is ours and unedited, restores files we had replaced, removes the
 * record, and leaves everything else. An edited copy blocks the whole uninstall unless `force`, which
 * backs it up first.
 */
export async function uninstall(options: UninstallOptions): Promise<UninstallOutcome> {
  const fs = options.fs ?? nodeFs;
  const outcome: UninstallOutcome = { ok: false, removed: [], restored: [], backups: [], edited: [], edits: [] };
  const failWith = (error: InstallError): UninstallOutcome => ({ ...outcome, ok: false, error });
  const resolved = await resolveTarget(options);
  if (!resolved.ok) return failWith(resolved.error);
  const target = resolved.value;
  outcome.target = target;
  if (!(await lstatOrUndefined(fs, recordPath(target)).catch(() => undefined))) {
    return failWith(installError("UNINSTALL_NOTHING", { path: target.root }));
  }
  const lock = await acquireLock(target.stateDir, { ...options.lock, fs });
  if (!lock.ok) return failWith(lock.error);
  try {
    return await uninstallLocked(target, fs, options, outcome);
  } finally {
    await lock.value.release();
    await fs.rmdir(target.stateDir).catch(() => undefined); // only if nothing (no backups) is left in it
  }
}

async function uninstallLocked(
  target: Target,
  fs: InstallFs,
  options: UninstallOptions,
  outcome: UninstallOutcome,
): Promise<UninstallOutcome> {
  const failWith = (error: InstallError): UninstallOutcome => ({ ...outcome, ok: false, error });
  const step = options.onStep ?? (() => undefined);
  const record = await readRecord(target, fs);
  if (!record.ok) return failWith(record.error);
  if (!record.value) return failWith(installError("UNINSTALL_NOTHING", { path: target.root }));
  const found: FoundFile[] = [];
  for (const entry of record.value.files) {
    const path = resolveInside(target.root, entry.path) as string; // readRecord checked it
    const stats = await lstatOrUndefined(fs, path).catch(() => undefined);
    if (stats?.isSymbolicLink()) return failWith(installError("INSTALL_TARGET_SYMLINK", { path }));
    let disk: Buffer | undefined;
    try {
      disk = await readOrUndefined(fs, path);
    } catch (error) {
      return failWith(installError("INSTALL_READ_FAILED", { path, errno: errnoCode(error) }));
    }
    const diskSha = disk ? sha256(disk) : undefined;
    const alreadyRestored = entry.removing && entry.replaced && diskSha === entry.replaced.sha256;
    if (disk === undefined || alreadyRestored) continue;
    found.push({ entry, path, disk, edited: ownership(entry, diskSha) !== "ours" });
  }
  outcome.edited = found.filter((s) => s.edited).map((s) => s.path);
  if (outcome.edited.length > 0 && !options.force) {
    const edited = found.filter((s) => s.edited);
    const restoring = edited.filter((s) => s.entry.replaced).length;
    const replaced = restoring === 0 ? "none" : restoring === edited.length ? "all" : "some";
    return failWith(installError("UNINSTALL_EDITED", { path: outcome.edited.join(", "), replaced, backups: join(target.stateDir, "backups") }));
  }
  outcome.edited = [];
  // Take our part out of merged files (settings.json hooks, plugin.json agents) — computed before any write.
  const edits: PlannedEdit[] = [];
  for (const recorded of record.value.edits ?? []) {
    const transform = removeTransform(recorded.kind);
    const edit = await planEdit(fs, target, recorded.kind, transform);
    if (!edit.ok) return failWith(edit.error);
    const before = edit.value.before;
    // Only ever changed by us, and still as our last edit wrote it: it goes back to what it was, byte for byte.
    const untouched = recorded.onlyOurs === true && before !== undefined && recorded.sha256 !== undefined && sha256(before) === recorded.sha256;
    const original = untouched && recorded.original ? await readOriginal(fs, target, recorded.original) : undefined;
    if (original !== undefined) {
      // The file before our first edit (without any part of ours it may have held).
      const restored = transform(original.toString("utf8"));
      if (restored.ok && before !== undefined && !Buffer.from(restored.value, "utf8").equals(before)) {
        edits.push({ ...edit.value, action: "edit", content: Buffer.from(restored.value, "utf8") });
        continue;
      }
    }
    // A settings.json we created and that holds nothing else now goes away entirely.
    const empty = recorded.created && before !== undefined && (untouched || isEmptyObject(edit.value.content));
    if (empty) edit.value.remove = true;
    if (edit.value.action === "edit" || empty) edits.push(edit.value);
  }
  const now = options.now?.() ?? new Date();
  const steps = uninstallSteps(target, record.value, found, edits, (path) => backupName(path, now));
  for (const next of steps) {
    await step(next.name);
    try {
      switch (next.kind) {
        case "backup":
          outcome.backups.push(await writeBackupAt(fs, target.stateDir, next.backup, next.content));
          break;
        case "record":
          await writeRecord(target, next.record, fs);
          break;
        case "edit":
          if (next.edit.remove) {
            await fs.unlink(next.edit.target);
            outcome.removed.push(next.edit.target);
          } else {
            await writeFileAtomic(next.edit.target, next.edit.content, { fs });
            outcome.edits.push(next.edit.target);
          }
          break;
        case "restore":
          await removeStaleTemps(fs, next.path);
          await writeFileAtomic(next.path, await fs.readFile(next.from), { fs });
          outcome.restored.push(next.path);
          break;
        case "remove":
          await removeStaleTemps(fs, next.path);
          await fs.unlink(next.path);
          outcome.removed.push(next.path);
          await removeEmptyParents(fs, next.path, target.root);
          break;
        case "forget":
          await fs.unlink(recordPath(target));
          break;
      }
    } catch (error) {
      // Already gone: a file removed by hand, or the record by a run that was killed just after.
      if ((next.kind === "remove" || next.kind === "forget") && isErrno(error, "ENOENT")) continue;
      const path = next.kind === "edit" ? next.edit.target : next.kind === "restore" || next.kind === "remove" ? next.path : next.kind === "forget" ? recordPath(target) : target.stateDir;
      return failWith(installError("INSTALL_WRITE_FAILED", { path, errno: errnoCode(error) }));
    }
  }
  return { ...outcome, ok: true };
}

/** Removes folders left empty by a removal, up to (not including) the scope root and its agents/ folder. */
async function removeEmptyParents(fs: InstallFs, file: string, root: string): Promise<void> {
  for (let dir = dirname(file); dir.startsWith(`${root}${sep}`) && dir !== join(root, "agents"); dir = dirname(dir)) {
    try {
      await fs.rmdir(dir);
    } catch {
      return;
    }
  }
}

/** The backup of a file before our first edit; undefined when it is gone or unreadable (the text edit is used then). */
async function readOriginal(fs: InstallFs, target: Target, relative: string): Promise<Buffer | undefined> {
  const path = resolveInside(target.stateDir, relative);
  return path ? await readOrUndefined(fs, path).catch(() => undefined) : undefined;
}

function isEmptyObject(content: Buffer): boolean {
  try {
    const value = JSON.parse(content.toString("utf8")) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}
