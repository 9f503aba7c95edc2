import { describe, expect, it } from "vitest";
import { compareRuns, formatComparison, isRefereeSuite, readReport, refereeSuiteFiles, type VitestJsonReport } from "../../scripts/referee-compare.mjs";
import { repoRoot } from "../support/claude.js";

// `npm run referee`: which suites it runs, and what it makes of two runs (vitest JSON reports, as vitest
// writes them; built here by hand).

const PIN = "9.9.100";
const NEXT = "9.9.101";

type Status = "passed" | "failed" | "skipped";
interface FileSpec {
  file: string;
  status?: "passed" | "failed";
  message?: string;
  tests: [describe: string, title: string, status: Status, failure?: string][];
}

function report(files: FileSpec[]): VitestJsonReport {
  return {
    testResults: files.map((spec) => ({
      name: `${repoRoot}/${spec.file}`,
      status: spec.status ?? (spec.tests.some(([, , status]) => status === "failed") ? "failed" : "passed"),
      message: spec.message ?? "",
      assertionResults: spec.tests.map(([describe, title, status, failure]) => ({
        ancestorTitles: [describe],
        title,
        status,
        failureMessages: failure === undefined ? [] : [`${failure}\n    at somewhere.ts:1:1`],
      })),
    })),
  };
}

const read = (files: FileSpec[]) => readReport(report(files), { cwd: repoRoot, versions: [PIN, NEXT] });

describe("the suites `npm run referee` runs", () => {
  it.each([
    ["tests/loader/parity.test.ts", true],
    ["tests/e2e/interactive.test.ts", true],
    ["tests/install/as-plugin.e2e.test.ts", true],
    ["tests/validate/plugin/runtime.e2e.test.ts", true],
    ["tests/install/e2e.test.ts", true],
    ["tests/activation/e2e.test.ts", true],
    ["tests/loader/corpus.test.ts", false],
    ["tests/activation/router.test.ts", false],
    ["tests/e2e/helpers.ts", false],
  ])("%s: %s", (path, runs) => {
    expect(isRefereeSuite(path)).toBe(runs);
  });

  it("finds them in this checkout, the parity and interactive tests among them", () => {
    const files = refereeSuiteFiles();
    expect(files).toEqual(expect.arrayContaining(["tests/loader/parity.test.ts", "tests/e2e/interactive.test.ts", "tests/install/e2e.test.ts", "tests/activation/e2e.test.ts"]));
    expect(files.every(isRefereeSuite)).toBe(true);
  });
});

