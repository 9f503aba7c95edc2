import { PLUGIN_IGNORED_KEYS } from "../../../resolve/registry.js";
import type { AgentRule } from "../context.js";

/** Plugin agents may not set their own permissions, hooks or MCP servers: Claude Code ignores them. */
export const pluginIgnored: AgentRule = ({ document, options, hasFields, report, keyRange }) => {
  if (!hasFields || options.scope !== "plugin") return;
  for (const key of PLUGIN_IGNORED_KEYS) {
    if (document.data[key] !== undefined) report("AGENT_FIELD_IGNORED_IN_PLUGIN", keyRange(key), { key });
  }
};
