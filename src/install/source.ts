import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { errnoCode, readOrUndefined, nodeFs, type InstallFs } from "./fs.js";
import { fail, installError, ok, type Result } from "./errors.js";
import { packageVersion } from "../version.js";

/** A file the package installs, by its path relative to a scope root (posix). */
export interface SourceFile {
  path: string;
  content: Buffer;
}

/** What an install puts in place, and from which package version. */
export interface Source {
  packageRoot: string;
  version: string;
  files: SourceFile[];
}

export const AGENT_NAME = "backend-architect";
export const AGENT_FILE = `agents/${AGENT_NAME}.md`;

/** The package folder (holding package.json, agents/, .claude-plugin/): two levels above src/install or dist/install. */
export function packageRoot(): string {
  return fileURLToPath(new URL("../../", import.meta.url));
}

export interface SourceOptions {
  /** Another package folder (tests use a fixture); defaults to this package. */
  packageRoot?: string;
  version?: string;
  fs?: InstallFs;
}

/** Reads the packaged agent. Validation is done by the caller (see validate-source.ts). */
export async function loadSource(options: SourceOptions = {}): Promise<Result<Source>> {
  const root = options.packageRoot ?? packageRoot();
  const path = join(root, ...AGENT_FILE.split("/"));
  let content: Buffer | undefined;
  try {
    content = await readOrUndefined(options.fs ?? nodeFs, path);
  } catch (error) {
    return fail(installError("INSTALL_READ_FAILED", { path, errno: errnoCode(error) }));
  }
  if (content === undefined) return fail(installError("INSTALL_SOURCE_MISSING", { path }));
  return ok({ packageRoot: root, version: options.version ?? packageVersion, files: [{ path: AGENT_FILE, content }] });
}
