import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pinnedVersion } from "../../scripts/referee.mjs";
import { claudeCodeRelease } from "../../src/version.js";
import { repoRoot } from "../support/claude.js";
import { runCli } from "../support/cli.js";

// The Claude Code release we are held to is one pin, package.json `config.referee`: moving it must not leave
// a stale number anywhere, and what the CLI says about "the way Claude Code X loads it" must follow it.

/** A Claude Code release written out: "Claude Code X.Y.Z", "Claude Code vX.Y.Z", or a bare 2.1.NNN. */
const RELEASE = /Claude Code v?\d+\.\d+\.\d+|\b2\.1\.\d{3}\b/g;

const root = mkdtempSync(join(tmpdir(), "ba-pin-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the referee pin (package.json config.referee)", () => {
  it("is what the library and the CLI say they follow", () => {
    expect(claudeCodeRelease).toBe(pinnedVersion());
  });

  it("is written nowhere else in the repository (tracked files and new ones)", () => {
    // Files about to be added count too, so a number in a new file fails before it is committed.
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" }).split("\0").filter(Boolean);
    // Generated files are left out: the bundled hooks inline the pin from package.json, and plugin/ copies the
    // top-level files (their own tests hold both to their sources).
    const generated = (path: string): boolean => /^hooks\/.*\.mjs$/.test(path) || path.startsWith("plugin/");
    const text = files.filter((path) => /\.(m?[jt]s|md|json|jsonl)$/.test(path) && !["package.json", "package-lock.json"].includes(path) && !generated(path) && existsSync(join(repoRoot, path)));
    const found = text.flatMap((path) => {
      const content = readFileSync(join(repoRoot, path), "utf8");
      return [...content.matchAll(RELEASE)].map((match) => `${path}: ${match[0]}`);
    });
    expect(found).toEqual([]);
  });

  it.each(["inspect", "validate"])("is named by `%s --help`", async (command) => {
    const result = await runCli([command, "--help"]);
    expect(result.stdout.replace(/\s+/g, " ")).toContain(`Claude Code ${pinnedVersion()} loads`);
  });

  it("is named by a finding that contrasts `claude plugin validate` with what Claude Code loads", async () => {
    const plugin = join(root, "plugin");
    mkdirSync(join(plugin, ".claude-plugin"), { recursive: true });
    writeFileSync(join(plugin, ".claude-plugin", "plugin.json"), '{"name": "pinned", "description": 5}');
    const result = await runCli(["validate", plugin, "--format", "json"], { cwd: root });
    expect(result.stdout).toContain(`though Claude Code ${pinnedVersion()} still loads the plugin`);
  });
});
