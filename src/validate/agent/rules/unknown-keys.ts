import { AGENT_KEYS, PLUGIN_DESCRIPTION_KEYS } from "../../../resolve/registry.js";
import type { AgentRule } from "../context.js";
import { suggest } from "../../suggest.js";

// Claude Code's own hints for keys people borrow from skills and commands.
const BORROWED: Readonly<Record<string, string>> = { "allowed-tools": "tools", allowedtools: "tools", allowed_tools: "tools" };

/** Keys Claude Code does not read are ignored: often a misspelling of one it does. */
export const unknownKeys: AgentRule = ({ document, options, hasFields, report, keyRange }) => {
  if (!hasFields) return;
  const known = options.scope === "plugin" ? [...AGENT_KEYS, ...PLUGIN_DESCRIPTION_KEYS] : AGENT_KEYS;
  for (const key of Object.keys(document.data)) {
    if (known.includes(key) || key === "PreToolUse" || key === "PermissionRequest") continue;
    const suggestion = BORROWED[key.toLowerCase()] ?? suggest(key, known);
    report("AGENT_KEY_UNKNOWN", keyRange(key), { key, ...(suggestion ? { suggestion } : {}) });
  }
};
