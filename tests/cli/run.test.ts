import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { usageErrorCodes } from "../../src/cli/usage.js";
import { runCli } from "../support/cli.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

// A throwaway HOME and a `claude` on PATH that leaves a mark if anything calls it.
const root = mkdtempSync(join(tmpdir(), "ba-usage-"));
const home = join(root, "home");
const bin = join(root, "bin");
const mark = join(root, "claude-was-called");
mkdirSync(home);
mkdirSync(bin);
writeFileSync(join(bin, "claude"), `#!/bin/sh\ntouch '${mark}'\nexit 0\n`);
chmodSync(join(bin, "claude"), 0o755);
const env = { HOME: home, PATH: `${bin}:/usr/bin:/bin` };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("cli run", () => {
  it.each([
    { argv: ["--version"], code: 0, out: `${pkg.version}\n` },
    { argv: ["-v"], code: 0, out: `${pkg.version}\n` },
  ])("$argv prints the version and exits 0", async ({ argv, code, out }) => {
    const result = await runCli(argv);
    expect(result).toMatchObject({ code, stdout: out });
  });
  it("--help lists every command and says what the exit codes mean", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["install", "uninstall", "status", "doctor", "validate", "inspect", "route"]) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(result.stdout).toMatch(/Exit codes: 0 .*; 1 .*\n2 /);
  });
});

const MISTAKES: [argv: string[], code: string, help: string][] = [
  [["no-such-command"], "USAGE_UNKNOWN_COMMAND", "backend-architect --help"],
  [["install", "--bogus"], "USAGE_UNKNOWN_OPTION", "backend-architect install --help"],
  [["install", "--scope", "global"], "USAGE_INVALID_VALUE", "backend-architect install --help"],
  [["validate", "--format", "xml"], "USAGE_INVALID_VALUE", "backend-architect validate --help"],
  [["inspect"], "USAGE_MISSING_ARGUMENT", "backend-architect inspect --help"],
  [["inspect", "a.md", "b.md"], "USAGE_EXCESS_ARGUMENTS", "backend-architect inspect --help"],
  [["validate", "--format"], "USAGE_MISSING_VALUE", "backend-architect validate --help"],
  // Claude Code's plugin manager has no dry run, backups or hook switch: these must not be silently ignored.
  [["install", "--as-plugin", "--dry-run"], "USAGE_CONFLICTING_OPTIONS", "backend-architect install --help"],
  [["install", "--as-plugin", "--force"], "USAGE_CONFLICTING_OPTIONS", "backend-architect install --help"],
  [["install", "--as-plugin", "--no-hooks"], "USAGE_CONFLICTING_OPTIONS", "backend-architect install --help"],
  [["install", "--as-plugin", "--plugin-dir", "p"], "USAGE_CONFLICTING_OPTIONS", "backend-architect install --help"],
  [["install", "--plugin-dir", "p", "--scope", "project"], "USAGE_CONFLICTING_OPTIONS", "backend-architect install --help"],
  [["uninstall", "--plugin-dir", "p", "--scope", "user"], "USAGE_CONFLICTING_OPTIONS", "backend-architect uninstall --help"],
];

describe("a mistake on the command line: a stable code, a hint, exit 2, nothing done", () => {
  it.each(MISTAKES)("%j → %s", async (argv, code, help) => {
    const result = await runCli(argv, { cwd: root, env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${code}: \\S.*\\n  hint: Run \`${help}\` for .*\\n$`));
    expect(result.stderr).not.toMatch(/Usage:|error:/);
    expect(existsSync(mark)).toBe(false);
    expect(readdirSync(home)).toEqual([]);
  });

  it("the table covers every usage code", () => {
    const covered = new Set(MISTAKES.map(([, code]) => code));
    expect(Object.values(usageErrorCodes).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("docs/usage-errors.md has a section for each usage and route code, and none for a code that does not exist", () => {
    const doc = readFileSync(new URL("../../docs/usage-errors.md", import.meta.url), "utf8");
    const sections = [...doc.matchAll(/^### (\S+)$/gm)].map((match) => match[1]).sort();
    // The route command's own codes, as its source spells them.
    const routeSources = ["../../src/cli/commands/route.ts", "../../src/router/route-lines.ts"].map((path) => readFileSync(new URL(path, import.meta.url), "utf8"));
    const routeCodes = new Set(routeSources.flatMap((text) => [...text.matchAll(/\bROUTE_[A-Z_]+\b/g)].map((match) => match[0])));
    expect(routeCodes.size).toBeGreaterThan(0);
    expect(sections).toEqual([...Object.values(usageErrorCodes), "USAGE_INVALID", ...routeCodes].sort());
  });
});
