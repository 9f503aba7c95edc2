// Benchmark of `backend-architect validate` as a whole process (the BUILT CLI, dist/cli/main.js):
//   1. on this repository, against `claude plugin validate .` (median of N runs each; target ratio <= 0.5);
//   2. on a generated tree of 1,000 agent files (target: < 1.0 s wall, peak RSS < 150 MB), files per second.
// Run with `npm run bench` (builds first) or `node bench/validate.bench.mjs` after `npm run build`.
// Imports nothing from src/: it measures what a user runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureReferee, refereeVersion } from "../scripts/referee.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");
const claudeBin = await ensureReferee();
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TREE_FILES = 1000;

if (!existsSync(cli)) {
  console.error(`No built CLI at ${cli}: run \`npm run build\` first (npm run bench does).`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), "ba-bench-validate-"));
const claudeEnv = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: join(scratch, "home"),
  CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
  DISABLE_TELEMETRY: "1",
  DISABLE_AUTOUPDATER: "1",
};
mkdirSync(claudeEnv.HOME);

const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/**
 * Wall time in ms of one process run, and its CPU time (user + system, via GNU time when present):
 * on a shared machine wall time swings with other load, CPU time much less.
 */
function timeRun(command, args, options = {}) {
  const [file, argv] = GNU_TIME ? [GNU_TIME, ["-f", "\nCPU_SECONDS %U %S", command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const cpu = /CPU_SECONDS ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? "");
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN;
  return { ms, cpuMs, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medianOf(runs, command, args, options) {
  timeRun(command, args, options); // warm the file cache
  const times = [];
  const cpuTimes = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = timeRun(command, args, options);
    times.push(last.ms);
    cpuTimes.push(last.cpuMs);
  }
  return { ms: median(times), cpuMs: median(cpuTimes), status: last.status };
}

/** Runs each command `runs` times, taking turns; the median per command. */
function alternating(runs, commands) {
  for (const [command, args, options] of commands) timeRun(command, args, options); // warm the file cache
  const samples = commands.map(() => ({ times: [], cpuTimes: [], status: null }));
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, args, options], index) => {
      const run = timeRun(command, args, options);
      samples[index].times.push(run.ms);
      samples[index].cpuTimes.push(run.cpuMs);
      samples[index].status = run.status;
    });
  }
  return samples.map((sample) => ({ ms: median(sample.times), cpuMs: median(sample.cpuTimes), status: sample.status }));
}

/** Peak RSS in MB of one run: GNU time's report when present, else the child's own resourceUsage at exit. */
function peakRssMb(args, cwd) {
  if (existsSync("/usr/bin/time")) {
    const result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { cwd, encoding: "utf8" });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "")?.[1];
    if (kb) return Number(kb) / 1024;
  }
  const probe = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))";
  const result = spawnSync(process.execPath, ["--import", probe, ...args], { cwd, encoding: "utf8" });
  const kb = /MAXRSS_KB=(\d+)/.exec(result.stderr ?? "")?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

/** A tree of agent files like real ones: a few hundred words each, varied fields, some with findings. */
function generateTree(dir, count) {
  const colors = ["red", "blue", "green", "purple", "teal"];
  const tools = ["Read, Grep, Glob", "Read, Write, Edit, Bash", "[Read, WebFetch]", "Bash(npm:*), Read", "Reed, Grep"];
  const paragraph = "Design the service boundary first, write the contract, then the schema; keep every write idempotent and every read observable. ".repeat(12);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, "agents", `team-${i % 20}`);
    mkdirSync(folder, { recursive: true });
    const text = [
      "---",
      `name: agent-${i}`,
      // Like the corpus (9 of 61 real files need Claude Code's quoting retry): every 7th is unquoted.
      i % 7 === 0
        ? `description: Use for backend task ${i}: API design, schemas, auth and reliability reviews.`
        : `description: "Use for backend task ${i}: API design, schemas, auth and reliability reviews."`,
      `tools: ${tools[i % tools.length]}`,
      `model: ${i % 3 === 0 ? "sonnet" : "inherit"}`,
      `color: ${colors[i % colors.length]}`,
      "---",
      "",
      `# Agent ${i}`,
      "",
      paragraph,
      "",
    ].join("\n");
    writeFileSync(join(folder, `agent-${i}.md`), text);
  }
}

function row(cells) {
  return `| ${cells.join(" | ")} |`;
}

try {
  // Alternate the two commands, so both meet the same background load on a shared machine.
  const [ours, theirs] = alternating(RUNS, [
    [process.execPath, [cli, "validate", "."], { cwd: root }],
    [claudeBin, ["plugin", "validate", "."], { cwd: root, env: claudeEnv }],
  ]);
  const ratio = ours.ms / theirs.ms;

  const tree = join(scratch, "tree");
  generateTree(tree, TREE_FILES);
  const treeRun = medianOf(3, process.execPath, [cli, "validate", "agents", "--format", "json"], { cwd: tree });
  const rss = peakRssMb([cli, "validate", "agents", "--format", "json"], tree);
  const filesPerSecond = TREE_FILES / (treeRun.ms / 1000);

  const cpuRatio = ours.cpuMs / theirs.cpuMs;
  const fmt = (run) => `${run.ms.toFixed(0)} ms wall, ${Number.isNaN(run.cpuMs) ? "?" : run.cpuMs.toFixed(0)} ms CPU (exit ${run.status})`;
  const load = (await import("node:os")).loadavg()[0].toFixed(1);
  console.log(`node ${process.version}, Claude Code ${refereeVersion()}, ${RUNS} runs each (median), load average ${load}, ${new Date().toISOString()}`);
  console.log("");
  console.log(row(["measure", "value", "target", "ok"]));
  console.log(row(["---", "---", "---", "---"]));
  console.log(row(["backend-architect validate . (this repo)", fmt(ours), "", ""]));
  console.log(row(["claude plugin validate . (this repo)", fmt(theirs), "", ""]));
  console.log(row(["ratio ours / claude, wall", ratio.toFixed(2), "<= 0.50", ratio <= 0.5 ? "yes" : "NO"]));
  console.log(row(["ratio ours / claude, CPU", Number.isNaN(cpuRatio) ? "?" : cpuRatio.toFixed(2), "(wall is noisy on a shared machine)", ""]));
  console.log(row([`validate ${TREE_FILES} agent files: wall`, fmt(treeRun), "< 1000 ms", treeRun.ms < 1000 ? "yes" : "NO"]));
  console.log(row([`validate ${TREE_FILES} agent files: peak RSS`, `${rss.toFixed(1)} MB`, "< 150 MB", rss < 150 ? "yes" : "NO"]));
  console.log(row([`validate ${TREE_FILES} agent files: throughput`, `${filesPerSecond.toFixed(0)} files/s`, "", ""]));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
