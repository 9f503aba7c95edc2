import { checkNpmOnly, denialReason } from "../guard/bash-guard.js";
import { agentTypeFrom, parseHookInput, runHook } from "./hook-process.js";

const PLUGIN_AGENT_TYPE = "backend-architect:backend-architect";

/**
 * What the PreToolUse hook prints for one stdin. Only a Bash call made by the configured agent type is
 * judged; an npm-only command gets no output (Claude Code's own permissions then apply as usual), any
 * other command a `deny` with a reason the agent can act on. Every other call, and unreadable input,
 * gets nothing.
 */
export function preToolUseOutput(stdin: string, options: { agentType: string }): string {
  const input = parseHookInput(stdin);
  if (!input || input["tool_name"] !== "Bash" || input["agent_type"] !== options.agentType) return "";
  const toolInput = input["tool_input"];
  const command = typeof toolInput === "object" && toolInput !== null ? (toolInput as Record<string, unknown>)["command"] : undefined;
  const verdict = typeof command === "string" ? checkNpmOnly(command) : { allow: false as const, why: "it has no command text" };
  if (verdict.allow) return "";
  return JSON.stringify({
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      permissionDecisionReason: denialReason(verdict),
    },
  });
}

/** Entry point of the generated hooks/pre-tool-use.mjs. */
export async function mainPreToolUse(): Promise<void> {
  await runHook((stdin, argv) => preToolUseOutput(stdin, { agentType: agentTypeFrom(argv, PLUGIN_AGENT_TYPE) }));
}
