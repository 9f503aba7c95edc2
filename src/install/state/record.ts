import { createHash } from "node:crypto";
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomic-write.js";
import { errnoCode, readOrUndefined, nodeFs, type InstallFs } from "../io/fs.js";
import { fail, installError, ok, type Result } from "../errors.js";
import { EDIT_PATHS, RECORD_FILE, type EditKind } from "../layout/names.js";
import { resolveInside } from "../layout/paths.js";
import type { ScopeKind, Target } from "../layout/target.js";

/** One file the installer wrote, by path relative to the scope root (posix separators). */
export interface RecordedFile {
  path: string;
  sha256: string;
  version: string;
  installedAt: string;
  /** A file that was there before and that we replaced with --force: where its bytes are kept. */
  replaced?: { sha256: string; backup: string };
  /**
   * Set while a write is in flight: the content the file had before it (absent: no file). A crash
   * between writing the file and finishing the record leaves one of the two, and both count as ours.
   */
  pending?: { previousSha256: string | null };
  /** Set while an uninstall is in flight: a missing file, or the restored one, counts as done. */
  removing?: true;
}

/** A file we merged something into (settings.json hooks, plugin.json agents); uninstall takes it out. */
export interface RecordedEdit {
  kind: EditKind;
  path: string;
  /** The file did not exist before our first edit: uninstall removes it if nothing but our part was ever in it. */
  created?: true;
  /** sha256 of the file as our last edit wrote it: while it still has these bytes, nobody changed it since. */
  sha256?: string;
  /** Since our first edit only we have changed the file (dropped when an install finds it changed by someone else). */
  onlyOurs?: true;
  /**
   * The backup (relative to the state folder) of the file as it was before our first edit. While `onlyOurs`
   * holds and the file has `sha256`, uninstall puts these bytes back (or, for a file we created, removes it),
   * so the file returns exactly as it was.
   */
  original?: string;
}

/** The install record of one scope: what is ours, so we never touch what is not. */
export interface InstallRecord {
  schema: 1;
  package: "backend-architect";
  scope: ScopeKind;
  files: RecordedFile[];
  edits?: RecordedEdit[];
}

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

export const recordPath = (target: Target): string => join(target.stateDir, RECORD_FILE);

export function emptyRecord(scope: ScopeKind): InstallRecord {
  return { schema: 1, package: "backend-architect", scope, files: [] };
}

/** Reads the scope's record; undefined when there is none. A damaged record is an error, never ignored. */
export async function readRecord(target: Target, fs: InstallFs = nodeFs): Promise<Result<InstallRecord | undefined>> {
  const path = recordPath(target);
  let bytes: Buffer | undefined;
  try {
    bytes = await readOrUndefined(fs, path);
  } catch (error) {
    return fail(installError("INSTALL_READ_FAILED", { path, errno: errnoCode(error) }));
  }
  if (bytes === undefined) return ok(undefined);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch {
    return fail(installError("INSTALL_RECORD_INVALID", { path, why: "not JSON" }));
  }
  const why = recordProblem(data, target);
  return why ? fail(installError("INSTALL_RECORD_INVALID", { path, why })) : ok(data as InstallRecord);
}

function recordProblem(data: unknown, target: Target): string | undefined {
  if (typeof data !== "object" || data === null) return "not an object";
  const record = data as Partial<InstallRecord>;
  if (record.schema !== 1 || record.package !== "backend-architect") return "unknown schema";
  if (!Array.isArray(record.files)) return "no files list";
  for (const file of record.files as unknown[]) {
    const entry = file as Partial<RecordedFile> | null;
    if (typeof entry?.path !== "string" || typeof entry.sha256 !== "string" || typeof entry.version !== "string") {
      return "a file entry lacks path, sha256 or version";
    }
    if (!resolveInside(target.root, entry.path)) return `the path "${entry.path}" leaves ${target.root}`;
    if (entry.replaced && !resolveInside(target.stateDir, entry.replaced.backup)) {
      return `the backup "${entry.replaced.backup}" leaves ${target.stateDir}`;
    }
  }
  for (const edit of (record.edits ?? []) as unknown[]) {
    const entry = edit as Partial<RecordedEdit> | null;
    const kind = entry?.kind as EditKind;
    if (!(kind in EDIT_PATHS) || entry?.path !== EDIT_PATHS[kind]) return "an edit entry is not one we make";
    if (entry.original !== undefined && (typeof entry.original !== "string" || !resolveInside(target.stateDir, entry.original))) {
      return `the backup "${String(entry.original)}" leaves ${target.stateDir}`;
    }
  }
  return undefined;
}

/** Writes the record atomically. */
export async function writeRecord(target: Target, record: InstallRecord, fs: InstallFs = nodeFs): Promise<void> {
  await fs.mkdir(target.stateDir);
  await writeFileAtomic(recordPath(target), `${JSON.stringify(record, null, 2)}\n`, { fs });
}

/** Whose a file on disk is, judged from the record. */
export type Ownership = "absent" | "ours" | "edited" | "foreign";

/** The content hashes that count as "ours, unedited" for a record entry (two while a write is in flight). */
export function acceptedHashes(entry: RecordedFile): string[] {
  const previous = entry.pending?.previousSha256;
  return previous ? [entry.sha256, previous] : [entry.sha256];
}

export function ownership(entry: RecordedFile | undefined, diskSha: string | undefined): Ownership {
  if (diskSha === undefined) return "absent";
  if (!entry) return "foreign";
  return acceptedHashes(entry).includes(diskSha) ? "ours" : "edited";
}
