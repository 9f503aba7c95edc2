import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/claude.js";

const run = promisify(execFile);

// The package is not on the registry yet, so `npx backend-architect` elsewhere is a 404. README gives two ways
// to use a clone from another project; both are run here, from a project folder outside the clone.
describe("running the CLI of a clone from another project", () => {
  let dir: string;
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ba-from-clone-"));
    project = join(dir, "other-project");
    await mkdir(project);
    await run("git", ["init", "--quiet", project]);
    env = { PATH: process.env["PATH"] ?? "", HOME: join(dir, "home"), npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", npm_config_cache: process.env["npm_config_cache"] ?? join(dir, "npm-cache") };
    await mkdir(join(dir, "home"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("`npm install -g --ignore-scripts <clone>` puts a working `backend-architect` on PATH", async () => {
    const prefix = join(dir, "global");
    await run("npm", ["install", "-g", "--ignore-scripts", "--prefix", prefix, repoRoot], { cwd: project, env });
    const out = await run(join(prefix, "bin", "backend-architect"), ["install", "--scope", "project"], { cwd: project, env });
    expect(out.stdout).toContain("Installed.");
    expect(await readFile(join(project, ".claude", "agents", "backend-architect.md"), "utf8")).toBe(await readFile(join(repoRoot, "agents", "backend-architect.md"), "utf8"));
  });

  it("`npm exec --prefix <clone> -- backend-architect` runs in the current folder", async () => {
    const out = await run("npm", ["exec", "--prefix", repoRoot, "--", "backend-architect", "status", "--json"], { cwd: project, env });
    const scopes = JSON.parse(out.stdout) as { scope: string; agentsDir: string }[];
    expect(scopes.find((s) => s.scope === "project")?.agentsDir).toBe(join(project, ".claude", "agents"));
  });
});
