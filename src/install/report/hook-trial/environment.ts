import { join } from "node:path";
import { nodeFs, readOrUndefined, type InstallFs } from "../../io/fs.js";
import { claudeConfigDir, type InstallEnv } from "../../plan/scope.js";

type Env = Record<string, string | undefined>;

/**
 * The environment Claude Code gives a hook, short of its own session variables: the environment it was
 * started in (doctor's), then the `env` of user, project and local settings.json (later wins, as in Claude
 * Code), then, for a plugin's hooks, each plugin option as CLAUDE_PLUGIN_OPTION_<KEY> (its value from user
 * settings' `pluginConfigs["<id>"].options`, else the default in the plugin's plugin.json `userConfig`).
 * CLAUDE_PROJECT_DIR and CLAUDE_PLUGIN_ROOT are added by the runner. Read-only.
 */
export async function hookEnvironment(options: InstallEnv & { projectDir: string; plugin?: { id: string; root: string } }): Promise<Env> {
  const fs = options.fs ?? nodeFs;
  const configDir = claudeConfigDir(options.env, options.cwd);
  const userSettings = configDir ? await readObject(fs, join(configDir, "settings.json")) : {};
  const env: Env = { ...options.env };
  const files = [userSettings, await readObject(fs, join(options.projectDir, ".claude", "settings.json")), await readObject(fs, join(options.projectDir, ".claude", "settings.local.json"))];
  for (const settings of files) {
    const values = settings["env"];
    if (!isObject(values)) continue;
    for (const [key, value] of Object.entries(values)) if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") env[key] = String(value);
  }
  if (options.plugin) Object.assign(env, await pluginOptions(fs, options.plugin, userSettings));
  return env;
}

async function pluginOptions(fs: InstallFs, plugin: { id: string; root: string }, userSettings: Record<string, unknown>): Promise<Env> {
  const manifest = await readObject(fs, join(plugin.root, ".claude-plugin", "plugin.json"));
  const declared = isObject(manifest["userConfig"]) ? manifest["userConfig"] : {};
  const configs = userSettings["pluginConfigs"];
  const set = isObject(configs) && isObject(configs[plugin.id]) ? (configs[plugin.id] as Record<string, unknown>)["options"] : undefined;
  const chosen = isObject(set) ? set : {};
  const out: Env = {};
  for (const [key, spec] of Object.entries(declared)) {
    const fallback = isObject(spec) ? spec["default"] : undefined;
    const value = chosen[key] ?? fallback;
    if (value === undefined || value === null) continue;
    out[`CLAUDE_PLUGIN_OPTION_${key.replace(/[^A-Za-z0-9_]/g, "_").toUpperCase()}`] = String(value);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function readObject(fs: InstallFs, path: string): Promise<Record<string, unknown>> {
  const bytes = await readOrUndefined(fs, path).catch(() => undefined);
  try {
    const value: unknown = bytes ? JSON.parse(bytes.toString("utf8")) : undefined;
    return isObject(value) ? value : {};
  } catch {
    return {};
  }
}
