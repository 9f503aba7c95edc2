import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { errnoCode, readOrUndefined, nodeFs, type InstallFs } from "../io/fs.js";
import { fail, installError, ok, type Result } from "../errors.js";
import { packageVersion } from "../../version.js";
import { AGENT_FILE, HOOK_SCRIPTS, hookTargetPath } from "../layout/names.js";

/** A file the package installs: `path` relative to a scope root, `from` relative to the package (posix). */
export interface SourceFile {
  path: string;
  from: string;
  content: Buffer;
  /** Only agents are validated as agents. */
  kind: "agent" | "hook";
}

/** What an install puts in place, and from which package version. */
export interface Source {
  packageRoot: string;
  version: string;
  files: SourceFile[];
}

/** The package folder (holding package.json, agents/, .claude-plugin/): three levels above src/install/plan or dist/install/plan. */
export function packageRoot(): string {
  return fileURLToPath(new URL("../../../", import.meta.url));
}

export interface SourceOptions {
  /** Another package folder (tests use a fixture); defaults to this package. */
  packageRoot?: string;
  version?: string;
  fs?: InstallFs;
  /** Also take the activation hook scripts (user and project installs). */
  hooks?: boolean;
}

/** Reads the packaged agent (and hook scripts). Validation is done by the caller. */
export async function loadSource(options: SourceOptions = {}): Promise<Result<Source>> {
  const root = options.packageRoot ?? packageRoot();
  const wanted: Omit<SourceFile, "content">[] = [
    { path: AGENT_FILE, from: AGENT_FILE, kind: "agent" },
    ...(options.hooks ? HOOK_SCRIPTS.map((hook) => ({ path: hookTargetPath(hook), from: `hooks/${hook}.mjs`, kind: "hook" as const })) : []),
  ];
  const files: SourceFile[] = [];
  for (const file of wanted) {
    const path = join(root, ...file.from.split("/"));
    let content: Buffer | undefined;
    try {
      content = await readOrUndefined(options.fs ?? nodeFs, path);
    } catch (error) {
      return fail(installError("INSTALL_READ_FAILED", { path, errno: errnoCode(error) }));
    }
    if (content === undefined) return fail(installError("INSTALL_SOURCE_MISSING", { path }));
    files.push({ ...file, content });
  }
  return ok({ packageRoot: root, version: options.version ?? packageVersion, files });
}
