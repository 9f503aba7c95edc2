import { MODEL_ALIASES, MODEL_ID_PATTERN } from "../../../resolve/registry.js";
import type { AgentRule } from "../context.js";
import { suggest } from "../../suggest.js";

/** `model` must be an alias or something that looks like a Claude model id. */
export const model: AgentRule = ({ document, hasFields, report, valueRange }) => {
  if (!hasFields) return;
  const value = document.data["model"];
  if (value === undefined || value === null) return;
  if (typeof value !== "string") {
    report("AGENT_MODEL_NOT_STRING", valueRange("model"));
    return;
  }
  const written = value.trim();
  if (written === "") return;
  const alias = written.toLowerCase().replace(/\[1m\]$/, "");
  if (MODEL_ALIASES.includes(alias) || MODEL_ID_PATTERN.test(written)) return;
  const suggestion = suggest(alias, MODEL_ALIASES);
  report("AGENT_MODEL_UNKNOWN", valueRange("model"), { model: written, ...(suggestion ? { suggestion } : {}) });
};
