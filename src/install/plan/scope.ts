import { dirname, join, resolve } from "node:path";
import { fail, installError, ok, type Result } from "../errors.js";
import { lstatOrUndefined, nodeFs, type InstallFs } from "../io/fs.js";
import { targetAt, type Target } from "../layout/target.js";

export type { ScopeKind, Target } from "../layout/target.js";

/** The environment the installer reads: passed in, never taken from globals, so tests use a throwaway HOME. */
export interface InstallEnv {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  fs?: InstallFs;
}

export interface ScopeRequest extends InstallEnv {
  scope?: "user" | "project";
  pluginDir?: string;
}

/** The Claude Code config folder: $CLAUDE_CONFIG_DIR when set, else ~/.claude. */
export function claudeConfigDir(env: InstallEnv["env"], cwd: string): string | undefined {
  const configured = env["CLAUDE_CONFIG_DIR"];
  if (configured) return resolve(cwd, configured);
  const home = env["HOME"] ?? env["USERPROFILE"];
  return home ? join(home, ".claude") : undefined;
}

/** The git root above `cwd` (the nearest folder holding `.git`), or undefined outside git. */
export async function findGitRoot(cwd: string, fs: InstallFs = nodeFs): Promise<string | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (await lstatOrUndefined(fs, join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The folder a user or project install writes to. A plugin folder is checked by {@link resolveTarget}. */
export async function resolveScope(kind: "user" | "project", request: InstallEnv): Promise<Result<Target>> {
  if (kind === "user") {
    const root = claudeConfigDir(request.env, request.cwd);
    return root ? ok(targetAt("user", root)) : fail(installError("INSTALL_NO_HOME"));
  }
  const gitRoot = await findGitRoot(request.cwd, request.fs);
  return ok(targetAt("project", join(gitRoot ?? resolve(request.cwd), ".claude")));
}

/** Resolves `--scope` / `--plugin-dir` to a target. The plugin folder must hold .claude-plugin/plugin.json. */
export async function resolveTarget(request: ScopeRequest): Promise<Result<Target>> {
  if (request.pluginDir === undefined) return resolveScope(request.scope ?? "user", request);
  const root = resolve(request.cwd, request.pluginDir);
  const manifest = await lstatOrUndefined(request.fs ?? nodeFs, join(root, ".claude-plugin", "plugin.json"));
  if (!manifest?.isFile()) {
    return fail(installError("INSTALL_PLUGIN_DIR_INVALID", { path: root, why: "no .claude-plugin/plugin.json" }));
  }
  return ok(targetAt("plugin", root));
}