describe("comparing a release's run with the pin's", () => {
  const pinRun = read([
    { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${PIN} loads every corpus file`, "agrees on tools", "passed"]] },
    {
      file: "tests/e2e/interactive.test.ts",
      tests: [
        ["auto mode", "denies rm", "passed"],
        ["auto mode", "routes", "passed"],
        ["default mode", "asks only", "failed", "AssertionError: expected [] to equal ['x']"],
      ],
    },
  ]);

  it("matches tests whose titles name the release, and finds no difference between equal runs", () => {
    const same = read([
      { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${NEXT} loads every corpus file`, "agrees on tools", "passed"]] },
      {
        file: "tests/e2e/interactive.test.ts",
        tests: [
          ["auto mode", "denies rm", "passed"],
          ["auto mode", "routes", "passed"],
          ["default mode", "asks only", "failed", "AssertionError: expected [] to equal ['x']"],
        ],
      },
    ]);
    expect(compareRuns(pinRun, same)).toEqual({ onlyPin: [], onlyCandidate: [], other: [] });
  });

  it("lists what passes on one and fails on the other, with the failure's first line", () => {
    const next = read([
      { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${NEXT} loads every corpus file`, "agrees on tools", "failed", "AssertionError: tools differ"]] },
      {
        file: "tests/e2e/interactive.test.ts",
        tests: [
          ["auto mode", "denies rm", "passed"],
          ["auto mode", "routes", "passed"],
          ["default mode", "asks only", "passed"],
        ],
      },
    ]);
    expect(compareRuns(pinRun, next)).toEqual({
      onlyPin: [{ key: "tests/loader/parity.test.ts > Claude Code <referee> loads every corpus file > agrees on tools", message: "AssertionError: tools differ" }],
      onlyCandidate: [{ key: "tests/e2e/interactive.test.ts > default mode > asks only", message: "AssertionError: expected [] to equal ['x']" }],
      other: [],
    });
  });

  it("counts the tests of a file that failed before they ran (a beforeAll, an import) as failed, with the file's message", () => {
    const next = read([
      { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${NEXT} loads every corpus file`, "agrees on tools", "passed"]] },
      {
        file: "tests/e2e/interactive.test.ts",
        status: "failed",
        message: "TerminalError: an unknown dialog appeared while waiting for the input box in auto mode\n--- screen ---",
        tests: [
          ["auto mode", "denies rm", "skipped"],
          ["auto mode", "routes", "skipped"],
          ["default mode", "asks only", "skipped"],
        ],
      },
    ]);
    const { onlyPin } = compareRuns(pinRun, next);
    expect(onlyPin.map((item) => item.key)).toEqual(["tests/e2e/interactive.test.ts > auto mode > denies rm", "tests/e2e/interactive.test.ts > auto mode > routes"]);
    expect(onlyPin[0]?.message).toBe("file failed: TerminalError: an unknown dialog appeared while waiting for the input box in auto mode");
  });

  it("prints both runs, the differences by file, and a verdict to keep the pin", () => {
    const next = read([
      { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${NEXT} loads every corpus file`, "agrees on tools", "failed", "AssertionError: tools differ"]] },
      {
        file: "tests/e2e/interactive.test.ts",
        tests: [
          ["auto mode", "denies rm", "passed"],
          ["auto mode", "routes", "passed"],
          ["default mode", "asks only", "passed"],
        ],
      },
    ]);
    expect(formatComparison({ pinVersion: PIN, candidateVersion: NEXT, pin: pinRun, candidate: next })).toBe(
      [
        `Claude Code ${NEXT} against the pin ${PIN}: the runtime-parity and end-to-end suites`,
        `  ${PIN} (pin): 3 passed, 1 failed, 0 skipped`,
        `  ${NEXT}: 3 passed, 1 failed, 0 skipped`,
        "",
        `Pass on ${PIN}, fail on ${NEXT}:`,
        "  tests/loader/parity.test.ts",
        "    Claude Code <referee> loads every corpus file > agrees on tools",
        "      AssertionError: tools differ",
        "",
        `Fail on ${PIN}, pass on ${NEXT}:`,
        "  tests/e2e/interactive.test.ts",
        "    default mode > asks only",
        "      (on 9.9.100: AssertionError: expected [] to equal ['x'])",
        "",
        `Verdict: ${NEXT} fails 1 test(s) that pass on ${PIN} (the pin itself fails 1): keep the pin.`,
      ].join("\n"),
    );
  });

  it("says the pin can move when the release passes every test", () => {
    const clean = read([
      { file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${NEXT} loads every corpus file`, "agrees on tools", "passed"]] },
    ]);
    const pin = read([{ file: "tests/loader/parity.test.ts", tests: [[`Claude Code ${PIN} loads every corpus file`, "agrees on tools", "passed"]] }]);
    const text = formatComparison({ pinVersion: PIN, candidateVersion: NEXT, pin, candidate: clean, reused: true });
    expect(text).toContain(`${PIN} (pin): 1 passed, 0 failed, 0 skipped (kept from an earlier run of this commit)`);
    expect(text.split("\n").at(-1)).toBe(`Verdict: ${NEXT} passes every test: the pin can move to ${NEXT}.`);
  });
});

describe("checking the pin itself", () => {
  it("prints one run, its failures, and a verdict on the pin", () => {
    const run = read([
      { file: "tests/e2e/interactive.test.ts", tests: [["auto mode", "denies rm", "passed"], ["default mode", "asks only", "failed", "AssertionError: asked twice"]] },
    ]);
    expect(formatComparison({ pinVersion: PIN, candidateVersion: PIN, pin: run, candidate: run })).toBe(
      [
        `Claude Code ${PIN} (the pin): the runtime-parity and end-to-end suites`,
        "  1 passed, 1 failed, 0 skipped",
        "",
        "Failing:",
        "  tests/e2e/interactive.test.ts > default mode > asks only",
        "      AssertionError: asked twice",
        "",
        `Verdict: the pin ${PIN} fails 1 test(s).`,
      ].join("\n"),
    );
  });
});
