import { createHash } from "node:crypto";
import { z } from "zod";
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomic-write.js";
import { errnoCode, readOrUndefined, nodeFs, type InstallFs } from "../io/fs.js";
import { fail, installError, ok, type Result } from "../errors.js";
import { EDIT_PATHS, RECORD_FILE, type EditKind } from "../layout/names.js";
import { resolveInside } from "../layout/paths.js";
import type { ScopeKind, Target } from "../layout/target.js";

/** A path the record names, kept inside `root`: a tampered record must not reach any other file. */
const inside = (root: string, what: "path" | "backup") =>
  z.string().refine((path) => resolveInside(root, path) !== undefined, { error: (issue) => `the ${what} ${JSON.stringify(issue.input)} leaves ${root}` });

/**
 * The shape of a scope's record.json; paths must stay inside the scope root (files) and the state folder
 * (backups). Made per target, as those folders are part of the check.
 */
function recordSchema(target: Target) {
  const backup = inside(target.stateDir, "backup");
  const file = z.object({
    path: inside(target.root, "path"),
    sha256: z.string(),
    version: z.string(),
    installedAt: z.string(),
    /** A file that was there before and that we replaced with --force: where its bytes are kept. */
    replaced: z.object({ sha256: z.string(), backup }).optional(),
    /**
     * Set while a write is in flight: the content the file had before it (null: no file). A crash between
     * writing the file and finishing the record leaves one of the two, and both count as ours.
     */
    pending: z.object({ previousSha256: z.string().nullable() }).optional(),
    /** Set while an uninstall is in flight: a missing file, or the restored one, counts as done. */
    removing: z.literal(true).optional(),
  });
  const edit = z
    .object({
      kind: z.enum(Object.keys(EDIT_PATHS) as [EditKind, ...EditKind[]]),
      path: z.string(),
      /** The file did not exist before our first edit: uninstall removes it if nothing but our part was ever in it. */
      created: z.literal(true).optional(),
      /** sha256 of the file as our last edit wrote it: while it still has these bytes, nobody changed it since. */
      sha256: z.string().optional(),
      /** Since our first edit only we have changed the file (dropped when an install finds it changed by someone else). */
      onlyOurs: z.literal(true).optional(),
      /**
       * The backup of the file as it was before our first edit. While `onlyOurs` holds and the file has
       * `sha256`, uninstall puts these bytes back (or, for a file we created, removes it), so the file
       * returns exactly as it was.
       */
      original: backup.optional(),
    })
    .refine((entry) => entry.path === EDIT_PATHS[entry.kind], { message: "not one we make", path: ["path"] });
  return z.object({
    schema: z.literal(1),
    package: z.literal("backend-architect"),
    scope: z.enum(["user", "project", "plugin"]),
    files: z.array(file),
    edits: z.array(edit).optional(),
  });
}

type Schema = z.infer<ReturnType<typeof recordSchema>>;
/** The install record of one scope: what is ours, so we never touch what is not. */
export type InstallRecord = Schema & { scope: ScopeKind };
/** One file the installer wrote, by path relative to the scope root (posix separators). */
export type RecordedFile = Schema["files"][number];
/** A file we merged something into (settings.json hooks, plugin.json agents); uninstall takes it out. */
export type RecordedEdit = NonNullable<Schema["edits"]>[number];

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
  const parsed = recordSchema(target).safeParse(data);
  return parsed.success ? ok(parsed.data) : fail(installError("INSTALL_RECORD_INVALID", { path, why: recordProblem(parsed.error.issues) }));
}

/** Why a record is refused, in a few words: a path that leaves its folder first (the reason the check exists). */
function recordProblem(issues: readonly z.core.$ZodIssue[]): string {
  const leaving = issues.find((issue) => issue.code === "custom" && issue.message.includes(" leaves "));
  if (leaving) return leaving.message;
  const first = issues[0];
  const [top, index, key] = first?.path ?? [];
  if (top === undefined) return "not an object";
  if (top === "schema" || top === "package" || top === "scope") return "unknown schema";
  if (top === "files" && index === undefined) return "no files list";
  if (top === "files") return key === "path" || key === "sha256" || key === "version" ? "a file entry lacks path, sha256 or version" : `a file entry's ${String(key)} is malformed`;
  return "an edit entry is not one we make";
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
