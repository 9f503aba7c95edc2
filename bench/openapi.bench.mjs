// The OpenAPI checks as the PostToolUse hook will run them: the bundled checker (dist/check/openapi-check.mjs,
// made by scripts/bundle-openapi.mjs in `npm run build`), copied to a folder with no node_modules above it, one
// cold `node` process per lint, against `node -e ""`. Rounds alternate so that machine load hits all alike; the
// CPU time (user+sys, from /usr/bin/time when present) is steadier than wall time on a busy machine.
// Then the findings per code on the real documents in tests/fixtures/openapi/real.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "dist", "check", "openapi-check.mjs");
if (!existsSync(bundle)) {
  process.stderr.write("openapi.bench: dist/check/openapi-check.mjs is missing; run `npm run build` first.\n");
  process.exit(1);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const scratch = mkdtempSync(join(tmpdir(), "openapi-bench-"));
cpSync(bundle, join(scratch, "check.mjs"));
cpSync(join(root, "tests", "fixtures", "openapi"), join(scratch, "openapi"), { recursive: true });
const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const commands = [
  { label: 'node -e ""', args: ["-e", ""] },
  { label: "clean 3.1 spec (792 lines), 0 findings", args: ["check.mjs", "openapi/clean/orders-payments.3.1.yaml"] },
  { label: "rule fixture + external $ref file, 2 findings", args: ["check.mjs", "openapi/rules/money-float.fail.yaml"] },
  { label: "real: museum 3.1 (28 findings)", args: ["check.mjs", "openapi/real/museum.3.1.yaml"] },
];
const wall = commands.map(() => []);
const cpu = commands.map(() => []);
const cpuFile = join(scratch, "cpu");
for (let round = 0; round < rounds; round++) {
  for (const [index, command] of commands.entries()) {
    const argv = time ? [time, "-f", "%U %S", "-o", cpuFile, process.execPath, ...command.args] : [process.execPath, ...command.args];
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { cwd: scratch, encoding: "utf8" });
    wall[index].push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) {
      process.stderr.write(`openapi.bench: ${command.label} failed: ${result.stderr}\n`);
      process.exit(1);
    }
    if (time) {
      const [user, system] = readFileSync(cpuFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
      cpu[index].push((user + system) * 1000);
    }
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = statSync(bundle).size;
console.log(`bundled checker: ${(size / 1024).toFixed(0)} KB, one file, no node_modules; ${rounds} alternating rounds, cold processes`);
console.log("| command | wall median | wall min | x node (median) | x node (min) | CPU median | x node (CPU) |");
console.log("|---|---|---|---|---|---|---|");
for (const [index, command] of commands.entries()) {
  const cpuText = time ? `${median(cpu[index]).toFixed(0)} ms | ${(median(cpu[index]) / median(cpu[0])).toFixed(2)}x` : "n/a | n/a";
  console.log(
    `| ${command.label} | ${median(wall[index]).toFixed(0)} ms | ${Math.min(...wall[index]).toFixed(0)} ms | ${(median(wall[index]) / median(wall[0])).toFixed(2)}x | ${(Math.min(...wall[index]) / Math.min(...wall[0])).toFixed(2)}x | ${cpuText} |`,
  );
}
rmSync(scratch, { recursive: true, force: true });

const { checkOpenApi } = await import(new URL("../dist/check/openapi/index.js", import.meta.url).href);
const realDir = join(root, "tests", "fixtures", "openapi", "real");
console.log("\nfindings on real documents (tests/fixtures/openapi/real/README.md reviews them):");
for (const name of readdirSync(realDir).filter((file) => /\.(ya?ml|json)$/.test(file)).sort()) {
  const file = join(realDir, name);
  const started = performance.now();
  const diagnostics = await checkOpenApi({ file, text: await readFile(file, "utf8"), readFile: (path) => readFile(path, "utf8").catch(() => undefined) });
  const elapsed = performance.now() - started;
  const counts = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  const lines = readFileSync(file, "utf8").split("\n").length;
  console.log(`- ${name} (${lines} lines): ${diagnostics.length} findings in ${elapsed.toFixed(0)} ms in-process`);
  for (const [code, count] of Object.entries(counts).sort()) console.log(`    ${count} ${code}`);
}
