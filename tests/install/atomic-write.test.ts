import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempOwnerPid, tempPathFor, writeFileAtomic } from "../../src/install/io/atomic-write.js";
import { nodeFs, type InstallFs } from "../../src/install/io/fs.js";
import { failing, failingHandle } from "./support/faulty-fs.js";

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "ba-atomic-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("creates a new file with the given content and leaves no temp file", async () => {
    const target = join(dir, "agent.md");
    await writeFileAtomic(target, "hello\n");
    expect(readFileSync(target, "utf8")).toBe("hello\n");
    expect(readdirSync(dir)).toEqual(["agent.md"]);
  });

  it("replaces an existing file and keeps its mode", async () => {
    const target = join(dir, "agent.md");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it.each([
    { step: "open", fs: failing("open", "ENOSPC") },
    { step: "open", fs: failing("open", "EROFS") },
    { step: "write", fs: failingHandle("write", "ENOSPC") },
    { step: "fsync", fs: failingHandle("sync", "EIO") },
    { step: "rename", fs: failing("rename", "EACCES") },
  ])("a failing $step ($fs.code) leaves the old file and no temp file", async ({ fs }) => {
    const target = join(dir, "agent.md");
    writeFileSync(target, "old");
    await expect(writeFileAtomic(target, "new", { fs: fs.fs })).rejects.toMatchObject({ code: fs.code });
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["agent.md"]);
  });

  it("names its temp file so a later run can tell whose it is", () => {
    const temp = tempPathFor(join(dir, "agent.md"), 4242);
    const name = temp.slice(dir.length + 1);
    expect(name.endsWith(".md")).toBe(false);
    expect(tempOwnerPid(name, "agent.md")).toBe(4242);
    expect(tempOwnerPid(".other.md.4242.abcdefabcdef.tmp", "agent.md")).toBeUndefined();
  });

  it("uses the real file system when none is given", async () => {
    const seen: string[] = [];
    const spy: InstallFs = { ...nodeFs, rename: async (a, b) => (seen.push(b), nodeFs.rename(a, b)) };
    await writeFileAtomic(join(dir, "x"), "1", { fs: spy });
    expect(seen).toEqual([join(dir, "x")]);
  });
});
