import type { Range } from "../diagnostics/findings.js";
import type { Diagnostic } from "../diagnostics/types.js";

/** Where one top-level frontmatter key and its value sit in the original file. */
export interface FrontmatterEntry {
  key: string;
  keyRange: Range;
  valueRange: Range;
}

/**
 * How Claude Code's YAML step went: `strict` parsed as written, `retry` only after Claude Code's
 * quoting retry, `failed` not even then (Claude Code then reads the frontmatter as empty).
 */
export type YamlOutcome = "strict" | "retry" | "failed";

/** An agent file split and parsed the way the pinned Claude Code release reads it, with source positions. */
export interface AgentDocument {
  file: string;
  /** Size of the file in UTF-8 bytes. */
  byteLength: number;
  /** Claude Code skips files over 1 MiB without reading them. */
  tooLarge: boolean;
  /** True when Claude Code finds a `---` frontmatter block. */
  hasFrontmatter: boolean;
  /** The raw frontmatter text between the delimiters, as Claude Code cuts it. */
  frontmatterText: string | null;
  /** The range of the whole frontmatter block, delimiters included. */
  frontmatterRange: Range | null;
  /** The line `frontmatterText` starts on (blank lines after the opening `---` belong to the delimiter). */
  frontmatterFirstLine: number | null;
  /** A language gray-matter reads after the opening delimiter (`---js`); never evaluated. */
  language: string | null;
  yaml: YamlOutcome | null;
  /** Why the YAML failed even after the retry, and where (only when `yaml` is `failed`). */
  yamlError: { reason: string; range: Range } | null;
  /** True when the frontmatter was too complex for us to parse safely (see AGENT_FRONTMATTER_TOO_COMPLEX). */
  unchecked: boolean;
  /** The top-level keys Claude Code quoted in its retry (only when `yaml` is `retry`). */
  retriedKeys: string[];
  /** True when the YAML parsed to something other than a mapping (a list, a scalar). */
  notMapping: boolean;
  /** The frontmatter values Claude Code gets. Null-prototype objects all the way down. */
  data: Record<string, unknown>;
  /** Source ranges of every top-level key, by key. */
  entries: Record<string, FrontmatterEntry>;
  /** Source ranges of nested values, by JSON-pointer-like path (`tools/1`); a nested key's own range is at `<path>#key`. */
  paths: Record<string, Range>;
  body: string;
  /** Where the body starts in the original file. */
  bodyStart: { line: number; column: number };
  /** Problems found while reading the file (YAML errors, recovery, ...). */
  diagnostics: Diagnostic[];
}
