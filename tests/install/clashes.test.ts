import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scanAgentCopies } from "../../src/install/report/clashes.js";
import { tempHome, type TempHome } from "./support/sandbox.js";

let t: TempHome;
beforeEach(() => void (t = tempHome()));
afterEach(() => t.cleanup());

const agent = (name: string): string => `---\nname: ${name}\ndescription: test agent\n---\nbody\n`;
function put(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("scanAgentCopies", () => {
  it("finds nothing in an empty sandbox", async () => {
    const report = await scanAgentCopies({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report).toEqual({ copies: [], hidden: [] });
  });

  it.each([
    { case: "user only", places: ["user"], winner: "user" },
    { case: "user and project: project hides user", places: ["user", "project"], winner: "project" },
    { case: "project and managed: managed wins", places: ["project", "managed"], winner: "managed" },
  ])("$case", async ({ places, winner }) => {
    const files: Record<string, string> = {
      user: join(t.home, ".claude", "agents", "backend-architect.md"),
      project: join(t.project, ".claude", "agents", "ba.md"),
      managed: join(t.dir, "managed", ".claude", "agents", "x", "backend-architect.md"),
    };
    for (const place of places) put(files[place] as string, agent("backend-architect"));
    const report = await scanAgentCopies({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.copies.map((c) => c.source).sort()).toEqual([...places].sort());
    expect(report.winner?.file).toBe(files[winner]);
    expect(report.hidden.map((c) => c.source).sort()).toEqual(places.filter((p) => p !== winner).sort());
  });

  it.each([
    { case: "the last path in sort order wins within one folder", files: ["b.md", "a/z.md", "c.md"], winner: "c.md" },
    { case: "a subfolder path can sort last", files: ["m.md", "z/a.md"], winner: "z/a.md" },
    { case: "a file sorting after a subfolder path wins", files: ["b.md", "a/a/a.md"], winner: "b.md" },
  ])("user duplicates: $case", async ({ files, winner }) => {
    for (const file of files) put(join(t.home, ".claude", "agents", file), agent("backend-architect"));
    const report = await scanAgentCopies({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.winner?.file).toBe(join(t.home, ".claude", "agents", winner));
  });

  it("project duplicates: the folder nearest the start folder wins", async () => {
    const sub = join(t.project, "pkg");
    put(join(t.project, ".claude", "agents", "z.md"), agent("backend-architect"));
    put(join(sub, ".claude", "agents", "a.md"), agent("backend-architect"));
    const report = await scanAgentCopies({ cwd: sub, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.winner?.file).toBe(join(sub, ".claude", "agents", "a.md"));
  });

  it("reads names with the parser, not the file name, and ignores other agents", async () => {
    put(join(t.home, ".claude", "agents", "backend-architect.md"), agent("someone-else"));
    put(join(t.home, ".claude", "agents", "renamed.md"), agent('"backend-architect"'));
    const report = await scanAgentCopies({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.copies.map((c) => c.file)).toEqual([join(t.home, ".claude", "agents", "renamed.md")]);
  });

  it("scans project folders from the cwd up to the git root, not above it", async () => {
    const sub = join(t.project, "pkg");
    put(join(sub, ".claude", "agents", "a.md"), agent("backend-architect"));
    put(join(t.project, ".claude", "agents", "b.md"), agent("backend-architect"));
    put(join(t.dir, ".claude", "agents", "c.md"), agent("backend-architect"));
    const report = await scanAgentCopies({ cwd: sub, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.copies.map((c) => c.file)).toEqual([join(sub, ".claude", "agents", "a.md"), join(t.project, ".claude", "agents", "b.md")]);
  });

  it("lists installed plugin agents under their namespaced type, with enabled from settings", async () => {
    const installPath = join(t.home, ".claude", "plugins", "cache", "mkt", "other", "1.0.0");
    put(join(installPath, "agents", "backend-architect.md"), "no frontmatter: named after the file\n");
    put(join(t.home, ".claude", "plugins", "installed_plugins.json"), JSON.stringify({
      version: 2,
      plugins: { "other@mkt": [{ scope: "user", installPath, version: "1.0.0" }] },
    }));
    put(join(t.home, ".claude", "settings.json"), JSON.stringify({ enabledPlugins: { "other@mkt": true } }));
    put(join(t.project, ".claude", "settings.local.json"), JSON.stringify({ enabledPlugins: { "other@mkt": false } }));
    put(join(t.home, ".claude", "agents", "backend-architect.md"), agent("backend-architect"));
    const report = await scanAgentCopies({ cwd: t.project, env: t.env, managedDir: join(t.dir, "managed") });
    expect(report.copies[0]).toMatchObject({ source: "plugin", agentType: "other:backend-architect", plugin: { id: "other@mkt", enabled: false } });
    expect(report.winner?.source).toBe("user");
    expect(report.hidden).toEqual([]);
  });
});
