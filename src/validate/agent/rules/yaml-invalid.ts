import type { AgentRule } from "../context.js";

/** YAML that fails even after Claude Code's retry: Claude Code reads the frontmatter as empty. */
export const yamlInvalid: AgentRule = ({ document, options, report }) => {
  if (document.yaml !== "failed" || !document.yamlError) return;
  report("AGENT_YAML_INVALID", document.yamlError.range, { reason: document.yamlError.reason, scope: options.scope });
};
