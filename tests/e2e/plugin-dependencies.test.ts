import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claude, cloneRepo, installFromMarketplace, makeSandbox, type MarketplaceInstall, type Sandbox } from "../support/claude.js";

// What `claude plugin install` does with this repository's package.json and package-lock.json. A fake
// `npm` first on PATH records each call (working directory and arguments) and fails, as an offline npm
// would. This pins down a cost users pay (the README says so), so that a layout change that removes it
// shows up here.
describe("claude plugin install and this repository's npm files", () => {
  let sandbox: Sandbox;
  let install: MarketplaceInstall;
  let calls: string[];

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
    install = await installFromMarketplace(sandbox, clone, "backend-architect");
    calls = (await readFile(log, "utf8")).split("\n").filter(Boolean);
  }, 120_000);

  afterAll(async () => {
    await sandbox.cleanup();
  });

  it("runs `npm ci --ignore-scripts` in the installed copy, because the plugin root has package.json and a lockfile", () => {
    expect(install.install.code).toBe(0);
    const ci = calls.filter((line) => ` ${line.split("\t")[1] ?? ""} `.includes(" ci --ignore-scripts "));
    expect(ci.length, calls.join("\n")).toBeGreaterThan(0);
    for (const line of ci) expect(line.split("\t")[0]).toContain(join(sandbox.home, ".claude", "plugins"));
  });

  it("still installs and enables the plugin when that npm call fails", async () => {
    const list = await claude(["plugin", "list", "--json"], { sandbox });
    const plugins = JSON.parse(list.stdout) as { id: string; enabled: boolean }[];
    expect(plugins.find((p) => p.id === `backend-architect@${install.marketplace}`)?.enabled).toBe(true);
  });
});
