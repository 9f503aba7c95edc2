import { OffsetMap } from "../../../parse/positions.js";
import type { AgentRule } from "../context.js";

const PLUGIN_ROOT = "${CLAUDE_PLUGIN_ROOT}";

/**
 * In a plugin agent's prompt `${CLAUDE_PLUGIN_ROOT}` becomes a path; in a command (a code block or
 * inline code) an unquoted path with spaces splits into several arguments.
 */
export const pluginRoot: AgentRule = ({ document, options, report }) => {
  if (options.scope !== "plugin" || document.tooLarge || !document.body.includes(PLUGIN_ROOT)) return;
  const map = new OffsetMap(document.body);
  const lineOffset = document.bodyStart.line - 1;
  for (let at = document.body.indexOf(PLUGIN_ROOT); at !== -1; at = document.body.indexOf(PLUGIN_ROOT, at + 1)) {
    const before = document.body.slice(document.body.lastIndexOf("\n", at) + 1, at);
    const quoted = (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/'/g)?.length ?? 0) % 2 === 1;
    const inlineCode = (before.match(/`/g)?.length ?? 0) % 2 === 1;
    const fenced = (document.body.slice(0, at).match(/^\s*(```|~~~)/gm)?.length ?? 0) % 2 === 1;
    if (quoted || !(inlineCode || fenced)) continue;
    const { start, end } = map.range(at, at + PLUGIN_ROOT.length);
    const shift = (position: { line: number; column: number }) => ({
      line: position.line + lineOffset,
      column: position.line === 1 ? position.column + document.bodyStart.column - 1 : position.column,
    });
    report("AGENT_PLUGIN_ROOT_UNQUOTED", { start: shift(start), end: shift(end) });
  }
};
