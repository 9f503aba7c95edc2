import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { isErrno, nodeFs, type InstallFs } from "./fs.js";

export interface AtomicWriteOptions {
  /** The file system to write through (tests inject failures here). Defaults to node:fs. */
  fs?: InstallFs;
  /** Mode for a new file. An existing file keeps its own mode. Defaults to 0o666 minus the umask. */
  mode?: number;
}

/** Suffix of our temporary files: not `.md`, so Claude Code never loads a half-written agent. */
export const TEMP_SUFFIX = ".tmp";

/** The temp-file name for `target`: hidden, in the same folder, unique, and carrying our pid. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
}

/** Reads the pid back out of a temp-file name made by {@link tempPathFor}, for stale-temp cleanup. */
export function tempOwnerPid(tempName: string, targetName: string): number | undefined {
  const prefix = `.${targetName}.`;
  if (!tempName.startsWith(prefix) || !tempName.endsWith(TEMP_SUFFIX)) return undefined;
  const match = /^(\d+)\.[0-9a-f]{12}$/.exec(tempName.slice(prefix.length, -TEMP_SUFFIX.length));
  return match ? Number(match[1]) : undefined;
}

/**
 * Writes `data` to `target` so that a reader (or a crash) sees either the old file or the whole new
 * one, never a part: write a temp file in the same folder, fsync it, rename it over the target,
 * fsync the folder. On a failure before the rename the temp file is removed, the error is rethrown
 * and the target is exactly as it was; only a failing folder fsync (after the rename) leaves the new
 * file complete in place while still reporting the error.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const mode = await existingMode(fs, target);
  const temp = tempPathFor(target);
  let created = false;
  try {
    const handle = await fs.open(temp, "wx", options.mode ?? 0o666);
    created = true;
    try {
      await handle.write(bytes);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    created = false;
    await fs.syncDir(dirname(target));
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function existingMode(fs: InstallFs, target: string): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o7777;
  } catch (error) {
    if (isErrno(error, "ENOENT")) return undefined;
    throw error;
  }
}

/** Removes temp files that a killed run left next to `target` (their pid is dead). */
export async function removeStaleTemps(fs: InstallFs, target: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = tempOwnerPid(name, basename(target));
    if (pid === undefined || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (isErrno(error, "ESRCH")) await fs.unlink(join(dirname(target), name)).catch(() => undefined);
    }
  }
}
