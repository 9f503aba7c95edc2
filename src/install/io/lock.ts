import { hostname } from "node:os";
import { z } from "zod";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { errnoCode, isErrno, nodeFs, readOrUndefined, type InstallFs } from "./fs.js";
import { fail, installError, ok, type Result } from "../errors.js";
import { LOCK_FILE } from "../layout/names.js";

/** The lock file: who holds the lock (pid on host), since when, and a token only the holder knows. */
const lockOwner = z.object({
  pid: z.number(),
  host: z.unknown().transform((host) => String(host ?? "")),
  time: z.string(),
  token: z.string(),
});
type LockOwner = z.output<typeof lockOwner>;

export interface LockOptions {
  fs?: InstallFs;
  /** How long to queue behind another run before giving up with INSTALL_LOCKED. */
  waitMs?: number;
  /** A lock older than this is stale even if its pid seems alive (pids get reused). */
  staleMs?: number;
  /** Whether a pid is alive; tests may replace it. */
  isAlive?: (pid: number) => boolean;
}

/** A held lock; `release` removes it only if it is still ours. */
export interface Lock {
  path: string;
  release(): Promise<void>;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !isErrno(error, "ESRCH");
  }
}

function parseOwner(bytes: Buffer | undefined): LockOwner | undefined {
  if (!bytes) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch {
    // A lock file being written right now, or garbage: judged by age below.
    return undefined;
  }
  const owner = lockOwner.safeParse(data);
  return owner.success ? owner.data : undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Takes `<stateDir>/lock` by exclusive create, holding our pid, host, time and a random token.
 * A lock whose pid is dead on this host, or older than `staleMs`, is broken. While another live
 * run holds it we poll until `waitMs`, then fail with INSTALL_LOCKED.
 */
export async function acquireLock(stateDir: string, options: LockOptions = {}): Promise<Result<Lock>> {
  const fs = options.fs ?? nodeFs;
  const path = join(stateDir, LOCK_FILE);
  const waitMs = options.waitMs ?? 15_000;
  const staleMs = options.staleMs ?? 10 * 60_000;
  const isAlive = options.isAlive ?? pidAlive;
  const token = randomBytes(8).toString("hex");
  const started = Date.now();
  const me: LockOwner = { pid: process.pid, host: hostname(), time: new Date().toISOString(), token };
  try {
    await fs.mkdir(stateDir);
  } catch (error) {
    return fail(installError("INSTALL_WRITE_FAILED", { path: stateDir, errno: errnoCode(error) }));
  }
  // The lock is created whole: our owner record is written to a draft of our own, then hard-linked to the
  // lock's name, which fails if a lock exists. A lock file is therefore never seen empty or half written
  // (a waiter that judged such a file by its age could break a lock that was being taken). The draft is
  // gone again after every attempt, so a waiting run leaves the state folder as the holder left it.
  const draft = `${path}.${token}.draft`;
  for (let attempt = 0; ; attempt++) {
    try {
      await writeDraft(fs, draft, { ...me, time: new Date().toISOString() });
      try {
        await fs.link(draft, path);
      } finally {
        await fs.unlink(draft).catch(() => undefined);
      }
      return ok({ path, release: () => releaseLock(fs, path, token) });
    } catch (error) {
      if (isErrno(error, "ENOENT") && Date.now() - started < waitMs) {
        // A run that just released removed the empty state folder: make it again. Bounded by the same wait
        // as a held lock, not by the number of polls: a run that queued behind many others has polled often
        // and must still get its turn.
        await fs.mkdir(stateDir).catch(() => undefined);
        continue;
      }
      if (!isErrno(error, "EEXIST")) {
        return fail(installError("INSTALL_WRITE_FAILED", { path, errno: errnoCode(error) }));
      }
    }
    const bytes = await readOrUndefined(fs, path).catch(() => undefined);
    if (bytes === undefined) continue; // released between our create and our read
    const owner = parseOwner(bytes);
    const age = owner ? Date.now() - Date.parse(owner.time) : await lockAge(fs, path);
    const dead = owner !== undefined && owner.host === hostname() && !isAlive(owner.pid);
    // A lock is never half written (see above): one we cannot read is garbage, broken once it is a moment old.
    if (dead || age > staleMs || (owner === undefined && age > 2_000)) {
      await breakStaleLock(fs, path, bytes);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      return fail(installError("INSTALL_LOCKED", { path, pid: owner?.pid ?? "unknown" }));
    }
    await sleep(20 + Math.floor(Math.random() * 40) + Math.min(attempt, 10) * 5);
  }
}

/** Our owner record, complete and synced, in a file of our own. */
async function writeDraft(fs: InstallFs, draft: string, owner: LockOwner): Promise<void> {
  const handle = await fs.open(draft, "w", 0o644);
  try {
    await handle.write(Buffer.from(JSON.stringify(owner)));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function lockAge(fs: InstallFs, path: string): Promise<number> {
  try {
    return Date.now() - (await fs.lstat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Moves the stale lock aside under a unique name (only one racer can), then checks that what it moved
 * is the stale lock it judged; if it grabbed a fresh lock instead, it puts it back.
 */
async function breakStaleLock(fs: InstallFs, path: string, staleBytes: Buffer): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString("hex")}`;
  try {
    await fs.rename(path, aside);
  } catch {
    return; // someone else broke or released it
  }
  const moved = await readOrUndefined(fs, aside).catch(() => undefined);
  if (moved && !moved.equals(staleBytes)) await fs.link(aside, path).catch(() => undefined);
  await fs.unlink(aside).catch(() => undefined);
}

async function releaseLock(fs: InstallFs, path: string, token: string): Promise<void> {
  const owner = parseOwner(await readOrUndefined(fs, path).catch(() => undefined));
  if (owner?.token !== token) return;
  await fs.unlink(path).catch(() => undefined);
  // Leave no empty state folder behind (a run that changed nothing leaves no trace); fails harmlessly when not empty.
  await fs.rmdir(dirname(path)).catch(() => undefined);
}
