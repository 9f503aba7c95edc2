import type { AgentDocument } from "../parse/types.js";
import { MAX_NAME_LENGTH } from "./registry.js";
import { readToolField, type ToolEntry } from "./tools.js";

export { classifyTool, readToolField, splitToolValue, type ToolEntry, type ToolGrant } from "./tools.js";

export type AgentScope = "user" | "project" | "plugin";

export interface ResolveOptions {
  scope: AgentScope;
  /** The plugin's name (plugin scope); agent types are `<plugin>:<subdirs>:<name>`. */
  pluginName?: string;
  /** The file's path inside the agents folder, e.g. `team/lead.md`; subfolders become part of a plugin agent's type. */
  relativePath?: string;
}

export type DropReason = "too-large" | "no-name" | "invalid-name" | "no-description" | "invalid-hooks";

/** An agent as the pinned Claude Code release (`claudeCodeRelease`) loads it in one scope. */
export interface ResolvedAgent {
  scope: AgentScope;
  loaded: boolean;
  dropReason?: DropReason;
  /** The type the model uses to call it (`name`, or `<plugin>:<subdirs>:<name>`). Null when dropped. */
  agentType: string | null;
  /** The description the model is shown. Null when dropped. */
  description: string | null;
  /** Where the description came from. */
  descriptionSource: "description" | "when_to_use" | "when-to-use" | "placeholder" | null;
  /** Null: every tool. []: none. Else the built-in tools it gets, sorted. */
  tools: string[] | null;
  /** MCP tool entries it names (`mcp__server__tool`). */
  mcpTools: string[];
  /** Built-in tools taken away by `disallowedTools`. */
  disallowedTools: string[];
  /** True when `tools` names something, but nothing Claude Code knows: it refuses to start the agent. */
  spawnRefused: boolean;
  /** The model as written (alias or id); null when it inherits the parent's. */
  model: string | null;
  color: string | null;
  toolEntries: ToolEntry[];
  disallowedEntries: ToolEntry[];
}

/** Resolves a parsed agent file the way Claude Code loads it in `options.scope`. Pure; never throws. */
export function resolveAgent(document: AgentDocument, options: ResolveOptions): ResolvedAgent {
  const data = document.data;
  const tools = readToolField(data["tools"]);
  const disallowed = readToolField(data["disallowedTools"]);
  const resolved: ResolvedAgent = {
    scope: options.scope,
    loaded: true,
    agentType: null,
    description: null,
    descriptionSource: null,
    tools: null,
    mcpTools: tools.all ? [] : tools.mcp,
    disallowedTools: disallowed.all ? [] : disallowed.builtin,
    spawnRefused: false,
    model: readModel(data["model"]),
    color: typeof data["color"] === "string" ? data["color"] : null,
    toolEntries: tools.entries,
    disallowedEntries: disallowed.entries,
  };
  if (!tools.all) {
    const removed = new Set(resolved.disallowedTools);
    resolved.tools = tools.builtin.filter((tool) => !removed.has(tool));
    resolved.spawnRefused = tools.entries.length > 0 && tools.builtin.length === 0 && tools.mcp.length === 0;
  }
  if (document.tooLarge) return drop(resolved, "too-large");
  return options.scope === "plugin" ? resolvePlugin(document, options, resolved) : resolveUserOrProject(document, resolved);
}

function resolveUserOrProject(document: AgentDocument, resolved: ResolvedAgent): ResolvedAgent {
  const { name, description } = document.data;
  if (!name || typeof name !== "string") return drop(resolved, "no-name");
  if (nameProblem(name) !== null) return drop(resolved, "invalid-name");
  if (!description || typeof description !== "string") return drop(resolved, "no-description");
  if (hooksProblem(document.data) !== null) return drop(resolved, "invalid-hooks");
  resolved.agentType = name;
  resolved.description = description.replaceAll("\\n", "\n");
  resolved.descriptionSource = "description";
  return resolved;
}

function resolvePlugin(document: AgentDocument, options: ResolveOptions, resolved: ResolvedAgent): ResolvedAgent {
  const plugin = options.pluginName ?? "plugin";
  const relative = (options.relativePath ?? baseName(document.file)).replaceAll("\\", "/");
  const parts = relative.split("/").filter((part) => part !== "" && part !== ".");
  const fileName = (parts.pop() ?? "").replace(/\.md$/, "");
  resolved.agentType = [plugin, ...parts, pluginName(document.data["name"]) || fileName].join(":");
  for (const key of ["description", "when_to_use", "when-to-use"] as const) {
    const text = pluginDescription(document.data[key]);
    if (text !== null) {
      resolved.description = text;
      resolved.descriptionSource = key;
      return resolved;
    }
  }
  resolved.description = `Agent from ${plugin} plugin`;
  resolved.descriptionSource = "placeholder";
  return resolved;
}

/** Why Claude Code refuses a user/project agent's name, or null when it accepts it. */
export function nameProblem(name: string): string | null {
  if (name.startsWith("-")) return 'starts with "-"';
  if (name.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (name.normalize("NFKC").includes(":")) return 'contains ":", which is reserved for plugin agents';
  return null;
}

/** Why Claude Code refuses a user/project agent's hooks, or null. */
export function hooksProblem(data: Record<string, unknown>): string | null {
  if (data["PreToolUse"] !== undefined || data["PermissionRequest"] !== undefined) {
    return "PreToolUse/PermissionRequest is set at the top level of the frontmatter instead of under `hooks`";
  }
  const hooks = data["hooks"];
  if (!hooks) return null;
  if (typeof hooks !== "object" || Array.isArray(hooks)) return "`hooks` is not a mapping of event names";
  // Guard events must be well-formed: Claude Code will not run an agent whose guard it cannot apply.
  for (const event of ["PreToolUse", "PermissionRequest"]) {
    const matchers = (hooks as Record<string, unknown>)[event];
    if (matchers !== undefined && matchers !== null && !Array.isArray(matchers)) return `\`hooks.${event}\` is not a list of matchers`;
  }
  return null;
}

function pluginName(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return text.length <= MAX_NAME_LENGTH ? text : "";
}

function pluginDescription(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

function readModel(value: unknown): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const model = value.trim();
  return model.toLowerCase() === "inherit" ? null : model;
}

function drop(resolved: ResolvedAgent, reason: DropReason): ResolvedAgent {
  return { ...resolved, loaded: false, dropReason: reason, agentType: null, description: null, descriptionSource: null };
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
