import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFs, type InstallFs } from "../../src/install/io/fs.js";
import { acquireLock } from "../../src/install/io/lock.js";

describe("acquireLock", () => {
  it("still gets its turn when, after many polls, the releasing run removes the state folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "ba-lock-"));
    try {
      const stateDir = join(root, ".backend-architect");
      const lockPath = join(stateDir, "lock");
      mkdirSync(stateDir);
      // Another live run holds the lock.
      const holder = { pid: 4242, host: hostname(), time: new Date().toISOString(), token: "other" };
      writeFileSync(lockPath, JSON.stringify(holder));
      let attempts = 0;
      const polls = 55; // more polls than the old fixed retry budget of 50
      const fs: InstallFs = {
        ...nodeFs,
        // Each attempt writes the run's owner record to a draft beside the lock, then links it to the lock.
        open: async (path, flags, mode) => {
          if (path.startsWith(`${lockPath}.`) && ++attempts === polls + 1) {
            // The holder releases as it does for real: lock file gone, empty state folder removed.
            await rm(lockPath);
            await rmdir(stateDir);
          }
          return nodeFs.open(path, flags, mode);
        },
      };
      const lock = await acquireLock(stateDir, { fs, isAlive: () => true, waitMs: 60_000 });
      expect(lock.ok).toBe(true);
      expect(attempts).toBeGreaterThan(polls + 1);
      expect(existsSync(lockPath)).toBe(true);
      if (lock.ok) await lock.value.release();
      expect(existsSync(lockPath)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);

  it("never lets two runs hold it at once, even when one stalls for seconds while taking it", async () => {
    const root = mkdtempSync(join(tmpdir(), "ba-lock-"));
    try {
      const stateDir = join(root, ".backend-architect");
      const lockPath = join(stateDir, "lock");
      let stalled = false;
      // The first run is descheduled for 2.5 s between creating its lock file and writing it (a loaded
      // machine does that): a waiter must not take that lock for a crashed one.
      const slowFs: InstallFs = {
        ...nodeFs,
        open: async (path, flags, mode) => {
          const handle = await nodeFs.open(path, flags, mode);
          if (stalled || !path.startsWith(lockPath)) return handle;
          stalled = true;
          return {
            write: async (data) => {
              await new Promise((done) => setTimeout(done, 2_500));
              return handle.write(data);
            },
            chmod: (m) => handle.chmod(m),
            sync: () => handle.sync(),
            close: () => handle.close(),
          };
        },
      };
      const held: { from: number; to: number }[] = [];
      const hold = async (taking: ReturnType<typeof acquireLock>): Promise<void> => {
        const lock = await taking;
        expect(lock.ok).toBe(true);
        const from = Date.now();
        await new Promise((done) => setTimeout(done, 1_500));
        held.push({ from, to: Date.now() });
        if (lock.ok) await lock.value.release();
      };
      const first = hold(acquireLock(stateDir, { fs: slowFs, isAlive: () => true }));
      await new Promise((done) => setTimeout(done, 100));
      const second = hold(acquireLock(stateDir, { isAlive: () => true, waitMs: 20_000 }));
      await Promise.all([first, second]);
      const [a, b] = held.sort((x, y) => x.from - y.from);
      expect(b && a && b.from >= a.to).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
