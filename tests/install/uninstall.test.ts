import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { uninstall } from "../../src/install/uninstall.js";
import { fixtureAgent, listFiles, tempHome, treeHash, type TempHome } from "./support/sandbox.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const claudeDir = (): string => join(t.home, ".claude");
const agent = (): string => join(claudeDir(), "agents", "backend-architect.md");

describe("uninstall", () => {
  it("removes our unedited file and the record, and leaves other agents alone", async () => {
    mkdirSync(join(claudeDir(), "agents"), { recursive: true });
    writeFileSync(join(claudeDir(), "agents", "other.md"), "other\n");
    await install(t.options());
    const outcome = await uninstall(t.options());
    expect(outcome).toMatchObject({ ok: true, removed: [agent()], restored: [], backups: [] });
    expect(listFiles(claudeDir())).toEqual(["agents/other.md"]);
  });

  it("refuses an edited copy without --force, changing nothing", async () => {
    await install(t.options());
    writeFileSync(agent(), "my edit\n");
    const before = treeHash(t.dir);
    const outcome = await uninstall(t.options());
    expect(outcome).toMatchObject({ ok: false, error: { code: "UNINSTALL_EDITED" }, edited: [agent()], removed: [] });
    expect(treeHash(t.dir)).toBe(before);
  });

  it.each([
    { case: "our own file: --force removes it", foreign: false, promise: "remove it anyway" },
    { case: "a file that replaced one of yours: --force puts yours back", foreign: true, promise: "put back the file it replaced" },
  ])("UNINSTALL_EDITED says what --force will do, and it does: $case", async ({ foreign, promise }) => {
    if (foreign) {
      mkdirSync(join(claudeDir(), "agents"), { recursive: true });
      writeFileSync(agent(), "theirs\n");
    }
    await install(t.options({ force: foreign }));
    writeFileSync(agent(), "my edit\n");
    const refused = await uninstall(t.options());
    expect(refused.error?.code).toBe("UNINSTALL_EDITED");
    expect(refused.error?.hint).toContain(promise);
    const forced = await uninstall(t.options({ force: true }));
    expect(forced.ok).toBe(true);
    expect(existsSync(agent()) ? readFileSync(agent(), "utf8") : undefined).toBe(foreign ? "theirs\n" : undefined);
    expect(forced.backups.map((b) => readFileSync(b, "utf8"))).toEqual(["my edit\n"]);
  });

  it("--force backs up an edited copy before removing it", async () => {
    await install(t.options());
    writeFileSync(agent(), "my edit\n");
    const outcome = await uninstall(t.options({ force: true }));
    expect(outcome).toMatchObject({ ok: true, removed: [agent()] });
    expect(outcome.backups).toHaveLength(1);
    expect(readFileSync(outcome.backups[0] as string, "utf8")).toBe("my edit\n");
    expect(existsSync(agent())).toBe(false);
    expect(readdirSync(join(claudeDir(), ".backend-architect"))).toEqual(["backups"]);
  });

  it("restores the file that install --force had replaced", async () => {
    mkdirSync(join(claudeDir(), "agents"), { recursive: true });
    writeFileSync(agent(), "theirs\n");
    await install(t.options({ force: true }));
    expect(readFileSync(agent(), "utf8")).toBe(fixtureAgent("package-v1"));
    const outcome = await uninstall(t.options());
    expect(outcome).toMatchObject({ ok: true, restored: [agent()], removed: [] });
    expect(readFileSync(agent(), "utf8")).toBe("theirs\n");
  });

  it("a file the user already deleted is simply gone; the record goes too", async () => {
    await install(t.options());
    const { rmSync } = await import("node:fs");
    rmSync(agent());
    const outcome = await uninstall(t.options());
    expect(outcome).toMatchObject({ ok: true, removed: [] });
    expect(existsSync(join(claudeDir(), ".backend-architect"))).toBe(false);
  });

  it("with no record says so and removes nothing, not even a file of the same name", async () => {
    mkdirSync(join(claudeDir(), "agents"), { recursive: true });
    writeFileSync(agent(), "someone else's\n");
    const before = treeHash(t.dir);
    const outcome = await uninstall(t.options());
    expect(outcome).toMatchObject({ ok: false, error: { code: "UNINSTALL_NOTHING" } });
    expect(treeHash(t.dir)).toBe(before);
  });
});

describe("a record that points outside its scope folder", () => {
  // The record decides what uninstall removes and restores: a tampered one must not reach any other file.
  const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
  it.each([
    { case: "a path with ..", entry: (outside: string) => ({ path: "../outside.txt", sha256: sha(outside), version: "1.0.0" }) },
    { case: "a path that climbs out mid-way", entry: (outside: string) => ({ path: "agents/../../outside.txt", sha256: sha(outside), version: "1.0.0" }) },
    { case: "an absolute path", entry: (outside: string) => ({ path: join(t.home, "outside.txt"), sha256: sha(outside), version: "1.0.0" }) },
    { case: "a backslash path", entry: (outside: string) => ({ path: "..\\outside.txt", sha256: sha(outside), version: "1.0.0" }) },
    {
      case: "a replaced-file backup outside the state folder",
      entry: () => ({ path: "agents/backend-architect.md", sha256: sha(readFileSync(agent(), "utf8")), version: "1.0.0", replaced: { backup: "../../outside.txt" } }),
    },
  ])("$case: uninstall refuses with INSTALL_RECORD_INVALID and touches nothing", async ({ entry }) => {
    await install(t.options({ hooks: false }));
    const outside = "a file of yours next to ~/.claude\n";
    writeFileSync(join(t.home, "outside.txt"), outside);
    const recordFile = join(claudeDir(), ".backend-architect", "record.json");
    const record = JSON.parse(readFileSync(recordFile, "utf8")) as { files: unknown[] };
    record.files = [entry(outside)];
    writeFileSync(recordFile, JSON.stringify(record));
    const before = treeHash(t.dir);
    for (const force of [false, true]) {
      const outcome = await uninstall(t.options({ force }));
      expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_RECORD_INVALID" }, removed: [], restored: [] });
      expect(outcome.error?.message).toMatch(/leaves/);
    }
    expect(treeHash(t.dir)).toBe(before);
    expect(readFileSync(join(t.home, "outside.txt"), "utf8")).toBe(outside);
  });
});
