import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { agentFiles, readAgentName } from "../report/clashes.js";
import { lstatOrUndefined, nodeFs, readOrUndefined, type InstallFs } from "../io/fs.js";
import type { Plan } from "./plan.js";
import { AGENT_FILE, AGENT_NAME, EDIT_PATHS } from "../layout/names.js";

/** An agent file Claude Code loads from a plugin folder, and the agent type it gets there. */
export interface PluginAgent {
  file: string;
  agentType: string;
}

/**
 * The agents Claude Code (the pinned release) loads from a plugin folder, as checked with the real Claude Code: without
 * an `agents` key in plugin.json, every `agents/**\/*.md`, typed `<plugin>:<subfolders>:<name>`; with one,
 * only the listed `./...md` files, typed `<plugin>:<name>` (a list ignores subfolders). A file without a
 * name is named after the file. `manifest` stands in for plugin.json (the text an install would write).
 */
export async function pluginAgents(root: string, fs: InstallFs = nodeFs, manifest?: string): Promise<{ pluginName: string; agents: PluginAgent[] }> {
  const text = manifest ?? (await readOrUndefined(fs, join(root, EDIT_PATHS["plugin-manifest"])).catch(() => undefined))?.toString("utf8");
  const parsed = parseManifest(text);
  const pluginName = parsed.name ?? basename(root);
  const agentsDir = join(root, "agents");
  const agents: PluginAgent[] = [];
  if (parsed.listed === undefined) {
    for (const file of await agentFiles(fs, agentsDir)) {
      const name = await readAgentName(fs, file, true);
      const subdirs = relative(agentsDir, dirname(file)).split(sep).filter(Boolean);
      if (name !== undefined) agents.push({ file, agentType: [pluginName, ...subdirs, name].join(":") });
    }
    return { pluginName, agents };
  }
  for (const entry of parsed.listed) {
    const file = resolve(root, entry);
    if (!(await lstatOrUndefined(fs, file).catch(() => undefined))?.isFile()) continue;
    const name = await readAgentName(fs, file, true);
    if (name !== undefined) agents.push({ file, agentType: `${pluginName}:${name}` });
  }
  return { pluginName, agents };
}

function parseManifest(text: string | undefined): { name?: string; listed?: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text ?? "");
  } catch {
    return {};
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const manifest = value as Record<string, unknown>;
  const out: { name?: string; listed?: string[] } = {};
  if (typeof manifest["name"] === "string") out.name = manifest["name"];
  if ("agents" in manifest) {
    const list = Array.isArray(manifest["agents"]) ? manifest["agents"] : [manifest["agents"]];
    out.listed = list.filter((entry): entry is string => typeof entry === "string" && /^\.\/.+\.md$/.test(entry));
  }
  return out;
}

/** Our agent's type in that plugin (ours sits at agents/backend-architect.md, in no subfolder). */
export const ourPluginAgentType = (pluginName: string): string => `${pluginName}:${AGENT_NAME}`;

/**
 * The plugin's other agent files that would have our agent type once the plan is applied (its plugin.json
 * edit included): Claude Code would load only one of them and ours.
 */
export async function pluginAgentClash(plan: Plan, fs: InstallFs = nodeFs): Promise<{ agentType: string; others: string[] }> {
  const root = plan.target.root;
  const manifestEdit = plan.edits.find((edit) => edit.kind === "plugin-manifest");
  const { pluginName, agents } = await pluginAgents(root, fs, manifestEdit?.content.toString("utf8"));
  const ours = join(root, ...AGENT_FILE.split("/"));
  const agentType = ourPluginAgentType(pluginName);
  return { agentType, others: agents.filter((agent) => agent.file !== ours && agent.agentType === agentType).map((agent) => agent.file) };
}
