import type { AgentRule } from "../context.js";

/** A file without a `---` block: dropped as a user/project agent, a bare placeholder as a plugin agent. */
export const noFrontmatter: AgentRule = ({ document, options, report }) => {
  if (document.tooLarge || document.hasFrontmatter || document.language !== null) return;
  const unclosed = /^\uFEFF?---[ \t]*\r?\n/.test(document.body) ? 1 : 0;
  report("AGENT_NO_FRONTMATTER", { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }, { scope: options.scope, unclosed });
};
