import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { parseAgent, MAX_AGENT_FILE_BYTES } from "../../parse/index.js";
import { lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../io/fs.js";
import { claudeConfigDir, findGitRoot, type InstallEnv } from "../plan/scope.js";
import { AGENT_NAME } from "../layout/names.js";

/** Where Claude Code found an agent file. */
export type CopySource = "plugin" | "user" | "project" | "managed";

/** Claude Code's precedence on a name clash: built-in < plugin < user < project < --agents < managed. */
const PRECEDENCE: Record<CopySource, number> = { plugin: 1, user: 2, project: 3, managed: 5 };

export interface AgentCopy {
  source: CopySource;
  file: string;
  /** The agent type Claude Code registers: the name, or `<plugin>:<subfolders>:<name>` for a plugin agent. */
  agentType: string;
  /** For a plugin copy: its id `<plugin>@<marketplace>` and whether settings enable it. */
  plugin?: { id: string; enabled: boolean };
}

export interface ClashReport {
  /** Every agent named `backend-architect` Claude Code can read, in scan order. */
  copies: AgentCopy[];
  /** The copy `@agent-backend-architect` reaches: the highest-precedence copy with that exact type. */
  winner?: AgentCopy;
  /** Copies with the same agent type that the winner hides. */
  hidden: AgentCopy[];
}

export interface ScanOptions extends InstallEnv {
  /** The managed-settings folder (default: {@link managedSettingsDir}); its `.claude/agents` is scanned. */
  managedDir?: string;
  name?: string;
}

/** Finds every agent called `name` in the places Claude Code reads, and which one wins. Read-only. */
export async function scanAgentCopies(options: ScanOptions): Promise<ClashReport> {
  const fs = options.fs ?? nodeFs;
  const name = options.name ?? AGENT_NAME;
  const copies: AgentCopy[] = [];
  const order = new Map<AgentCopy, { folder: number; relative: string }>();
  let folder = 0;
  const collect = async (source: CopySource, dir: string, pluginName?: string, plugin?: AgentCopy["plugin"]): Promise<void> => {
    folder++;
    for (const file of await agentFiles(fs, dir)) {
      const agentName = await readAgentName(fs, file, source === "plugin");
      if (agentName !== name) continue;
      const subdirs = relative(dir, dirname(file)).split(sep).filter(Boolean);
      const agentType = pluginName ? [pluginName, ...subdirs, agentName].join(":") : agentName;
      const copy: AgentCopy = plugin ? { source, file, agentType, plugin } : { source, file, agentType };
      copies.push(copy);
      order.set(copy, { folder, relative: relative(dir, file).split(sep).join("/") });
    }
  };
  const configDir = claudeConfigDir(options.env, options.cwd);
  const gitRoot = await findGitRoot(options.cwd, fs);
  const settings = await enabledPlugins(fs, configDir, gitRoot ?? resolve(options.cwd));
  for (const installed of await installedPlugins(fs, configDir)) {
    const pluginName = installed.id.split("@")[0] ?? installed.id;
    await collect("plugin", join(installed.installPath, "agents"), pluginName, { id: installed.id, enabled: settings.get(installed.id) ?? false });
  }
  if (configDir) await collect("user", join(configDir, "agents"));
  for (const dir of projectDirs(options.cwd, gitRoot)) await collect("project", join(dir, ".claude", "agents"));
  await collect("managed", join(options.managedDir ?? managedSettingsDir(), ".claude", "agents"));
  return judge(copies, name, order);
}

/** Claude Code's managed-settings folder (its managed agents are in `.claude/agents` there), per platform. */
export function managedSettingsDir(platform: NodeJS.Platform = process.platform): string {
  if (platform === "darwin") return "/Library/Application Support/ClaudeCode";
  if (platform === "win32") return "C:\\Program Files\\ClaudeCode";
  return "/etc/claude-code";
}

/**
 * Which copy Claude Code uses for a bare name, as observed with the pinned release: the higher source wins
 * (plugin < user < project < managed); among project folders the one nearest the start folder; within
 * one agents folder the file whose relative path sorts last (`c.md` over `b.md` over `a/z.md`).
 */
function judge(copies: AgentCopy[], name: string, order: Map<AgentCopy, { folder: number; relative: string }>): ClashReport {
  const contenders = copies.filter((copy) => copy.agentType === name);
  const beats = (a: AgentCopy, b: AgentCopy): boolean => {
    if (PRECEDENCE[a.source] !== PRECEDENCE[b.source]) return PRECEDENCE[a.source] > PRECEDENCE[b.source];
    const x = order.get(a);
    const y = order.get(b);
    if (!x || !y) return false;
    if (x.folder !== y.folder) return x.folder < y.folder; // project folders are scanned nearest first
    return x.relative > y.relative;
  };
  let winner: AgentCopy | undefined;
  for (const copy of contenders) if (!winner || beats(copy, winner)) winner = copy;
  const report: ClashReport = { copies, hidden: contenders.filter((copy) => copy !== winner) };
  if (winner) report.winner = winner;
  return report;
}

/** The cwd and its ancestors up to the git root (or just the cwd outside git). */
function projectDirs(cwd: string, gitRoot: string | undefined): string[] {
  const dirs: string[] = [];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (!gitRoot || dir === gitRoot || dirname(dir) === dir) return dirs;
  }
}

