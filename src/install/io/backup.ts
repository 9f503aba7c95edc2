import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.js";
import type { InstallFs } from "./fs.js";
import { BACKUP_DIR } from "../layout/names.js";

/**
 * Keeps `content` as `<stateDir>/backups/<timestamp>-<random>-<path with / as __>` and returns that
 * path relative to the state folder. Written atomically, never over an existing backup.
 */
export async function writeBackup(
  fs: InstallFs,
  stateDir: string,
  path: string,
  content: Buffer,
  now: Date,
): Promise<{ relative: string; absolute: string }> {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const relative = `${BACKUP_DIR}/${stamp}-${randomBytes(3).toString("hex")}-${path.replaceAll("/", "__")}`;
  const absolute = join(stateDir, ...relative.split("/"));
  await fs.mkdir(join(stateDir, BACKUP_DIR));
  await writeFileAtomic(absolute, content, { fs, mode: 0o600 });
  return { relative, absolute };
}
