import { join } from "node:path";
import { errnoCode, lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../io/fs.js";
import { fail, installError, ok, type InstallError, type Result } from "../errors.js";
import { ownership, readRecord, sha256, type InstallRecord, type Ownership } from "../state/record.js";
import type { Source } from "./source.js";
import { resolveInside } from "../layout/paths.js";
import type { Target } from "../layout/target.js";
import { unifiedDiff } from "./diff.js";
import type { EditKind } from "../layout/names.js";
import { addTransform, planEdit, type PlannedEdit } from "./edits.js";

/**
 * What applying will do to one file: create it, update our unedited copy, leave it (same bytes),
 * refuse (a file that is not ours, or ours but edited), or, with --force, replace it after a backup.
 */
export type FileAction = "create" | "update" | "unchanged" | "conflict" | "replace";

export interface PlannedFile {
  /** Relative to the scope root, posix. */
  path: string;
  /** Absolute. */
  target: string;
  action: FileAction;
  content: Buffer;
  sha256: string;
  /** The file on disk now, if any. */
  current?: { sha256: string; ownership: Ownership; content: Buffer };
  /** Unified diff from the file on disk to ours; empty for create and unchanged. */
  diff: string;
}

/** A pure read of what an install would do. Nothing is written until {@link applyPlan}. */
export interface Plan {
  target: Target;
  version: string;
  force: boolean;
  files: PlannedFile[];
  /** Merges into files that are not ours (settings.json, plugin.json), applied after the files. */
  edits: PlannedEdit[];
  record: InstallRecord | undefined;
}

export interface PlanOptions {
  target: Target;
  source: Source;
  force?: boolean;
  fs?: InstallFs;
  edits?: EditKind[];
}

export async function planInstall(options: PlanOptions): Promise<Result<Plan>> {
  const fs = options.fs ?? nodeFs;
  const { target, source } = options;
  const force = options.force ?? false;
  const record = await readRecord(target, fs);
  if (!record.ok) return record;
  const files: PlannedFile[] = [];
  for (const file of source.files) {
    const planned = await planFile(fs, target, record.value, file.path, file.content, force);
    if (!planned.ok) return planned;
    files.push(planned.value);
  }
  const edits: PlannedEdit[] = [];
  for (const kind of options.edits ?? []) {
    const edit = await planEdit(fs, target, kind, addTransform(kind, target));
    if (!edit.ok) return edit;
    edits.push(edit.value);
  }
  return ok({ target, version: source.version, force, files, edits, record: record.value });
}

async function planFile(
  fs: InstallFs,
  target: Target,
  record: InstallRecord | undefined,
  path: string,
  content: Buffer,
  force: boolean,
): Promise<Result<PlannedFile>> {
  const absolute = resolveInside(target.root, path);
  if (!absolute) return fail(installError("INSTALL_PATH_ESCAPE", { name: path, root: target.root }));
  const disk = await readTarget(fs, absolute);
  if (!disk.ok) return disk;
  const newSha = sha256(content);
  const base = { path, target: absolute, content, sha256: newSha };
  if (disk.value === undefined) return ok({ ...base, action: "create", diff: "" });
  const currentSha = sha256(disk.value);
  const owner = ownership(record?.files.find((entry) => entry.path === path), currentSha);
  const current = { sha256: currentSha, ownership: owner, content: disk.value };
  if (currentSha === newSha) return ok({ ...base, action: "unchanged", current, diff: "" });
  const diff = unifiedDiff(disk.value.toString("utf8"), content.toString("utf8"), `${path} (on disk)`, `${path} (backend-architect)`);
  const action: FileAction = owner === "ours" ? "update" : force ? "replace" : "conflict";
  return ok({ ...base, action, current, diff });
}

/** The bytes of an install target, refusing a symlink (it may point at a file that is not ours). */
async function readTarget(fs: InstallFs, path: string): Promise<Result<Buffer | undefined>> {
  try {
    const stats = await lstatOrUndefined(fs, path);
    if (stats?.isSymbolicLink()) return fail(installError("INSTALL_TARGET_SYMLINK", { path }));
    return ok(stats ? await readOrUndefined(fs, path) : undefined);
  } catch (error) {
    return fail(installError("INSTALL_READ_FAILED", { path, errno: errnoCode(error) }));
  }
}

/** Files the plan would refuse to touch. */
export const conflicts = (plan: Plan): PlannedFile[] => plan.files.filter((file) => file.action === "conflict");

/** The refusal for a conflicting file, worded for whose file it is (ours but edited, or not ours). */
export function conflictError(plan: Plan, file: PlannedFile): InstallError {
  const edited = file.current?.ownership === "edited";
  return installError("INSTALL_CONFLICT", {
    path: file.target,
    why: edited ? "was edited since backend-architect installed it" : "was not written by backend-architect",
    owner: edited ? "edited" : "not-ours",
    replaced: plan.record?.files.some((entry) => entry.path === file.path && entry.replaced) ? "yes" : "no",
    backups: join(plan.target.stateDir, "backups"),
  });
}
