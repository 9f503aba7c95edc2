import { nameProblem } from "../../../resolve/index.js";
import type { AgentRule } from "../context.js";

/** User/project agents need a valid `name`; plugin agents fall back to the file name. */
export const name: AgentRule = ({ document, resolved, options, hasFields, report, valueRange, headRange }) => {
  if (!hasFields) return;
  const value = document.data["name"];
  if (options.scope === "plugin") {
    const usable = value !== undefined && value !== null && String(value) !== "" && String(value).length <= 256;
    if (!usable) report("AGENT_NAME_FALLBACK", value === undefined ? headRange() : valueRange("name"), { agentType: resolved.agentType ?? "" });
    return;
  }
  if (!value || typeof value !== "string") {
    report("AGENT_NAME_MISSING", value === undefined ? headRange() : valueRange("name"));
    return;
  }
  const problem = nameProblem(value);
  if (problem !== null) report("AGENT_NAME_INVALID", valueRange("name"), { reason: problem });
};
