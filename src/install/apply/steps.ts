import type { PlannedEdit } from "../plan/edits.js";
import type { Plan } from "../plan/plan.js";
import { emptyRecord, sha256, type InstallRecord, type RecordedEdit, type RecordedFile } from "../state/record.js";

/** One thing the executor does, named as the crash tests name it (`backup:<path>`, `record:pending`, ...). */
export type Step =
  | { kind: "backup"; name: string; /** Relative to the state folder. */ backup: string; content: Buffer }
  | { kind: "record"; name: "record:pending" | "record:final"; record: InstallRecord }
  | { kind: "write"; name: string; path: string; target: string; content: Buffer }
  | { kind: "edit"; name: string; target: string; content: Buffer };

export interface StepOptions {
  now: Date;
  /** Where the backup of the file at `path` (relative to the scope root) goes, relative to the state folder. */
  backupName: (path: string) => string;
}

/**
 * What applying `plan` over `record` takes, in order: backups, the record marked pending, the files, the
 * merged edits (last: settings.json then points at hook scripts that are complete), the record final. A
 * crash at any step leaves each file old or new, and the pending record counts both as ours. Pure: the
 * executor (apply.ts) runs the steps. No steps: nothing changes, the record included.
 */
export function installSteps(plan: Plan, record: InstallRecord | undefined, options: StepOptions): { steps: Step[]; nextRecord: InstallRecord } {
  const { now } = options;
  const next: InstallRecord = structuredClone(record ?? emptyRecord(plan.target.kind));
  const backups: Step[] = [];
  let recordTouched = false;

  for (const file of plan.files) {
    const existing = next.files.find((entry) => entry.path === file.path);
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
      const backup = options.backupName(file.path);
      backups.push({ kind: "backup", name: `backup:${file.path}`, backup, content: file.current.content });
      // The first file we replaced is the one uninstall restores; later backups keep edits made to our copy.
      if (!existing) replaced = { sha256: file.current.sha256, backup };
    }
    const entry: RecordedFile = {
      path: file.path,
      sha256: file.sha256,
      version: plan.version,
      installedAt: now.toISOString(),
      pending: { previousSha256: file.current?.sha256 ?? null },
    };
    if (replaced) entry.replaced = replaced;
    if (existing) next.files[next.files.indexOf(existing)] = entry;
    else next.files.push(entry);
    recordTouched = true;
  }

  const edits = plan.edits.filter((edit) => edit.action === "edit");
  const originals = new Map<PlannedEdit, string>();
  for (const edit of edits) {
    if (edit.before === undefined) continue;
    const backup = options.backupName(edit.path);
    backups.push({ kind: "backup", name: `backup:${edit.path}`, backup, content: edit.before });
    originals.set(edit, backup);
  }
  for (const edit of plan.edits) {
    next.edits ??= [];
    const existing = next.edits.find((e) => e.kind === edit.kind);
    if (!existing) {
      const entry: RecordedEdit = edit.before === undefined ? { kind: edit.kind, path: edit.path, created: true } : { kind: edit.kind, path: edit.path };
      if (edit.action === "edit") {
        entry.sha256 = sha256(edit.content);
        entry.onlyOurs = true;
        const original = originals.get(edit);
        if (original) entry.original = original;
      }
      next.edits.push(entry);
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
  if (!recordTouched && edits.length === 0) return { steps: [], nextRecord: next };

  const pending = structuredClone(next);
  for (const entry of next.files) delete entry.pending;
  return {
    steps: [
      ...backups,
      { kind: "record", name: "record:pending", record: pending },
      ...plan.files
        .filter((file) => file.action !== "unchanged")
        .map((file): Step => ({ kind: "write", name: `write:${file.path}`, path: file.path, target: file.target, content: file.content })),
      ...edits.map((edit): Step => ({ kind: "edit", name: `edit:${edit.path}`, target: edit.target, content: edit.content })),
      { kind: "record", name: "record:final", record: next },
    ],
    nextRecord: next,
  };
}

/**
 * The record to leave after a write failed: as it was for the files not written, while the entries of the
 * files that were written stay pending (both contents count as ours).
 */
export function recordAfterFailedWrite(plan: Plan, before: InstallRecord | undefined, pending: InstallRecord, written: ReadonlySet<string>): InstallRecord {
  const restored = structuredClone(before ?? emptyRecord(plan.target.kind));
  for (const file of plan.files.filter((f) => written.has(f.target))) {
    const entry = pending.files.find((e) => e.path === file.path);
    if (!entry) continue;
    const index = restored.files.findIndex((e) => e.path === file.path);
    if (index >= 0) restored.files[index] = entry;
    else restored.files.push(entry);
  }
  return restored;
}
