import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";
import type { InstallFs } from "./fs.js";
import { BACKUP_DIR } from "../layout/names.js";

/** Where a backup of `path` (relative to the scope root) goes: `backups/<timestamp>-<random>-<path with / as __>`. */
export function backupName(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return `${BACKUP_DIR}/${stamp}-${randomBytes(3).toString("hex")}-${path.replaceAll("/", "__")}`;
}

/** Writes `content` at `relative` (a {@link backupName}) in the state folder, atomically; returns its absolute path. */
export async function writeBackupAt(fs: InstallFs, stateDir: string, relative: string, content: Buffer): Promise<string> {
  const absolute = join(stateDir, ...relative.split("/"));
  await fs.mkdir(join(stateDir, BACKUP_DIR));
  await writeFileAtomic(absolute, content, { fs, mode: 0o600 });
  return absolute;
}

/**
 * Keeps `content` as a new backup of `path` and returns where, relative to the state folder and absolute.
 * Written atomically, never over an existing backup.
 */
export async function writeBackup(
  fs: InstallFs,
  stateDir: string,
  path: string,
  content: Buffer,
  now: Date,
): Promise<{ relative: string; absolute: string }> {
  const relative = backupName(path, now);
  return { relative, absolute: await writeBackupAt(fs, stateDir, relative, content) };
}
