import { readFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { diagnostic } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { AgentScope, ResolveOptions } from "../../resolve/index.js";
import { checkAgentText } from "./index.js";

/** What `inspect` reports: the agent as Claude Code loads it, and what is wrong with the file. */
export interface AgentInspection {
  file: string;
  scope: AgentScope;
  pluginName: string | null;
  loaded: boolean;
  agentType: string | null;
  description: string | null;
  /** Null: every tool. []: none. Else the built-in tools it gets, sorted. */
  tools: string[] | null;
  mcpTools: string[];
  disallowedTools: string[];
  /** As written (alias or id); null when it inherits the parent's model. */
  model: string | null;
  diagnostics: Diagnostic[];
}

export interface InspectOptions {
  /**
   * Defaults to where the file sits: `.claude/agents` is project, a plugin's `agents/` is plugin, else user;
   * plugin whenever `pluginName` is given.
   */
  scope?: AgentScope;
  pluginName?: string;
  cwd?: string;
  /** The user scope's agents folder (`~/.claude/agents`, or `$CLAUDE_CONFIG_DIR/agents`): a file there is a user agent, not a project one. */
  userAgentsDir?: string;
  /** File access, injectable for tests. */
  readText?: (path: string) => Promise<string>;
}

export type InspectResult = { ok: true; inspection: AgentInspection } | { ok: false; error: Diagnostic };

/** Reads one agent file and resolves it in its scope. I/O failures come back as a diagnostic. */
export async function inspectAgentFile(path: string, options: InspectOptions = {}): Promise<InspectResult> {
  const readText = options.readText ?? ((file: string) => readFile(file, "utf8"));
  const file = resolve(options.cwd ?? process.cwd(), path);
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    if (code === "ENOENT") return { ok: false, error: diagnostic("PATH_NOT_FOUND", file, at) };
    return { ok: false, error: diagnostic("PATH_UNREADABLE", file, at, { reason: typeof code === "string" ? code : String(error) }) };
  }
  const located = await locate(file, readText, options.userAgentsDir === undefined ? undefined : resolve(options.userAgentsDir));
  // A plugin name is only meaningful for a plugin agent: giving one asks for that scope.
  const scope = options.scope ?? (options.pluginName !== undefined ? "plugin" : located.scope);
  const pluginName = scope === "plugin" ? (options.pluginName ?? located.pluginName ?? basename(dirname(located.agentsDir ?? dirname(file)))) : null;
  const resolveOptions: ResolveOptions = { scope };
  if (pluginName !== null) resolveOptions.pluginName = pluginName;
  if (scope === "plugin" && located.agentsDir) resolveOptions.relativePath = relative(located.agentsDir, file).split(sep).join("/");
  const { resolved, diagnostics } = checkAgentText(text, file, resolveOptions);
  return {
    ok: true,
    inspection: {
      file,
      scope,
      pluginName,
      loaded: resolved.loaded,
      agentType: resolved.agentType,
      description: resolved.description,
      tools: resolved.tools,
      mcpTools: resolved.mcpTools,
      disallowedTools: resolved.disallowedTools,
      model: resolved.model,
      diagnostics,
    },
  };
}

interface Located {
  scope: AgentScope;
  pluginName: string | null;
  /** The plugin's `agents/` folder the file is in, if any. */
  agentsDir: string | null;
}

/** Where a file sits tells its scope: inside `<plugin>/agents/` (with a manifest) it is a plugin agent. */
async function locate(file: string, readText: (path: string) => Promise<string>, userAgentsDir: string | undefined): Promise<Located> {
  if (userAgentsDir !== undefined && dirname(file) === userAgentsDir) return { scope: "user", pluginName: null, agentsDir: null };
  const parts = file.split(sep);
  for (let index = parts.length - 2; index > 0; index--) {
    if (parts[index] !== "agents") continue;
    const agentsDir = parts.slice(0, index + 1).join(sep);
    if (parts[index - 1] === ".claude") return { scope: "project", pluginName: null, agentsDir: null };
    try {
      const manifest: unknown = JSON.parse(await readText(join(dirname(agentsDir), ".claude-plugin", "plugin.json")));
      const name = (manifest as { name?: unknown } | null)?.name;
      return { scope: "plugin", pluginName: typeof name === "string" ? name : null, agentsDir };
    } catch {
      // Not a plugin's agents folder; keep looking further up.
    }
  }
  return { scope: "user", pluginName: null, agentsDir: null };
}