/** `**\/*.md` under `dir`, as Claude Code reads agents, skipping files over 1 MiB. */
export async function agentFiles(fs: InstallFs, dir: string, depth = 0): Promise<string[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of names) {
    const path = join(dir, entry);
    const stats = await fs.stat(path).catch(() => undefined);
    if (stats?.isDirectory() && depth < 8) files.push(...(await agentFiles(fs, path, depth + 1)));
    else if (stats?.isFile() && entry.endsWith(".md") && stats.size <= MAX_AGENT_FILE_BYTES) files.push(path);
  }
  return files;
}

/** The agent name Claude Code reads from a file, with our parser; a plugin agent falls back to its file name. */
export async function readAgentName(fs: InstallFs, file: string, plugin: boolean): Promise<string | undefined> {
  const bytes = await readOrUndefined(fs, file).catch(() => undefined);
  if (!bytes) return undefined;
  const name = parseAgent(bytes.toString("utf8"), file).data["name"];
  if (typeof name === "string" && name !== "") return name;
  if (plugin && typeof name === "number") return String(name);
  return plugin ? basename(file, ".md") : undefined;
}

interface InstalledPlugin {
  id: string;
  installPath: string;
  scope: string;
}

/** Plugins recorded in `<config>/plugins/installed_plugins.json` (schema 2: id → list of installs). */
export async function installedPlugins(fs: InstallFs, configDir: string | undefined): Promise<InstalledPlugin[]> {
  if (!configDir) return [];
  const data = await readJson(fs, join(configDir, "plugins", "installed_plugins.json"));
  const plugins = (data as { plugins?: unknown } | undefined)?.plugins;
  if (typeof plugins !== "object" || plugins === null) return [];
  const out: InstalledPlugin[] = [];
  for (const [id, installs] of Object.entries(plugins)) {
    for (const install of Array.isArray(installs) ? installs : []) {
      const entry = install as { installPath?: unknown; scope?: unknown };
      if (typeof entry.installPath === "string") {
        out.push({ id, installPath: entry.installPath, scope: typeof entry.scope === "string" ? entry.scope : "user" });
      }
    }
  }
  return out;
}

/** `enabledPlugins` merged from user, project and local settings (later wins). */
export async function enabledPlugins(fs: InstallFs, configDir: string | undefined, projectRoot: string): Promise<Map<string, boolean>> {
  const files = [
    ...(configDir ? [join(configDir, "settings.json")] : []),
    join(projectRoot, ".claude", "settings.json"),
    join(projectRoot, ".claude", "settings.local.json"),
  ];
  const enabled = new Map<string, boolean>();
  for (const file of files) {
    const value = (await readJson(fs, file) as { enabledPlugins?: unknown } | undefined)?.enabledPlugins;
    if (typeof value !== "object" || value === null) continue;
    for (const [id, on] of Object.entries(value)) if (typeof on === "boolean") enabled.set(id, on);
  }
  return enabled;
}

async function readJson(fs: InstallFs, path: string): Promise<unknown> {
  if (!(await lstatOrUndefined(fs, path).catch(() => undefined))) return undefined;
  const bytes = await readOrUndefined(fs, path).catch(() => undefined);
  try {
    return bytes ? (JSON.parse(bytes.toString("utf8")) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
