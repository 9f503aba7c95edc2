import { COLORS } from "../../../resolve/registry.js";
import type { AgentRule } from "../context.js";
import { suggest } from "../../suggest.js";

/** Claude Code drops a color it does not know, without a word. */
export const color: AgentRule = ({ document, hasFields, report, valueRange }) => {
  if (!hasFields) return;
  const value = document.data["color"];
  if (value === undefined || (typeof value === "string" && COLORS.includes(value))) return;
  const written = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const suggestion = typeof value === "string" ? suggest(value, COLORS) : undefined;
  report("AGENT_COLOR_INVALID", valueRange("color"), { color: written, ...(suggestion ? { suggestion } : {}) });
};
