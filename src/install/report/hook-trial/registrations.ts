import { join, resolve } from "node:path";
import type { ActivationHook } from "../../layout/names.js";
import { ACTIVATION_HOOKS, activationHookOf, isActivationEntry } from "../../plan/settings.js";
import { agentTypeFrom } from "../../../hooks/hook-process.js";
import { installedPlugins } from "../clashes.js";
import { lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../../io/fs.js";
import { resolveInside } from "../../layout/paths.js";
import { claudeConfigDir, findGitRoot, resolveScope, type InstallEnv } from "../../plan/scope.js";
import { AGENT_NAME, hookTargetPath } from "../../layout/names.js";
import type { HookSource } from "./codes.js";
import { hookEntryFrom, shellWords, type HookEntry } from "./command.js";

/** The agent type the plugin's hooks serve when their command does not say. */
export const PLUGIN_AGENT_TYPE = `${AGENT_NAME}:${AGENT_NAME}`;

/** One of our hooks, registered in one place Claude Code reads. */
export interface HookRegistration {
  source: HookSource;
  /** The file that registers it: the plugin's hooks/hooks.json, or a settings.json. */
  file: string;
  event: string;
  hook: ActivationHook;
  entry: HookEntry;
  /** Where the script is meant to be: in the plugin's folder, or where `install` copied it. */
  expectedScript: string;
  /** The agent type the hook serves (its `--agent-type`), so the synthetic events come from that agent. */
  agentType: string;
  /** For a plugin install: its id and folder. */
  plugin?: { id: string; root: string };
}

/**
 * Every registration of our hooks that Claude Code would run, from the places doctor knows: each install of
 * the backend-architect plugin (installed_plugins.json, then its hooks/hooks.json) and the user's and the
 * project's settings.json (our entries there carry the marker). A plugin whose folder is gone yields its three
 * hooks as the plugin ships them, so each shows up as missing. Read-only.
 */
export async function findHookRegistrations(options: InstallEnv): Promise<HookRegistration[]> {
  const fs = options.fs ?? nodeFs;
  const out: HookRegistration[] = [];
  const configDir = claudeConfigDir(options.env, options.cwd);
  for (const installed of await installedPlugins(fs, configDir)) {
    if (installed.id.split("@")[0] !== AGENT_NAME) continue;
    out.push(...(await pluginRegistrations(fs, installed.id, installed.installPath)));
  }
  for (const kind of ["user", "project"] as const) {
    const target = await resolveScope(kind, options);
    if (!target.ok) continue;
    const file = join(target.value.root, "settings.json");
    const settings = await readJson(fs, file);
    for (const found of entriesIn(settings, isActivationEntry)) {
      out.push({
        source: kind,
        file,
        event: found.event,
        hook: found.hook,
        entry: found.entry,
        expectedScript: resolveInside(target.value.root, hookTargetPath(found.hook)) as string,
        agentType: agentTypeOf(found.entry, AGENT_NAME, options.env),
      });
    }
  }
  return out;
}

async function pluginRegistrations(fs: InstallFs, id: string, root: string): Promise<HookRegistration[]> {
  const file = join(root, "hooks", "hooks.json");
  const plugin = { id, root };
  const expected = (hook: ActivationHook): string => join(root, "hooks", `${hook}.mjs`);
  if (!(await lstatOrUndefined(fs, root).catch(() => undefined))) {
    return ACTIVATION_HOOKS.map(({ hook, event }) => ({
      source: "plugin" as const,
      file,
      event,
      hook,
      entry: { command: "node", args: [`\${CLAUDE_PLUGIN_ROOT}/hooks/${hook}.mjs`, "--agent-type", PLUGIN_AGENT_TYPE] },
      expectedScript: expected(hook),
      agentType: PLUGIN_AGENT_TYPE,
      plugin,
    }));
  }
  const config = await readJson(fs, file);
  return entriesIn(config, () => true).map((found) => ({
    source: "plugin" as const,
    file,
    event: found.event,
    hook: found.hook,
    entry: found.entry,
    expectedScript: expected(found.hook),
    agentType: agentTypeOf(found.entry, PLUGIN_AGENT_TYPE, {}),
    plugin,
  }));
}

/** Our command entries in a `{"hooks": {"<Event>": [{"hooks": [...]}]}}` object, each under the event that runs it. */
function entriesIn(config: unknown, ours: (hook: unknown) => boolean): { event: string; hook: ActivationHook; entry: HookEntry }[] {
  const events = (config as { hooks?: unknown } | undefined)?.hooks;
  if (typeof events !== "object" || events === null) return [];
  const found: { event: string; hook: ActivationHook; entry: HookEntry }[] = [];
  for (const [event, groups] of Object.entries(events)) {
    for (const group of Array.isArray(groups) ? groups : []) {
      const hooks = (group as { hooks?: unknown } | null)?.hooks;
      for (const value of Array.isArray(hooks) ? hooks : []) {
        const hook = activationHookOf(value);
        const entry = hookEntryFrom(value);
        // Only under the event it is written for: a script under another event gets events it does not answer.
        if (hook && entry && ours(value) && ACTIVATION_HOOKS.some((h) => h.hook === hook && h.event === event)) found.push({ event, hook, entry });
      }
    }
  }
  return found;
}

function agentTypeOf(entry: HookEntry, fallback: string, env: Readonly<Record<string, string | undefined>>): string {
  const words = entry.args ?? shellWords(entry.command, env) ?? entry.command.split(/\s+/);
  return agentTypeFrom(words, fallback);
}

async function readJson(fs: InstallFs, path: string): Promise<unknown> {
  const bytes = await readOrUndefined(fs, resolve(path)).catch(() => undefined);
  try {
    return bytes ? (JSON.parse(bytes.toString("utf8")) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The project Claude Code names in CLAUDE_PROJECT_DIR: the git root above `cwd`, or `cwd` outside git. */
export async function projectDirOf(options: InstallEnv): Promise<string> {
  return (await findGitRoot(options.cwd, options.fs)) ?? resolve(options.cwd);
}
