import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { uninstall } from "../../src/install/uninstall.js";
import { sha256, type InstallRecord } from "../../src/install/state/record.js";
import { failing } from "./support/faulty-fs.js";
import { fixtureAgent, fixturePackage, listFiles, tempHome, treeHash, type TempHome } from "./support/sandbox.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const userAgent = (): string => join(t.home, ".claude", "agents", "backend-architect.md");
const userRecord = (): InstallRecord =>
  JSON.parse(readFileSync(join(t.home, ".claude", ".backend-architect", "record.json"), "utf8")) as InstallRecord;

describe("install: scopes", () => {
  it("user scope writes ~/.claude/agents and records path, hash and version", async () => {
    const outcome = await install(t.options());
    expect(outcome).toMatchObject({ ok: true, written: [userAgent()], backups: [] });
    expect(readFileSync(userAgent(), "utf8")).toBe(fixtureAgent("package-v1"));
    expect(userRecord().files).toEqual([
      expect.objectContaining({ path: "agents/backend-architect.md", sha256: sha256(fixtureAgent("package-v1")), version: "1.0.0" }),
    ]);
    expect(userRecord().files[0]).not.toHaveProperty("pending");
    expect(existsSync(join(t.home, ".claude", ".backend-architect", "lock"))).toBe(false);
  });

  it("returns the copies Claude Code reads once it is done (all the CLI prints), a project copy hiding the user's", async () => {
    const project = join(t.project, ".claude", "agents", "backend-architect.md");
    mkdirSync(join(t.project, ".claude", "agents"), { recursive: true });
    writeFileSync(project, fixtureAgent("package-v1"));
    const outcome = await install(t.options());
    expect(outcome.clashes.copies.map((copy) => [copy.source, copy.file])).toEqual([["user", userAgent()], ["project", project]]);
    expect(outcome.clashes.winner?.file).toBe(project);
    expect(outcome.clashes.hidden.map((copy) => copy.file)).toEqual([userAgent()]);
  });

  it("user scope follows CLAUDE_CONFIG_DIR when it is set", async () => {
    const config = join(t.dir, "config");
    const outcome = await install(t.options({ env: { ...t.env, CLAUDE_CONFIG_DIR: config } }));
    expect(outcome.written).toEqual([join(config, "agents", "backend-architect.md")]);
    expect(existsSync(join(t.home, ".claude"))).toBe(false);
  });

  it("project scope writes .claude/agents at the git root, also from a subfolder", async () => {
    const sub = join(t.project, "src", "deep");
    mkdirSync(sub, { recursive: true });
    const outcome = await install(t.options({ scope: "project", cwd: sub }));
    expect(outcome.written).toEqual([join(t.project, ".claude", "agents", "backend-architect.md")]);
  });

  it("project scope outside git writes .claude/agents in the current folder", async () => {
    const loose = join(t.dir, "loose");
    mkdirSync(loose);
    const outcome = await install(t.options({ scope: "project", cwd: loose }));
    expect(outcome.written).toEqual([join(loose, ".claude", "agents", "backend-architect.md")]);
  });

  it("fails with INSTALL_NO_HOME when neither HOME nor CLAUDE_CONFIG_DIR is set", async () => {
    const outcome = await install(t.options({ env: {} }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_NO_HOME" }, written: [] });
  });
});

describe("install: the packaged agent is validated first", () => {
  it("an invalid packaged agent is never installed: INSTALL_SOURCE_INVALID with each finding, nothing written", async () => {
    const before = treeHash(t.dir);
    const outcome = await install({ ...t.options(), source: { packageRoot: fixturePackage("package-invalid"), version: "9.9.9" } });
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_SOURCE_INVALID" }, written: [] });
    expect(outcome.error?.details?.join("\n")).toMatch(/DESCRIPTION/);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("a packaged agent with warnings is installed, and the outcome carries each warning", async () => {
    const outcome = await install({ ...t.options(), source: { packageRoot: fixturePackage("package-warnings"), version: "3.0.0" } });
    expect(outcome).toMatchObject({ ok: true, written: [userAgent()] });
    expect(outcome.warnings).toEqual([expect.objectContaining({ code: "INSTALL_SOURCE_WARNINGS" })]);
    expect(outcome.warnings[0]?.details).toEqual([expect.stringMatching(/^4:\d+ AGENT_TOOL_UNKNOWN .*Grpe/)]);
  });

  it("the real packaged agent passes and installs", async () => {
    const options = t.options();
    delete options.source;
    const outcome = await install(options);
    expect(outcome.error ?? null).toBeNull();
    expect(outcome.warnings).toEqual([]);
  });
});

describe("install: plan", () => {
  it("a second install of the same version is unchanged and writes nothing", async () => {
    await install(t.options());
    const before = treeHash(t.dir);
    const outcome = await install(t.options());
    expect(outcome.plan?.files.map((f) => f.action)).toEqual(["unchanged"]);
    expect(outcome.written).toEqual([]);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("a newer version updates our unedited copy, with a diff", async () => {
    await install(t.options());
    const outcome = await install(t.options({}, "package-v2"));
    expect(outcome.ok).toBe(true);
    expect(outcome.plan?.files[0]?.action).toBe("update");
    expect(outcome.plan?.files[0]?.diff).toContain("-You are a backend architect. Version one of this fixture.");
    expect(outcome.plan?.files[0]?.diff).toContain("+Say what can fail.");
    expect(readFileSync(userAgent(), "utf8")).toBe(fixtureAgent("package-v2"));
    expect(userRecord().files[0]).toMatchObject({ version: "2.0.0", sha256: sha256(fixtureAgent("package-v2")) });
  });

  it.each([
    { case: "a foreign file", prepare: async () => writeFileSync(userAgent(), "mine\n"), why: "not written by" },
    {
      case: "our copy edited since",
      prepare: async () => {
        await install(t.options());
        writeFileSync(userAgent(), `${fixtureAgent("package-v1")}my edit\n`);
      },
      why: "edited since",
    },
  ])("$case is a conflict: nothing written, exit with INSTALL_CONFLICT and a diff", async ({ prepare, why }) => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    await prepare();
    const before = treeHash(t.dir);
    const outcome = await install(t.options({}, "package-v2"));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_CONFLICT" }, written: [], backups: [] });
    expect(outcome.error?.message).toContain(why);
    expect(outcome.plan?.files[0]?.action).toBe("conflict");
    expect(outcome.plan?.files[0]?.diff).toContain("+Say what can fail.");
    expect(treeHash(t.dir)).toBe(before);
  });

  // The hint is a promise about --force and uninstall: each case keeps it, step by step.
  it.each([
    {
      case: "a foreign file: --force backs it up and uninstall puts it back",
      prepare: async () => writeFileSync(userAgent(), "mine\n"),
      promise: "uninstall puts it back",
      broken: "does not put it back",
      afterUninstall: "mine\n" as string | undefined,
    },
    {
      case: "our copy, edited: --force backs it up, and uninstall does not put the edited copy back",
      prepare: async () => {
        await install(t.options());
        writeFileSync(userAgent(), "my edit\n");
      },
      promise: "uninstall does not put it back",
      broken: "uninstall puts it back",
      afterUninstall: undefined,
    },
  ])("the conflict hint says what uninstall will do, and it does: $case", async ({ prepare, promise, broken, afterUninstall }) => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    await prepare();
    const current = readFileSync(userAgent(), "utf8");
    const refused = await install(t.options({}, "package-v2"));
    expect(refused.error?.code).toBe("INSTALL_CONFLICT");
    expect(refused.error?.hint).toContain(promise);
    expect(refused.error?.hint).not.toContain(broken);
    expect(refused.error?.hint).toContain(join(t.home, ".claude", ".backend-architect", "backups"));
    const forced = await install(t.options({ force: true }, "package-v2"));
    expect(forced.backups.map((b) => readFileSync(b, "utf8"))).toEqual([current]);
    expect((await uninstall(t.options())).ok).toBe(true);
    expect(existsSync(userAgent()) ? readFileSync(userAgent(), "utf8") : undefined).toBe(afterUninstall);
    expect(readFileSync(forced.backups[0] as string, "utf8")).toBe(current);
  });

  it("--force replaces a foreign file, keeps it as a timestamped backup and records it", async () => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    writeFileSync(userAgent(), "mine\n");
    const outcome = await install(t.options({ force: true, now: () => new Date("2026-01-02T03:04:05.678Z") }));
    expect(outcome.ok).toBe(true);
    expect(outcome.backups).toHaveLength(1);
    const backup = outcome.backups[0] as string;
    expect(backup).toContain(join(".backend-architect", "backups", "2026-01-02T03-04-05-678Z-"));
    expect(readFileSync(backup, "utf8")).toBe("mine\n");
    expect(userRecord().files[0]?.replaced).toEqual({ sha256: sha256("mine\n"), backup: expect.stringMatching(/^backups\//) });
  });

  it("refuses a symlinked target, even with --force", async () => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    writeFileSync(join(t.dir, "elsewhere.md"), "other\n");
    symlinkSync(join(t.dir, "elsewhere.md"), userAgent());
    const outcome = await install(t.options({ force: true }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_TARGET_SYMLINK" }, written: [] });
    expect(readFileSync(join(t.dir, "elsewhere.md"), "utf8")).toBe("other\n");
  });

  it.each(["../outside.md", "/etc/passwd", "agents/../../x.md", "agents\\x.md"])(
    "refuses a record whose path %s leaves the scope",
    async (path) => {
      const state = join(t.home, ".claude", ".backend-architect");
      mkdirSync(state, { recursive: true });
      const record = { schema: 1, package: "backend-architect", scope: "user", files: [{ path, sha256: "0", version: "1" }] };
      writeFileSync(join(state, "record.json"), JSON.stringify(record));
      const outcome = await install(t.options());
      expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_RECORD_INVALID" } });
    },
  );

  it("--dry-run leaves the tree byte-identical, also when it would update or conflict", async () => {
    await install(t.options());
    const before = treeHash(t.dir);
    const update = await install(t.options({ dryRun: true }, "package-v2"));
    expect(update.plan?.files[0]?.action).toBe("update");
    writeFileSync(userAgent(), "edited\n");
    const edited = treeHash(t.dir);
    const conflict = await install(t.options({ dryRun: true, force: true }, "package-v2"));
    expect(conflict.plan?.files[0]?.action).toBe("replace");
    expect(treeHash(t.dir)).toBe(edited);
    expect(before).not.toBe(edited);
  });

  it.each([
    { case: "a foreign file", prepare: async () => writeFileSync(userAgent(), "mine\n") },
    {
      case: "an edited copy of ours",
      prepare: async () => {
        await install(t.options());
        writeFileSync(userAgent(), "my edit\n");
      },
    },
  ])("--dry-run over $case fails as the real run would: INSTALL_CONFLICT, with the plan, nothing written", async ({ prepare }) => {
    mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
    await prepare();
    const before = treeHash(t.dir);
    const dry = await install(t.options({ dryRun: true }, "package-v2"));
    expect(treeHash(t.dir)).toBe(before);
    const real = await install(t.options({}, "package-v2"));
    expect(dry).toMatchObject({ ok: false, dryRun: true, error: { code: "INSTALL_CONFLICT" }, written: [], backups: [] });
    expect(dry.plan?.files[0]?.action).toBe("conflict");
    expect(dry.error).toEqual(real.error);
  });

  it("--dry-run into an empty HOME creates nothing at all", async () => {
    const before = treeHash(t.dir);
    const outcome = await install(t.options({ dryRun: true }));
    expect(outcome.plan?.files[0]?.action).toBe("create");
    expect(treeHash(t.dir)).toBe(before);
  });
});

describe("install: failures leave files as they were", () => {
  it.each([
    { case: "read-only file system", code: "EROFS" },
    { case: "disk full", code: "ENOSPC" },
    { case: "permission denied", code: "EACCES" },
  ])("$case while writing the agent: INSTALL_WRITE_FAILED, old file intact, no temp", async ({ code }) => {
    await install(t.options());
    const before = treeHash(t.dir);
    const agents = join(t.home, ".claude", "agents");
    const fs = failing("open", code, (path) => path.startsWith(join(agents, ".backend-architect.md."))).fs;
    const outcome = await install(t.options({ fs }, "package-v2"));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_WRITE_FAILED", path: userAgent() }, written: [] });
    expect(outcome.error?.message).toContain(code);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("a read-only scope folder (every write fails) reports the state folder and changes nothing", async () => {
    const before = treeHash(t.dir);
    const fs = failing("mkdir", "EROFS").fs;
    const outcome = await install(t.options({ fs }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_WRITE_FAILED" }, written: [] });
    expect(outcome.error?.hint).toMatch(/read-only/);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("a file named .claude where the scope folder should be: INSTALL_WRITE_FAILED with a hint that names it, nothing changed", async () => {
    writeFileSync(join(t.project, ".claude"), "not a folder\n");
    const before = treeHash(t.dir);
    const outcome = await install(t.options({ scope: "project" }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_WRITE_FAILED" }, written: [] });
    expect(outcome.error?.message).toContain("ENOTDIR");
    expect(outcome.error?.hint).toMatch(/a file where a folder is needed/);
    expect(treeHash(t.dir)).toBe(before);
  });

  it("an agent write failing after the record was marked pending puts the record back", async () => {
    await install(t.options());
    const before = treeHash(t.dir);
    const fs = failing("rename", "EIO", (path) => path.includes(".backend-architect.md.")).fs;
    const outcome = await install(t.options({ fs }, "package-v2"));
    expect(outcome.error?.code).toBe("INSTALL_WRITE_FAILED");
    expect(treeHash(t.dir)).toBe(before);
    expect(listFiles(join(t.home, ".claude"))).toEqual(["agents/backend-architect.md", ".backend-architect/record.json"].sort());
  });

  it("queues behind a live lock and fails with INSTALL_LOCKED when it is not released", async () => {
    const state = join(t.home, ".claude", ".backend-architect");
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, "lock"), JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), time: new Date().toISOString(), token: "x" }));
    const outcome = await install(t.options({ lock: { waitMs: 200 } }));
    expect(outcome).toMatchObject({ ok: false, error: { code: "INSTALL_LOCKED" }, written: [] });
    expect(outcome.error?.message).toContain(String(process.pid));
    expect(existsSync(userAgent())).toBe(false);
  });

  it.each([
    { case: "a dead pid", lock: () => JSON.stringify({ pid: 2 ** 22 + 7, host: "", time: new Date().toISOString(), token: "x" }), isAlive: () => false },
    { case: "an old time", lock: () => JSON.stringify({ pid: 1, host: "elsewhere", time: "2000-01-01T00:00:00Z", token: "x" }), isAlive: () => true },
  ])("breaks a stale lock with $case", async ({ lock, isAlive }) => {
    const state = join(t.home, ".claude", ".backend-architect");
    mkdirSync(state, { recursive: true });
    const content = lock();
    const owner = JSON.parse(content) as { host: string };
    if (owner.host === "") owner.host = (await import("node:os")).hostname();
    writeFileSync(join(state, "lock"), JSON.stringify({ ...owner, ...(JSON.parse(content) as object), host: owner.host }));
    const outcome = await install(t.options({ lock: { waitMs: 500, isAlive } }));
    expect(outcome.ok).toBe(true);
    expect(readdirSync(state).sort()).toEqual(["record.json"]);
  });
});
