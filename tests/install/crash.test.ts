import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import type { InstallRecord } from "../../src/install/state/record.js";
import { uninstall } from "../../src/install/uninstall.js";
import { fixtureAgent, fixturePackage, tempHome, type TempHome } from "./support/sandbox.js";
import { ACTIVATION_HOOK_MARKER } from "../../src/install/plan/settings.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const child = fileURLToPath(new URL("./support/crash-child.mjs", import.meta.url));
let build: string;

beforeAll(() => {
  // A compiled copy of the library for the child processes (Node 20 cannot run TypeScript), inside
  // node_modules/.cache so that its imports resolve against our node_modules.
  mkdirSync(join(repo, "node_modules", ".cache"), { recursive: true });
  build = mkdtempSync(join(repo, "node_modules", ".cache", "ba-crash-build-"));
  execFileSync(process.execPath, [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", join(repo, "tsconfig.build.json"), "--outDir", join(build, "dist")], { stdio: "pipe" });
  copyFileSync(join(repo, "package.json"), join(build, "package.json"));
  copyFileSync(child, join(build, "dist", "crash-child.mjs"));
}, 120_000);
afterAll(() => rmSync(build, { recursive: true, force: true }));

interface Scenario {
  name: string;
  op: "install" | "uninstall";
  force: boolean;
  steps: string[];
  prepare(t: TempHome): Promise<void>;
  /** The agent file's content before the run and after a complete run. */
  before: string;
  after: string;
  /** Also install the hook scripts and merge them into settings.json. */
  hooks?: boolean;
}

const v1 = fixtureAgent("package-v1");
const v2 = fixtureAgent("package-v2");
const theirs = "their own agent, here first\n";
const agentPath = (t: TempHome): string => join(t.home, ".claude", "agents", "backend-architect.md");
const settingsPath = (t: TempHome): string => join(t.home, ".claude", "settings.json");
const USER_SETTINGS = `${JSON.stringify({ mine: 1 }, null, 2)}\n`;
const ourHookCount = (t: TempHome): number => readFileSync(settingsPath(t), "utf8").split(ACTIVATION_HOOK_MARKER).length - 1;
const mdFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".md")) : []);
const putTheirs = (t: TempHome): void => {
  mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
  writeFileSync(agentPath(t), theirs);
};

const scenarios: Scenario[] = [
  { name: "update v1 to v2", op: "install", force: false, steps: ["record:pending", "write:agents/backend-architect.md", "record:final"],
    prepare: async (t) => void (await install(t.options())), before: v1, after: v2 },
  { name: "--force over a foreign file", op: "install", force: true, steps: ["backup:agents/backend-architect.md", "record:pending", "write:agents/backend-architect.md", "record:final"],
    prepare: async (t) => putTheirs(t), before: theirs, after: v2 },
  { name: "uninstall restoring a replaced file", op: "uninstall", force: false, steps: ["record:removing", "remove:agents/backend-architect.md", "record:remove"],
    prepare: async (t) => { putTheirs(t); await install(t.options({ force: true })); }, before: v1, after: theirs },
  { name: "fresh install with hooks next to the user's settings.json", op: "install", force: false, hooks: true,
    steps: ["backup:settings.json", "record:pending", "write:agents/backend-architect.md", "write:backend-architect/hooks/pre-tool-use.mjs", "edit:settings.json", "record:final"],
    prepare: async (t) => {
      mkdirSync(join(t.home, ".claude"), { recursive: true });
      writeFileSync(settingsPath(t), USER_SETTINGS);
    },
    before: "", after: v2 },
];

/** Runs the child and SIGKILLs it at `pauseAt`, or `delayMs` after it starts working. */
function runAndKill(t: TempHome, scenario: Scenario, pauseAt: string | undefined, delayMs: number): Promise<string> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [join(build, "dist", "crash-child.mjs"), scenario.op, t.home, t.project, fixturePackage("package-v2"), "2.0.0", scenario.force ? "force" : "", pauseAt ?? "", scenario.hooks ? "hooks" : ""], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (pauseAt ? out.includes(`${pauseAt}\n`) : out.startsWith("start\n")) {
        if (pauseAt) proc.kill("SIGKILL");
        else setTimeout(() => proc.kill("SIGKILL"), delayMs);
      }
    });
    proc.on("exit", () => done(out));
  });
}

const trials = scenarios.flatMap((scenario) => [
  ...scenario.steps.map((step) => ({ scenario, pauseAt: step as string | undefined, delayMs: 0 })),
  ...Array.from({ length: 12 }, (_, i) => ({ scenario, pauseAt: undefined as string | undefined, delayMs: (i * 7) % 16 })),
]);

