import { join, resolve } from "node:path";
import { errnoCode, nodeFs, readOrUndefined } from "../io/fs.js";
import { ownership, readRecord, recordPath, sha256, type RecordedFile } from "../state/record.js";
import { AGENT_FILE, EDIT_PATHS } from "../layout/names.js";
import { resolveInside } from "../layout/paths.js";
import type { Target } from "../layout/target.js";
import { resolveScope, resolveTarget, type InstallEnv } from "../plan/scope.js";
import type { InstallError } from "../errors.js";
import { installError } from "../errors.js";
import type { ActivationHook } from "../layout/names.js";
import { ACTIVATION_HOOKS, registeredActivationHooks } from "../plan/settings.js";

/**
 * One agent file in one scope: ours as installed, ours but edited, recorded but gone, or a file at
 * our path that the record does not know (not ours).
 */
export type CopyState = "installed" | "edited" | "missing" | "not-ours";

export interface StatusFile {
  path: string;
  target: string;
  state: CopyState;
  /** The package version that wrote it (null when not ours). */
  version: string | null;
  sha256: string | null;
  /** For ours: the file we replaced with --force and will restore on uninstall. */
  replacedBackup?: string;
}

export interface ScopeStatus {
  scope: Target["kind"];
  agentsDir: string;
  record: string | null;
  files: StatusFile[];
  /**
   * Whether our hooks (router, guard, check) are in the scope's settings.json; null when this install has
   * none. `registered`: all of them; `missing`: those that are not, when some are (e.g. the check hook in a
   * settings.json an older version wrote). `settingsInvalid`: the file is not JSON, so Claude Code ignores
   * it (and every hook in it).
   */
  hooks: { settings: string; registered: boolean; missing?: ActivationHook[]; settingsInvalid?: true } | null;
  error?: InstallError;
}

export interface StatusOptions extends InstallEnv {
  pluginDir?: string;
}

/** Where backend-architect is installed (user, project, and a plugin folder if given). Read-only. */
export async function getStatus(options: StatusOptions): Promise<ScopeStatus[]> {
  const targets: Target[] = [];
  for (const kind of ["user", "project"] as const) {
    const target = await resolveScope(kind, options);
    if (target.ok) targets.push(target.value);
  }
  // A --plugin-dir that is not a plugin folder is reported, not silently left out.
  let badPluginDir: ScopeStatus | undefined;
  if (options.pluginDir !== undefined) {
    const target = await resolveTarget({ ...options, pluginDir: options.pluginDir });
    if (target.ok) targets.push(target.value);
    else {
      const agentsDir = join(resolve(options.cwd, options.pluginDir), "agents");
      badPluginDir = { scope: "plugin", agentsDir, record: null, files: [], hooks: null, error: target.error };
    }
  }
  const out: ScopeStatus[] = [];
  for (const target of targets) out.push(await scopeStatus(target, options));
  if (badPluginDir) out.push(badPluginDir);
  return out;
}

async function scopeStatus(target: Target, options: InstallEnv): Promise<ScopeStatus> {
  const fs = options.fs ?? nodeFs;
  const status: ScopeStatus = { scope: target.kind, agentsDir: target.agentsDir, record: null, files: [], hooks: null };
  const record = await readRecord(target, fs);
  if (!record.ok) return { ...status, error: record.error };
  if (record.value) status.record = recordPath(target);
  if (record.value?.edits?.some((edit) => edit.kind === "settings")) {
    const settings = resolveInside(target.root, EDIT_PATHS.settings) as string;
    const text = (await readOrUndefined(fs, settings).catch(() => undefined))?.toString("utf8");
    status.hooks = { settings, registered: false };
    const registered = text === undefined ? undefined : registeredActivationHooks(text);
    if (registered?.ok === false) status.hooks.settingsInvalid = true;
    else if (registered && registered.hooks.length > 0) {
      const missing = ACTIVATION_HOOKS.map(({ hook }) => hook).filter((hook) => !registered.hooks.includes(hook));
      status.hooks.registered = missing.length === 0;
      if (missing.length > 0) status.hooks.missing = missing;
    }
  }
  const entries: (RecordedFile | undefined)[] = record.value?.files ?? [];
  const paths = new Set(entries.map((entry) => entry?.path));
  if (!paths.has(AGENT_FILE)) entries.push(undefined); // also look for a copy that is not ours
  for (const entry of entries) {
    const path = entry?.path ?? AGENT_FILE;
    const absolute = resolveInside(target.root, path) as string;
    let bytes: Buffer | undefined;
    try {
      bytes = await readOrUndefined(fs, absolute);
    } catch (error) {
      return { ...status, error: installError("INSTALL_READ_FAILED", { path: absolute, errno: errnoCode(error) }) };
    }
    if (!entry && !bytes) continue;
    const sha = bytes ? sha256(bytes) : null;
    const owner = ownership(entry, sha ?? undefined);
    const state: CopyState = owner === "absent" ? "missing" : owner === "ours" ? "installed" : owner === "edited" ? "edited" : "not-ours";
    const file: StatusFile = { path, target: absolute, state, version: entry?.version ?? null, sha256: sha };
    if (entry?.replaced) file.replacedBackup = entry.replaced.backup;
    status.files.push(file);
  }
  return status;
}
