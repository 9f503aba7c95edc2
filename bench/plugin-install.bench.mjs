// What `claude plugin install` costs a user: the real Claude Code (the referee) adds a fresh clone of this
// repository (committed HEAD) as a marketplace and installs the plugin, offline (npm is a stub that fails,
// as npm does without the registry). Prints the install's wall time (median of N), whether npm was called,
// and the size and file count of the installed copy. Targets (issue 8): under 5 s, under 10 MB.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureReferee, refereeVersion } from "../scripts/referee.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const claudeBin = await ensureReferee();
const scratch = mkdtempSync(join(tmpdir(), "ba-bench-plugin-"));
const clone = join(scratch, "clone");
execFileSync("git", ["clone", "--quiet", root, clone]);
const fakeBin = join(scratch, "bin");
const npmLog = join(scratch, "npm.log");
mkdirSync(fakeBin);
writeFileSync(join(fakeBin, "npm"), `#!/bin/sh\necho "$*" >> '${npmLog}'\nexit 1\n`);
chmodSync(join(fakeBin, "npm"), 0o755);
writeFileSync(npmLog, "");

const sizeOf = (dir) =>
  readdirSync(dir, { recursive: true }).reduce(
    (acc, name) => {
      const stats = statSync(join(dir, String(name)));
      return stats.isFile() ? { bytes: acc.bytes + stats.size, files: acc.files + 1 } : acc;
    },
    { bytes: 0, files: 0 },
  );

const times = [];
let installed;
for (let i = 0; i < RUNS; i++) {
  const home = join(scratch, `home-${i}`);
  mkdirSync(home);
  const env = {
    PATH: `${fakeBin}:${process.env.PATH ?? "/usr/bin:/bin"}`,
    HOME: home,
    npm_config_offline: "true",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
  };
  const add = spawnSync(claudeBin, ["plugin", "marketplace", "add", clone], { env, encoding: "utf8" });
  if (add.status !== 0) throw new Error(`marketplace add failed: ${add.stderr}`);
  const started = process.hrtime.bigint();
  const install = spawnSync(claudeBin, ["plugin", "install", "backend-architect@backend-architect-marketplace"], { env, encoding: "utf8" });
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (install.status !== 0) throw new Error(`plugin install failed: ${install.stderr}`);
  const list = JSON.parse(spawnSync(claudeBin, ["plugin", "list", "--json"], { env, encoding: "utf8" }).stdout);
  installed = list.find((p) => p.id === "backend-architect@backend-architect-marketplace");
}
times.sort((a, b) => a - b);
const { bytes, files } = sizeOf(installed.installPath);
const npmCalls = readFileSync(npmLog, "utf8").split("\n").filter(Boolean).length;
console.log(`claude plugin install (Claude Code ${refereeVersion()}), offline, from a fresh clone (median of ${RUNS}): ${(times[Math.floor(RUNS / 2)] / 1000).toFixed(2)} s (target < 5 s)`);
console.log(`npm calls during the installs: ${npmCalls}`);
console.log(`installed copy: ${(bytes / 1024).toFixed(0)} KB in ${files} files (target < 10 MB); enabled: ${installed.enabled}`);
rmSync(scratch, { recursive: true, force: true });
