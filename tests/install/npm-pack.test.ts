import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ba-pack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the npm package, installed from its tarball with no repository around", () => {
  it("`backend-architect install` writes the packaged agent into the user scope", async () => {
    const npm = { env: { ...process.env, npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" } };
    await run("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: repo, ...npm });
    const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz")) as string;
    // What ships: the CLI and library, the agent, the plugin (manifests, hooks) and the docs the README and
    // the diagnostics point to; never the tests, sources or scripts.
    const listed = (await run("tar", ["-tzf", join(dir, tarball)])).stdout.split("\n").filter(Boolean);
    const tops = [...new Set(listed.map((path) => path.replace(/^package\//, "").split("/")[0]))].sort();
    expect(tops).toEqual([".claude-plugin", "LICENSE", "README.md", "agents", "dist", "docs", "hooks", "package.json", "plugin"]);
    expect(listed).toEqual(expect.arrayContaining(["package/dist/cli/main.js", "package/dist/index.js", "package/dist/index.d.ts", "package/docs/diagnostics.md", "package/docs/install-errors.md"]));
    const prefix = join(dir, "prefix");
    // The dependencies come from the npm cache when it has them, else from the registry: `npm ci` leaves only
    // abbreviated metadata in the cache, so a fully offline install works only on a machine that happened to
    // run an online `npm install` before.
    await run("npm", ["install", "--prefix", prefix, join(dir, tarball), "--prefer-offline", "--silent"], { cwd: dir, ...npm });
    const home = join(dir, "home");
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(home);
    mkdirSync(elsewhere);
    const bin = join(prefix, "node_modules", ".bin", "backend-architect");
    const env = { PATH: process.env["PATH"] ?? "", HOME: home };
    const installed = await run(bin, ["install"], { cwd: elsewhere, env });
    expect(installed.stdout).toContain("Installed.");
    const agent = readFileSync(join(home, ".claude", "agents", "backend-architect.md"), "utf8");
    expect(agent).toBe(readFileSync(join(repo, "agents", "backend-architect.md"), "utf8"));
    // The library, through the package's `exports`, from a project that depends on it.
    const script = "import('backend-architect').then((m) => console.log(m.resolveAgent(m.parseAgent(process.argv[1], 'x.md'), { scope: 'user' }).agentType))";
    const imported = await run(process.execPath, ["-e", script, "--", "---\nname: probe\ndescription: d\n---\n"], { cwd: prefix, env });
    expect(imported.stdout).toBe("probe\n");
    const status = await run(bin, ["status", "--json"], { cwd: elsewhere, env });
    const scopes = JSON.parse(status.stdout) as { scope: string; files: { path: string; state: string; version: string }[] }[];
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
    expect(scopes[0]?.scope).toBe("user");
    expect(scopes[0]?.files.map((f) => [f.path, f.state, f.version])).toEqual([
      ["agents/backend-architect.md", "installed", pkg.version],
      ["backend-architect/hooks/user-prompt-submit.mjs", "installed", pkg.version],
      ["backend-architect/hooks/pre-tool-use.mjs", "installed", pkg.version],
      ["backend-architect/hooks/post-tool-use.mjs", "installed", pkg.version],
    ]);
  }, 180_000);
});
