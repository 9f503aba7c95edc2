import type { ArgsParam } from "../../diagnostics/define.js";
import { diagnostic, type DiagnosticArgs, type DiagnosticCode, type Range } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import type { AgentDocument } from "../../parse/types.js";
import type { ResolveOptions, ResolvedAgent } from "../../resolve/index.js";

/** What every agent rule sees, and the one way it reports a finding. */
export interface AgentRuleContext {
  document: AgentDocument;
  resolved: ResolvedAgent;
  options: ResolveOptions;
  /** True when Claude Code read frontmatter fields from the file (it exists, parsed, and is a mapping). */
  hasFields: boolean;
  report<C extends DiagnosticCode>(code: C, range: Range, ...args: ArgsParam<DiagnosticArgs<C>>): void;
  /** The range of a key's value, of a list item (`tools/2`), or the frontmatter's first line as a fallback. */
  valueRange(key: string, item?: number): Range;
  keyRange(key: string): Range;
  /** The opening `---` line, or the file's first line. */
  headRange(): Range;
  /**
   * The range of `needle` inside a one-line value (e.g. one entry of `tools: Read, Grepp`), searching
   * from column `from`; the whole value's range when it is not found there.
   */
  withinValue(range: Range, needle: string, from?: number): Range;
}

/** A named check of one meaning of an agent file. Rules only report; they never throw or print. */
export type AgentRule = (context: AgentRuleContext) => void;

export function makeContext(document: AgentDocument, resolved: ResolvedAgent, options: ResolveOptions, sink: Diagnostic[]): AgentRuleContext {
  const head: Range = document.frontmatterRange
    ? { start: document.frontmatterRange.start, end: { line: document.frontmatterRange.start.line, column: 4 } }
    : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const keyRange = (key: string): Range => document.entries[key]?.keyRange ?? head;
  return {
    document,
    resolved,
    options,
    hasFields: document.hasFrontmatter && document.yaml !== "failed" && !document.notMapping && !document.tooLarge && !document.unchecked,
    report: (code, range, ...args) => void sink.push(diagnostic(code, document.file, range, ...args)),
    keyRange,
    valueRange: (key, item) => {
      if (item !== undefined) {
        const range = document.paths[`${key}/${item}`];
        if (range) return range;
      }
      return document.entries[key]?.valueRange ?? keyRange(key);
    },
    headRange: () => head,
    withinValue: (range, needle, from = range.start.column) => {
      const firstLine = document.frontmatterFirstLine ?? 0;
      const line = document.frontmatterText?.split("\n")[range.start.line - firstLine];
      if (line === undefined || range.start.line !== range.end.line) return range;
      const at = line.indexOf(needle, from - 1);
      if (at === -1 || at + needle.length > range.end.column - 1) return range;
      return { start: { line: range.start.line, column: at + 1 }, end: { line: range.start.line, column: at + 1 + needle.length } };
    },
  };
}
