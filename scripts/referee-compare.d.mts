export interface VitestJsonReport {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { ancestorTitles?: string[]; title: string; status: string; failureMessages?: string[] }[];
  }[];
}
export interface RunTest {
  file: string;
  status: "passed" | "failed" | "skipped";
  message: string;
}
export interface RunResult {
  files: Map<string, { status: string; message: string }>;
  tests: Map<string, RunTest>;
}
export interface RunSummary {
  passed: number;
  failed: number;
  skipped: number;
  brokenFiles: { name: string; message: string }[];
}
export interface Comparison {
  onlyPin: { key: string; message: string }[];
  onlyCandidate: { key: string; message: string }[];
  other: { key: string; pin: string; candidate: string }[];
}
export function isRefereeSuite(path: string): boolean;
export function refereeSuiteFiles(dir?: string): string[];
export function readReport(report: VitestJsonReport, options?: { cwd?: string; versions?: string[] }): RunResult;
export function summarise(run: RunResult): RunSummary;
export function compareRuns(pin: RunResult, candidate: RunResult): Comparison;
export function formatComparison(options: { pinVersion: string; candidateVersion: string; pin: RunResult; candidate: RunResult; reused?: boolean }): string;
