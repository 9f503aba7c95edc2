import type { AgentRule } from "../context.js";
import { agentFieldSchema, EXPECTED } from "../schema.js";

/** Fields with values Claude Code cannot use are dropped one by one, with only a debug-log line. */
export const fieldValues: AgentRule = ({ document, options, hasFields, report, valueRange }) => {
  if (!hasFields) return;
  const result = agentFieldSchema.safeParse(document.data);
  if (result.success) return;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    if (seen.has(key) || !(key in EXPECTED)) continue;
    seen.add(key);
    report("AGENT_FIELD_INVALID", valueRange(key), { key, expected: EXPECTED[key] ?? "" });
  }
  // Plugin agents keep only `isolation: worktree`.
  if (options.scope === "plugin" && document.data["isolation"] === "remote" && !seen.has("isolation")) {
    report("AGENT_FIELD_INVALID", valueRange("isolation"), { key: "isolation", expected: "worktree (plugin agents cannot run remotely)" });
  }
};
