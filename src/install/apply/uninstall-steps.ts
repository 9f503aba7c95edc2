import { join } from "node:path";
import type { PlannedEdit } from "../plan/edits.js";
import type { InstallRecord, RecordedFile } from "../state/record.js";
import type { Target } from "../layout/target.js";

/** One of our files found on disk at uninstall: `edited` when its bytes are no longer ours. */
export interface FoundFile {
  entry: RecordedFile;
  /** Absolute. */
  path: string;
  disk: Buffer;
  edited: boolean;
}

/** One thing the uninstall executor does, named as the crash tests name it (`record:removing`, `remove:<path>`, ...). */
export type UninstallStep =
  | { kind: "backup"; name: string; /** Relative to the state folder. */ backup: string; content: Buffer }
  | { kind: "record"; name: "record:removing"; record: InstallRecord }
  | { kind: "edit"; name: string; edit: PlannedEdit }
  | { kind: "restore"; name: string; path: string; /** Absolute: the backup of the file we had replaced. */ from: string }
  | { kind: "remove"; name: string; path: string }
  | { kind: "forget"; name: "record:remove" };

/**
 * What an uninstall takes, in order: backups (of edited copies, with --force, and of the files we take our
 * part out of), the record marked removing, the edits, each file removed or restored, the record removed.
 * A crash at any step is finished by the next run: the record says which files were being removed. Pure.
 */
export function uninstallSteps(
  target: Target,
  record: InstallRecord,
  files: readonly FoundFile[],
  edits: readonly PlannedEdit[],
  backupName: (path: string) => string,
): UninstallStep[] {
  const marked = structuredClone(record);
  for (const entry of marked.files) entry.removing = true;
  return [
    ...files.filter((file) => file.edited).map((file): UninstallStep => ({ kind: "backup", name: `backup:${file.entry.path}`, backup: backupName(file.entry.path), content: file.disk })),
    // A file that held nothing but our part has no bytes of yours to keep.
    ...edits
      .filter((edit) => edit.before !== undefined && !edit.remove)
      .map((edit): UninstallStep => ({ kind: "backup", name: `backup:${edit.path}`, backup: backupName(edit.path), content: edit.before as Buffer })),
    { kind: "record", name: "record:removing", record: marked },
    ...edits.map((edit): UninstallStep => ({ kind: "edit", name: `edit:${edit.path}`, edit })),
    ...files.map((file): UninstallStep =>
      file.entry.replaced
        ? { kind: "restore", name: `remove:${file.entry.path}`, path: file.path, from: join(target.stateDir, ...file.entry.replaced.backup.split("/")) }
        : { kind: "remove", name: `remove:${file.entry.path}`, path: file.path },
    ),
    { kind: "forget", name: "record:remove" },
  ];
}