describe("SIGKILL at any point (crash safety)", () => {
  it(`leaves the agent old or new, never partial, and the next run recovers (${trials.length} trials)`, async () => {
    expect(trials.length).toBeGreaterThanOrEqual(50);
    const runTrial = async ({ scenario, pauseAt, delayMs }: (typeof trials)[number]): Promise<void> => {
      const t = tempHome();
      try {
        await scenario.prepare(t);
        const out = await runAndKill(t, scenario, pauseAt, delayMs);
        const context = `${scenario.name}, killed ${pauseAt ? `at ${pauseAt}` : `after ${delayMs} ms`} (${out.trim().split("\n").join(" > ")})`;
        expect(out.startsWith("start\n"), `the child did not start: ${out}`).toBe(true);
        const agent = agentPath(t);
        const recordFile = join(t.home, ".claude", ".backend-architect", "record.json");
        const recordGone = !existsSync(recordFile);
        const now = existsSync(agent) ? readFileSync(agent, "utf8") : "";
        expect([scenario.before, scenario.after], context).toContain(now);
        // Nothing Claude Code would load besides the agent itself.
        expect(mdFiles(join(t.home, ".claude", "agents")), context).toEqual(now === "" ? [] : ["backend-architect.md"]);
        if (scenario.hooks) {
          // settings.json is the user's, whole, or the user's plus our two hooks, whole.
          expect((JSON.parse(readFileSync(settingsPath(t), "utf8")) as { mine?: number }).mine, context).toBe(1);
          expect([0, 3], context).toContain(ourHookCount(t));
        }
        // User bytes are never lost: their file is on disk or in a backup.
        if (scenario.before === theirs || scenario.after === theirs) {
          const backups = join(t.home, ".claude", ".backend-architect", "backups");
          const kept = existsSync(backups) ? readdirSync(backups).map((n) => readFileSync(join(backups, n), "utf8")) : [];
          expect(now === theirs || kept.includes(theirs), context).toBe(true);
        }
        // The next run (same command) recovers: a dead lock is broken, a half-done record is understood.
        const next = scenario.op === "install"
          ? await install(t.options({ force: scenario.force, hooks: scenario.hooks ?? false, lock: { waitMs: 3_000 } }, "package-v2"))
          : await uninstall(t.options({ lock: { waitMs: 3_000 } }));
        // An uninstall killed after it removed its record had already finished.
        if (recordGone && scenario.op === "uninstall") expect(next.error?.code, context).toBe("UNINSTALL_NOTHING");
        else expect(next.error ?? null, context).toBeNull();
        expect(readFileSync(agent, "utf8"), context).toBe(scenario.after);
        if (scenario.op === "install") {
          const record = JSON.parse(readFileSync(recordFile, "utf8")) as InstallRecord;
          expect(record.files.map((f) => [f.version, f.pending]), context).toEqual(record.files.map(() => ["2.0.0", undefined]));
          expect(record.files.length, context).toBe(scenario.hooks ? 4 : 1);
          if (scenario.hooks) expect(ourHookCount(t), context).toBe(3);
          expect((await uninstall(t.options())).ok, context).toBe(true);
          if (scenario.hooks) expect(JSON.parse(readFileSync(settingsPath(t), "utf8")), context).toEqual({ mine: 1 });
        } else {
          expect(existsSync(recordFile), context).toBe(false);
        }
        expect(readdirSync(join(t.home, ".claude", "agents")).filter((n) => n.endsWith(".tmp")), context).toEqual([]);
      } finally {
        t.cleanup();
      }
    };
    // Two at a time: two cores.
    for (let i = 0; i < trials.length; i += 2) await Promise.all(trials.slice(i, i + 2).map(runTrial));
  }, 240_000);
});

describe("20 concurrent installs (separate processes)", () => {
  it("queue on the lock and end in one consistent state", async () => {
    const t = tempHome();
    try {
      const scenario: Scenario = { ...(scenarios[0] as Scenario), prepare: async () => undefined };
      const runs = Array.from({ length: 20 }, (_, i) => runAndKill(t, { ...scenario, op: i % 5 === 4 ? "uninstall" : "install" }, "never", 0));
      const outputs = await Promise.all(runs);
      const installs = outputs.filter((_, i) => i % 5 !== 4);
      expect(installs.every((out) => out.includes("done true")), installs.join("|")).toBe(true);
      const agent = agentPath(t);
      const stateDir = join(t.home, ".claude", ".backend-architect");
      const recordFile = join(stateDir, "record.json");
      // Whichever ran last decides: installed (agent v2 + record of it) or uninstalled (neither).
      if (existsSync(recordFile)) {
        const record = JSON.parse(readFileSync(recordFile, "utf8")) as InstallRecord;
        expect(readFileSync(agent, "utf8")).toBe(v2);
        expect(record.files.map((f) => [f.path, f.version, f.pending])).toEqual([["agents/backend-architect.md", "2.0.0", undefined]]);
      } else {
        expect(existsSync(agent)).toBe(false);
      }
      expect(readdirSync(join(t.home, ".claude", "agents")).filter((n) => n !== "backend-architect.md")).toEqual([]);
      expect(existsSync(join(stateDir, "lock"))).toBe(false);
    } finally {
      t.cleanup();
    }
  }, 120_000);
});
