import { basename, join, relative, resolve, sep } from "node:path";
import { pluginAgentFiles, typingPath } from "../../resolve/plugin-agents.js";
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
 * The agents Claude Code loads from a plugin folder, and their types, by the rule of
 * `resolve/plugin-agents.ts` (shared with validate). A file without a name is named after the file.
 * `manifest` stands in for plugin.json (the text an install would write).
 */
export async function pluginAgents(root: string, fs: InstallFs = nodeFs, manifest?: string): Promise<{ pluginName: string; agents: PluginAgent[] }> {
  const text = manifest ?? (await readOrUndefined(fs, join(root, EDIT_PATHS["plugin-manifest"])).catch(() => undefined))?.toString("utf8");
  const parsed = parseJson(text);
  const pluginName = isObject(parsed) && typeof parsed["name"] === "string" ? parsed["name"] : basename(root);
  const loads = pluginAgentFiles(parsed);
  const agentsDir = join(root, "agents");
  const files = loads.kind === "folder" ? await agentFiles(fs, agentsDir) : loads.entries.map((entry) => resolve(root, entry));
  const agents: PluginAgent[] = [];
  for (const file of files) {
    if (loads.kind === "listed" && !(await lstatOrUndefined(fs, file).catch(() => undefined))?.isFile()) continue;
    const name = await readAgentName(fs, file, true);
    const subdirs = typingPath(loads, relative(agentsDir, file).split(sep).join("/")).split("/").slice(0, -1);
    if (name !== undefined) agents.push({ file, agentType: [pluginName, ...subdirs, name].join(":") });
  }
  return { pluginName, agents };
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

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
