import { chmod, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claude, cloneRepo, makeSandbox, type CommandResult, type Sandbox } from "../support/claude.js";

const MAX_BYTES = 10 * 1024 * 1024;
const MAX_INSTALL_MS = 5_000;

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

// What `claude plugin install` costs a user: Claude Code runs `npm ci` in a plugin whose root holds
// package.json and a lockfile, so the marketplace points at plugin/, which holds neither. Offline here: a
// fake `npm` first on PATH records any call and fails, as npm would without the registry.
describe("claude plugin install from a fresh clone, offline", () => {
  let sandbox: Sandbox;
  let calls: string[];
  let install: CommandResult;
  let installMs: number;
  let installPath: string;

  beforeAll(async () => {
    sandbox = await makeSandbox();
    const bin = join(sandbox.root, "fake-bin");
    const log = join(sandbox.root, "npm-calls.log");
    await mkdir(bin);
    await writeFile(join(bin, "npm"), `#!/bin/sh\nprintf '%s\\t%s\\n' "$PWD" "$*" >> '${log}'\nexit 1\n`);
    await chmod(join(bin, "npm"), 0o755);
    await writeFile(log, "");
    sandbox.env["PATH"] = `${bin}:${sandbox.env["PATH"] ?? ""}`;
    const clone = await cloneRepo(join(sandbox.root, "clone"));
    const add = await claude(["plugin", "marketplace", "add", clone], { sandbox });
    expect(add.code, add.stderr).toBe(0);
    const started = performance.now();
    install = await claude(["plugin", "install", "backend-architect@backend-architect-marketplace"], { sandbox });
    installMs = performance.now() - started;
    calls = (await readFile(log, "utf8")).split("\n").filter(Boolean);
    const list = JSON.parse((await claude(["plugin", "list", "--json"], { sandbox })).stdout) as { id: string; enabled: boolean; installPath: string }[];
    const ours = list.find((p) => p.id === "backend-architect@backend-architect-marketplace");
    expect(ours?.enabled).toBe(true);
    installPath = ours?.installPath ?? "";
  }, 120_000);

  afterAll(async () => {
    await sandbox.cleanup();
  });

  it(`installs in under ${MAX_INSTALL_MS / 1000} s and runs no npm at all`, () => {
    expect(install.code, install.stderr).toBe(0);
    expect(calls).toEqual([]);
    expect(installMs).toBeLessThan(MAX_INSTALL_MS);
  });

  it("copies the plugin's files only: under 10 MB, no node_modules, no package.json, no sources or tests", async () => {
    const entries = (await readdir(installPath)).sort();
    expect(entries).toEqual([".claude-plugin", "LICENSE", "README.md", "agents", "docs", "hooks"]);
    expect(await sizeOf(installPath)).toBeLessThan(MAX_BYTES);
  });
});
