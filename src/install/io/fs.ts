import * as fsp from "node:fs/promises";
import { constants } from "node:fs";

/** The part of an open file the installer uses. */
export interface InstallFileHandle {
  write(data: Uint8Array): Promise<unknown>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What the installer needs to know about a path, without following a final symlink. */
export interface InstallStats {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  mode: number;
  size: number;
  mtimeMs: number;
}

/**
 * Every file-system operation the installer performs. The installer takes this as an argument
 * so that tests can make one operation fail (ENOSPC, EACCES, EROFS) without mocking node:fs.
 */
export interface InstallFs {
  readFile(path: string): Promise<Buffer>;
  /** `flags` as in fs.open: "wx" creates exclusively, "r" reads. */
  open(path: string, flags: string, mode?: number): Promise<InstallFileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  unlink(path: string): Promise<void>;
  lstat(path: string): Promise<InstallStats>;
  stat(path: string): Promise<InstallStats>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  rmdir(path: string): Promise<void>;
  /** Flushes a directory's entries (a rename is durable only once its folder is synced). */
  syncDir(path: string): Promise<void>;
}

/** The real file system. */
export const nodeFs: InstallFs = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, created) => fsp.link(existing, created),
  unlink: (path) => fsp.unlink(path),
  lstat: (path) => fsp.lstat(path),
  stat: (path) => fsp.stat(path),
  mkdir: async (path) => void (await fsp.mkdir(path, { recursive: true })),
  readdir: (path) => fsp.readdir(path),
  rmdir: (path) => fsp.rmdir(path),
  syncDir: async (path) => {
    const handle = await fsp.open(path, constants.O_RDONLY);
    try {
      await handle.sync();
    } catch (error) {
      // Some file systems cannot fsync a directory; the rename itself has still happened.
      if (!isErrno(error, "EINVAL", "EISDIR", "EPERM")) throw error;
    } finally {
      await handle.close();
    }
  },
};

/** True when `error` is a Node system error with one of `codes`. */
export function isErrno(error: unknown, ...codes: string[]): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" &&
    codes.includes((error as NodeJS.ErrnoException).code as string);
}

/** The errno code of a failure, or "EUNKNOWN". */
export function errnoCode(error: unknown): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" ? code : "EUNKNOWN";
}

/** lstat that answers undefined for a path that does not exist. */
export async function lstatOrUndefined(fs: InstallFs, path: string): Promise<InstallStats | undefined> {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (isErrno(error, "ENOENT", "ENOTDIR")) return undefined;
    throw error;
  }
}

/** readFile that answers undefined for a path that does not exist. */
export async function readOrUndefined(fs: InstallFs, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (isErrno(error, "ENOENT", "ENOTDIR")) return undefined;
    throw error;
  }
}
