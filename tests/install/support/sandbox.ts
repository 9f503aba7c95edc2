import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { InstallOptions } from "../../../src/install/install.js";

export type FixturePackage = "package-v1" | "package-v2" | "package-invalid" | "package-warnings";

export const fixturePackage = (name: FixturePackage): string =>
  fileURLToPath(new URL(`../../fixtures/install/${name}/`, import.meta.url));

export const fixtureAgent = (name: "package-v1" | "package-v2"): string =>
  readFileSync(join(fixturePackage(name), "agents", "backend-architect.md"), "utf8");

export interface TempHome {
  dir: string;
  home: string;
  project: string;
  env: Record<string, string>;
  /** Install options for a scope in this sandbox, from a fixture package. */
  options(extra?: Partial<InstallOptions>, pkg?: "package-v1" | "package-v2", version?: string): InstallOptions;
  cleanup(): void;
}

/** A throwaway HOME and a git project (a `.git` folder is all the installer looks for). */
export function tempHome(): TempHome {
  const dir = mkdtempSync(join(tmpdir(), "ba-install-"));
  const home = join(dir, "home");
  const project = join(dir, "project");
  mkdirSync(home);
  mkdirSync(join(project, ".git"), { recursive: true });
  const env = { HOME: home, PATH: process.env["PATH"] ?? "" };
  return {
    dir,
    home,
    project,
    env,
    options: (extra = {}, pkg = "package-v1", version = pkg === "package-v1" ? "1.0.0" : "2.0.0") => ({
      cwd: project,
      env,
      scope: "user",
      source: { packageRoot: fixturePackage(pkg), version },
      lock: { waitMs: 2_000 },
      hooks: false,
      ...extra,
    }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A hash of every path, mode, link target and byte under `root`. */
export function treeHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      hash.update(`${relative(root, path)}\0${stats.mode}\0`);
      if (stats.isSymbolicLink()) hash.update(readlinkSync(path));
      else if (stats.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest("hex");
}

/** Every file under `root`, relative, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (lstatSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}
