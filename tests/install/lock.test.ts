import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFs, type InstallFs } from "../../src/install/fs.js";
import { acquireLock } from "../../src/install/lock.js";

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
      let exclusiveOpens = 0;
      const polls = 55; // more polls than the old fixed retry budget of 50
      const fs: InstallFs = {
        ...nodeFs,
        open: async (path, flags, mode) => {
          if (path === lockPath && flags === "wx" && ++exclusiveOpens === polls + 1) {
            // The holder releases as it does for real: lock file gone, empty state folder removed.
            await rm(lockPath);
            await rmdir(stateDir);
          }
          return nodeFs.open(path, flags, mode);
        },
      };
      const lock = await acquireLock(stateDir, { fs, isAlive: () => true, waitMs: 60_000 });
      expect(lock.ok).toBe(true);
      expect(exclusiveOpens).toBeGreaterThan(polls + 1);
      expect(existsSync(lockPath)).toBe(true);
      if (lock.ok) await lock.value.release();
      expect(existsSync(lockPath)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
