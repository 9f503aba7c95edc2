import { routingModeFrom } from "../router/mode.js";
import { route } from "../router/route.js";
import type { RoutingMode } from "../router/types.js";
import { agentTypeFrom, parseHookInput, runHook } from "./hook-process.js";

/** The agent type the plugin's agent gets in Claude Code: `<plugin>:<name>`. */
export const PLUGIN_AGENT_TYPE = "backend-architect:backend-architect";

/**
 * How much of a huge prompt the hook reads: its head and its tail. The router is linear, but a hook
 * runs before every prompt, and a prompt of hundreds of kilobytes is a paste (a log, a file) whose
 * request is said at its start or its end; reading both keeps the hook's cost flat.
 */
export const PROMPT_WINDOW = { head: 100_000, tail: 20_000 } as const;

export function promptWindow(prompt: string): string {
  if (prompt.length <= PROMPT_WINDOW.head + PROMPT_WINDOW.tail) return prompt;
  return `${prompt.slice(0, PROMPT_WINDOW.head)}\n\n${prompt.slice(-PROMPT_WINDOW.tail)}`;
}

/** The context we add for a prompt the router sends to the agent. Never contains the prompt itself. */
export function delegationContext(agentType: string, explicit: boolean): string {
  const ask = explicit
    ? `The user asked for the ${agentType} agent by name in this prompt.`
    : `The backend-architect plugin's router classified this prompt as backend work (API, data, auth or reliability design).`;
  return (
    `${ask} Delegate the task to that agent: call the Agent tool with subagent_type "${agentType}" ` +
    `(run_in_background: false), pass it the user's request with the context it needs, then report its answer. ` +
    (explicit ? "" : "If the request turns out not to be backend work, ignore this note and answer normally.")
  ).trim();
}

/**
 * What the UserPromptSubmit hook prints for one stdin: the `additionalContext` JSON when the router
 * activates, otherwise nothing. Unreadable input (not JSON, no string prompt) also yields nothing.
 */
export function userPromptSubmitOutput(stdin: string, options: { agentType: string; routing: RoutingMode }): string {
  if (options.routing === "off") return "";
  const input = parseHookInput(stdin);
  const prompt = input?.["prompt"];
  if (typeof prompt !== "string") return "";
  const decision = route(promptWindow(prompt), { routing: options.routing });
  if (!decision.activate) return "";
  return JSON.stringify({
    hookSpecificOutput: {
      hookEventName: "UserPromptSubmit",
      additionalContext: delegationContext(options.agentType, decision.explicit),
    },
  });
}

/** Entry point of the generated hooks/user-prompt-submit.mjs. */
export async function mainUserPromptSubmit(): Promise<void> {
  await runHook((stdin, argv, env) =>
    userPromptSubmitOutput(stdin, { agentType: agentTypeFrom(argv, PLUGIN_AGENT_TYPE), routing: routingModeFrom(env) }),
  );
}
