// Whole-process time of the committed check hook (hooks/post-tool-use.mjs), as Claude Code runs it after the
// agent writes a file (`node <file>`, the PostToolUse JSON on stdin), against `node -e ""`. The hook is run
// from a fresh `git clone` of this repository (its committed state, no npm install), as a plugin install has it. Target (issue 12): the median on a typical
// migration at most 8x `node -e ""`. Wall times, interleaved run by run; CPU (user+sys) of each child too,
// which a busy machine disturbs less.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const work = mkdtempSync(join(tmpdir(), "check-hook-bench-"));
const clone = join(work, "clone");
const cloned = spawnSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone], { encoding: "utf8" });
if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
const hook = join(clone, "hooks", "post-tool-use.mjs");
const hookKb = readFileSync(hook).length / 1024;
const AGENT = "backend-architect:backend-architect";

// A typical migration: one new table, its indexes, and a change to an existing table (12 statements).
const typical = `SET lock_timeout = '5s';
CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  currency text NOT NULL CHECK (char_length(currency) = 3),
  idempotency_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX payments_idempotency_key_idx ON payments (idempotency_key);
CREATE INDEX payments_order_id_idx ON payments (order_id);
CREATE INDEX payments_status_created_idx ON payments (status, created_at) WHERE status = 'pending';
ALTER TABLE orders ADD COLUMN paid_at timestamptz;
CREATE INDEX orders_created_at_idx ON orders (created_at);
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total_cents >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;
COMMENT ON TABLE payments IS 'One row per capture attempt; retries share an idempotency key.';
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY payments_owner ON payments USING (order_id IN (SELECT id FROM orders WHERE customer_id = current_setting('app.customer_id')::bigint));
`;
const migration = join(work, "20260101120000_payments.sql");
writeFileSync(migration, typical);
const clean = join(work, "20260101120001_clean.sql");
writeFileSync(clean, "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN note text;\n");

const input = (file, agentType) =>
  JSON.stringify({ hook_event_name: "PostToolUse", tool_name: "Write", cwd: work, tool_input: { file_path: file, content: "" }, ...(agentType ? { agent_type: agentType } : {}) });

function once(args, stdin) {
  const started = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...args], { input: stdin, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const [user, sys] = (result.stderr.trim().split("\n").at(-1) ?? "0 0").split(" ").map(Number);
  return { ms, cpu: ((user ?? 0) + (sys ?? 0)) * 1000, stdout: result.stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const cases = [
  { name: 'node -e "" (floor)', args: ["-e", ""], stdin: "" },
  { name: "agent writes a typical migration (21 statements, findings)", args: [hook], stdin: input(migration, AGENT) },
  { name: "agent writes a clean migration", args: [hook], stdin: input(clean, AGENT) },
  { name: "main conversation writes a migration (ignored)", args: [hook], stdin: input(migration) },
];
const first = once([hook], input(migration, AGENT)).stdout;
if (!first.includes("MIGRATION_INDEX_NOT_CONCURRENT")) throw new Error(`the hook did not report the typical migration's finding: ${first}`);
const times = cases.map(() => ({ wall: [], cpu: [] }));
for (let run = 0; run < RUNS; run++) {
  cases.forEach((c, index) => {
    const { ms, cpu } = once(c.args, c.stdin);
    times[index].wall.push(ms);
    times[index].cpu.push(cpu);
  });
}
rmSync(work, { recursive: true, force: true });
const floor = median(times[0].wall);
const floorCpu = median(times[0].cpu);
process.stdout.write(`hooks/post-tool-use.mjs from a fresh clone (HEAD): ${hookKb.toFixed(0)} KB; runs per case: ${RUNS} (interleaved); node ${process.version}; load average ${loadavg()[0].toFixed(1)}\n\n`);
process.stdout.write('| case | wall median ms | wall min ms | x node -e "" (wall) | CPU median ms | x node -e "" (CPU) |\n|---|---|---|---|---|---|\n');
cases.forEach((c, index) => {
  const { wall, cpu } = times[index];
  process.stdout.write(`| ${c.name} | ${median(wall).toFixed(0)} | ${Math.min(...wall).toFixed(0)} | ${(median(wall) / floor).toFixed(2)} | ${median(cpu).toFixed(0)} | ${(median(cpu) / Math.max(floorCpu, 1)).toFixed(2)} |\n`);
});
process.stdout.write('\nTarget: the typical migration\'s wall median at most 8x node -e "".\n');
