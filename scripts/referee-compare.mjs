// `npm run referee -- [version]`: runs the suites that hold us to Claude Code's real behaviour (the runtime
// parity of the loader and every end-to-end suite) against that release, and against the pin
// (package.json config.referee), then prints what differs: per test file and test, what passes on one and
// fails on the other, and a one-line verdict. Without a version it checks the newest release on the npm
// registry. Exit code: 0 when the release passes every test, 1 when it fails one, 2 when it cannot run.
//
//   npm run referee                 the newest release (npm's `latest`)
//   npm run referee -- <version>    that release
//   npm run referee -- <version> --fresh    run the pin's suites again even if a result for this commit is kept
//
// The pin's result is kept per commit (in the referee cache, next to the fetched releases) and reused while
// the working tree is clean, so checking several releases runs the pin once.
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ensureReferee, pinnedVersion, refereeCache } from "./referee.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** Which test files the referee runs: the loader's runtime parity and every end-to-end suite. */
export function isRefereeSuite(path) {
  const file = path.split("\\").join("/");
  return (
    file === "tests/loader/parity.test.ts" ||
    (file.startsWith("tests/e2e/") && file.endsWith(".test.ts")) ||
    file.endsWith(".e2e.test.ts") ||
    /^tests\/[^/]+\/e2e\.test\.ts$/.test(file)
  );
}

/** The referee suites in this checkout, relative to its root, sorted. */
export function refereeSuiteFiles(dir = root) {
  return readdirSync(join(dir, "tests"), { recursive: true })
    .map((name) => join("tests", String(name)).split("\\").join("/"))
    .filter(isRefereeSuite)
    .sort();
}

/**
 * Reads a vitest JSON report into `{ files, tests }`: each file's status and message (a file that failed to
 * run has one), and each test under the key `<file> > <describe> > ... > <test>`, with every version in
 * `versions` replaced by `<referee>` so that titles naming the release match across runs.
 */
export function readReport(report, { cwd = root, versions = [] } = {}) {
  const normalise = (text) => versions.reduce((acc, version) => acc.split(version).join("<referee>"), text);
  const files = new Map();
  const tests = new Map();
  for (const file of report.testResults ?? []) {
    const name = relative(cwd, file.name).split("\\").join("/");
    files.set(name, { status: file.status, message: (file.message ?? "").trim() });
    for (const test of file.assertionResults ?? []) {
      const key = normalise([name, ...(test.ancestorTitles ?? []), test.title].join(" > "));
      const status = test.status === "passed" || test.status === "failed" ? test.status : "skipped";
      tests.set(key, { file: name, status, message: firstLine((test.failureMessages ?? []).join("\n")) });
    }
  }
  return { files, tests };
}

function firstLine(text) {
  return (text.split("\n").find((line) => line.trim() !== "") ?? "").trim().slice(0, 300);
}

/** What one run amounts to: counts, and the files that failed without a failing test (a hook or an import). */
export function summarise(run) {
  const count = (status) => [...run.tests.values()].filter((test) => test.status === status).length;
  const brokenFiles = [...run.files].filter(([name, file]) => file.status === "failed" && ![...run.tests.values()].some((t) => t.file === name && t.status === "failed"));
  return { passed: count("passed"), failed: count("failed") + brokenFiles.length, skipped: count("skipped"), brokenFiles: brokenFiles.map(([name, file]) => ({ name, message: firstLine(file.message) })) };
}

/**
 * The differences between the pin's run and the candidate's: tests that pass on one and not on the other
 * (a test that did not run because its file failed counts as failed, with the file's message), and tests
 * only one of them has.
 */
export function compareRuns(pin, candidate) {
  const outcome = (runResult, key) => {
    const test = runResult.tests.get(key);
    if (test === undefined) return { status: "missing", message: "" };
    const file = runResult.files.get(test.file);
    if (test.status !== "passed" && file?.status === "failed" && test.status !== "failed") return { status: "failed", message: `file failed: ${firstLine(file.message)}` };
    return test;
  };
  const keys = [...new Set([...pin.tests.keys(), ...candidate.tests.keys()])].sort();
  const onlyPin = [];
  const onlyCandidate = [];
  const other = [];
  for (const key of keys) {
    const a = outcome(pin, key);
    const b = outcome(candidate, key);
    if (a.status === b.status) continue;
    if (a.status === "passed" && b.status === "failed") onlyPin.push({ key, message: b.message });
    else if (b.status === "passed" && a.status === "failed") onlyCandidate.push({ key, message: a.message });
    else other.push({ key, pin: a.status, candidate: b.status });
  }
  return { onlyPin, onlyCandidate, other };
}

