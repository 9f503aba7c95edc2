import type { AgentRule } from "../context.js";

/** A missing description drops a user/project agent and leaves a plugin agent with a useless placeholder. */
export const description: AgentRule = ({ document, resolved, options, hasFields, report, valueRange, headRange }) => {
  if (!hasFields) return;
  const value = document.data["description"];
  const range = value === undefined ? headRange() : valueRange("description");
  if (options.scope === "plugin") {
    if (resolved.descriptionSource === "placeholder") report("AGENT_DESCRIPTION_PLACEHOLDER", range, { plugin: options.pluginName ?? "plugin" });
    else if (typeof value === "string" && value.includes("\\n")) report("AGENT_DESCRIPTION_ESCAPED_NEWLINE", range);
    return;
  }
  if (!value || typeof value !== "string") report("AGENT_DESCRIPTION_MISSING", range);
};
