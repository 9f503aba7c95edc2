// Whole-process wall time of the BUILT installer CLI (dist/cli/main.js), as a user runs it, in throwaway
// HOMEs: install into an empty scope, install again (unchanged), status, doctor, uninstall; next to Node's
// own start-up (`node -e ""`). Target (issue 4, not asserted): each command's median < 500 ms on 2 cores.
// Run with `npm run bench` (builds first) or `node bench/install.bench.mjs` after `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

if (!existsSync(cli)) {
  console.error(`No built CLI at ${cli}: run \`npm run build\` first (npm run bench does).`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), "ba-bench-install-"));

function wall(args, env, cwd, expectCodes = [0]) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!expectCodes.includes(result.status)) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const steps = ["node -e \"\"", "install (empty scope)", "install (unchanged)", "status", "doctor", "uninstall"];
const times = Object.fromEntries(steps.map((step) => [step, []]));
try {
  for (let run = 0; run < RUNS; run += 1) {
    const home = join(scratch, `home-${run}`);
    const project = join(scratch, `project-${run}`);
    mkdirSync(home);
    mkdirSync(join(project, ".git"), { recursive: true });
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home };
    times[steps[0]].push(wall(["-e", ""], env, project));
    times[steps[1]].push(wall([cli, "install"], env, project));
    times[steps[2]].push(wall([cli, "install"], env, project));
    times[steps[3]].push(wall([cli, "status"], env, project));
    times[steps[4]].push(wall([cli, "doctor"], env, project, [0, 1]));
    times[steps[5]].push(wall([cli, "uninstall"], env, project));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`${RUNS} runs each, wall ms (median / max):`);
for (const step of steps) {
  const values = times[step];
  const verdict = step.startsWith("node") ? "" : median(values) < 500 ? "  ok (< 500 ms)" : "  OVER 500 ms";
  console.log(`  ${step.padEnd(24)} ${median(values).toFixed(0).padStart(5)} / ${Math.max(...values).toFixed(0).padStart(5)}${verdict}`);
}