/** The report `npm run referee` prints: both runs' counts, the differences by file, and a verdict line. */
export function formatComparison({ pinVersion, candidateVersion, pin, candidate, reused }) {
  const lines = [];
  const a = summarise(pin);
  const b = summarise(candidate);
  const counts = (s) => `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`;
  if (candidateVersion === pinVersion) {
    lines.push(`Claude Code ${pinVersion} (the pin): the runtime-parity and end-to-end suites`, `  ${counts(b)}`);
    for (const file of b.brokenFiles) lines.push(`  ${file.name} did not run: ${file.message}`);
    const failed = [...candidate.tests].filter(([, test]) => test.status === "failed");
    if (failed.length > 0) lines.push("", "Failing:", ...failed.map(([key, test]) => `  ${key}\n      ${test.message}`));
    lines.push("", `Verdict: ${verdict({ pinVersion, candidateVersion, a, b, onlyPin: [], onlyCandidate: [] })}`);
    return lines.join("\n");
  }
  lines.push(`Claude Code ${candidateVersion} against the pin ${pinVersion}: the runtime-parity and end-to-end suites`);
  lines.push(`  ${pinVersion} (pin): ${counts(a)}${reused ? " (kept from an earlier run of this commit)" : ""}`);
  lines.push(`  ${candidateVersion}: ${counts(b)}`);
  for (const [version, summary] of [[pinVersion, a], [candidateVersion, b]]) {
    for (const file of summary.brokenFiles) lines.push(`  ${version}: ${file.name} did not run: ${file.message}`);
  }
  const { onlyPin, onlyCandidate, other } = compareRuns(pin, candidate);
  const section = (title, items, describe) => {
    if (items.length === 0) return;
    lines.push("", title);
    let lastFile = "";
    for (const item of items) {
      const [file, ...rest] = item.key.split(" > ");
      if (file !== lastFile) lines.push(`  ${file}`);
      lastFile = file ?? "";
      lines.push(`    ${rest.join(" > ")}${describe(item)}`);
    }
  };
  section(`Pass on ${pinVersion}, fail on ${candidateVersion}:`, onlyPin, (item) => (item.message ? `\n      ${item.message}` : ""));
  section(`Fail on ${pinVersion}, pass on ${candidateVersion}:`, onlyCandidate, (item) => (item.message ? `\n      (on ${pinVersion}: ${item.message})` : ""));
  section("Otherwise different:", other, (item) => `: ${item.pin} on ${pinVersion}, ${item.candidate} on ${candidateVersion}`);
  lines.push("", `Verdict: ${verdict({ pinVersion, candidateVersion, a, b, onlyPin, onlyCandidate })}`);
  return lines.join("\n");
}

function verdict({ pinVersion, candidateVersion, a, b, onlyPin, onlyCandidate }) {
  const pinNote = a.failed > 0 ? ` (the pin itself fails ${a.failed})` : "";
  if (candidateVersion === pinVersion) return b.failed === 0 ? `the pin ${pinVersion} passes every test.` : `the pin ${pinVersion} fails ${b.failed} test(s).`;
  if (b.failed === 0) {
    const gained = onlyCandidate.length > 0 ? `, and ${onlyCandidate.length} that fail on ${pinVersion}` : "";
    return `${candidateVersion} passes every test${gained}: the pin can move to ${candidateVersion}${pinNote}.`;
  }
  if (onlyPin.length === 0) return `${candidateVersion} fails ${b.failed} test(s), none of which pass on the pin${pinNote}: no regression, but not a release to pin.`;
  return `${candidateVersion} fails ${onlyPin.length} test(s) that pass on ${pinVersion}${pinNote}: keep the pin.`;
}

async function latestVersion() {
  const { stdout } = await run("npm", ["view", "@anthropic-ai/claude-code", "dist-tags.latest"], { env: { ...process.env, npm_config_update_notifier: "false" } });
  return stdout.trim();
}

/** Runs the referee suites with `version` as the referee; returns vitest's JSON report. */
async function runSuites(version, files) {
  const dir = await mkdtemp(join(tmpdir(), "ba-referee-run-"));
  const output = join(dir, "report.json");
  try {
    process.stdout.write(`\n## Claude Code ${version}: ${files.length} test files\n`);
    const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
    const code = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [vitest, "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${output}`, ...files], {
        cwd: root,
        env: { ...process.env, BACKEND_ARCHITECT_REFEREE_VERSION: version },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (!existsSync(output)) throw new Error(`vitest wrote no report for ${version} (exit ${code})`);
    return JSON.parse(await readFile(output, "utf8"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where the pin's result for this commit is kept, or undefined when the working tree has changes (then it is not kept). */
async function pinResultPath(pin, files) {
  const [{ stdout: head }, { stdout: status }] = await Promise.all([
    run("git", ["rev-parse", "HEAD"], { cwd: root }),
    run("git", ["status", "--porcelain"], { cwd: root }),
  ]);
  if (status.trim() !== "") return undefined;
  const key = createHash("sha256")
    .update(JSON.stringify({ pin, head: head.trim(), root, files, shared: process.env.BACKEND_ARCHITECT_SHARED ?? "" }))
    .digest("hex")
    .slice(0, 16);
  return join(dirname(refereeCache()), "referee-results", `${pin}-${key}.json`);
}

async function main(argv) {
  const fresh = argv.includes("--fresh");
  const args = argv.filter((arg) => arg !== "--fresh");
  if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) {
    console.error("usage: npm run referee -- [version] [--fresh]");
    return 2;
  }
  const pin = pinnedVersion();
  const candidateVersion = args[0] ?? (await latestVersion());
  const files = refereeSuiteFiles();
  await ensureReferee(candidateVersion);
  await ensureReferee(pin);
  const versions = [pin, candidateVersion];
  const kept = await pinResultPath(pin, files);
  const runPin = async () => {
    const report = await runSuites(pin, files);
    if (kept !== undefined) {
      await mkdir(dirname(kept), { recursive: true });
      await writeFile(kept, JSON.stringify(report));
    }
    return readReport(report, { versions });
  };
  const reused = candidateVersion !== pin && !fresh && kept !== undefined && existsSync(kept);
  const candidate = candidateVersion === pin ? await runPin() : readReport(await runSuites(candidateVersion, files), { versions });
  const pinRun = candidateVersion === pin ? candidate : reused ? readReport(JSON.parse(await readFile(kept, "utf8")), { versions }) : await runPin();
  console.log(`\n${formatComparison({ pinVersion: pin, candidateVersion, pin: pinRun, candidate, reused })}`);
  return summarise(candidate).failed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    },
  );
}
