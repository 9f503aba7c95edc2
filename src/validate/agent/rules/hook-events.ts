import { HOOK_EVENTS } from "../../../resolve/registry.js";
import type { AgentRule } from "../context.js";
import { suggest } from "../../suggest.js";

/** Hooks under an event name Claude Code does not know are dropped from a user/project agent. */
export const hookEvents: AgentRule = ({ document, options, hasFields, report, keyRange }) => {
  const hooks = document.data["hooks"];
  if (!hasFields || options.scope === "plugin" || hooks === null || typeof hooks !== "object" || Array.isArray(hooks)) return;
  for (const event of Object.keys(hooks)) {
    if (HOOK_EVENTS.includes(event)) continue;
    const suggestion = suggest(event, HOOK_EVENTS);
    const range = document.paths[`hooks/${event}#key`] ?? keyRange("hooks");
    report("AGENT_HOOK_EVENT_UNKNOWN", range, { event, ...(suggestion ? { suggestion } : {}) });
  }
};
