import { hooksProblem } from "../../../resolve/index.js";
import type { AgentRule } from "../context.js";

/** Hooks Claude Code cannot read make it refuse a user/project agent. */
export const hooks: AgentRule = ({ document, options, hasFields, report, keyRange, valueRange }) => {
  if (!hasFields || options.scope === "plugin") return;
  const problem = hooksProblem(document.data);
  if (problem === null) return;
  const key = document.data["hooks"] !== undefined && document.data["PreToolUse"] === undefined && document.data["PermissionRequest"] === undefined;
  const at = key ? valueRange("hooks") : keyRange(document.data["PreToolUse"] !== undefined ? "PreToolUse" : "PermissionRequest");
  report("AGENT_HOOKS_INVALID", at, { reason: problem.charAt(0).toUpperCase() + problem.slice(1) });
};
