import type { Range } from "../diagnostics/findings.js";
import { diagnostic } from "../diagnostics/findings.js";
import type { Diagnostic, Position } from "../diagnostics/types.js";
import { isPlainMapping, toNullPrototype } from "./clone.js";
import { OffsetMap } from "./positions.js";
import { retryText, type RetryText } from "./retry.js";
import { splitFrontmatter } from "./split.js";
import type { AgentDocument, FrontmatterEntry } from "./types.js";
import { flowItems, MAX_FLOW_ITEMS, parseYaml, type YamlRange, type YamlResult } from "./yaml.js";

export type { AgentDocument, FrontmatterEntry, YamlOutcome } from "./types.js";

/** Claude Code skips agent files larger than this many bytes. */
export const MAX_AGENT_FILE_BYTES = 1_048_576;

const START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/**
 * Reads an agent file the way the pinned Claude Code release does: strip a BOM, cut the frontmatter at the
 * first `---`, parse it as YAML, and if that fails, retry after Claude Code's quoting rewrite.
 * Every key and value keeps its range in the original text. Never throws.
 */
export function parseAgent(text: string, file: string): AgentDocument {
  const byteLength = Buffer.byteLength(text, "utf8");
  const document: AgentDocument = {
    file,
    byteLength,
    tooLarge: false,
    hasFrontmatter: false,
    frontmatterText: null,
    frontmatterRange: null,
    frontmatterFirstLine: null,
    language: null,
    yaml: null,
    yamlError: null,
    unchecked: false,
    retriedKeys: [],
    notMapping: false,
    data: Object.create(null) as Record<string, unknown>,
    entries: Object.create(null) as Record<string, FrontmatterEntry>,
    paths: Object.create(null) as Record<string, Range>,
    body: "",
    bodyStart: { line: 1, column: 1 },
    diagnostics: [],
  };
  if (byteLength > MAX_AGENT_FILE_BYTES) {
    document.tooLarge = true;
    document.diagnostics.push(diagnostic("AGENT_FILE_TOO_LARGE", file, START, { bytes: byteLength }));
    return document;
  }
  const split = splitFrontmatter(text);
  const map = new OffsetMap(text);
  document.language = split.language;
  document.body = text.slice(split.bodyStart === 0 ? split.bomLength : split.bodyStart);
  document.bodyStart = map.position(split.bodyStart === 0 ? split.bomLength : split.bodyStart);
  const frontmatter = split.frontmatter;
  if (!frontmatter) {
    if (split.language !== null) {
      document.diagnostics.push(
        diagnostic("AGENT_FRONTMATTER_LANGUAGE", file, map.range(split.bomLength + 3, map.lineEnd(1)), { language: split.language }),
      );
    }
    return document;
  }
  document.hasFrontmatter = true;
  document.frontmatterText = frontmatter.text;
  document.frontmatterRange = map.range(split.bomLength, frontmatter.blockEnd);
  document.frontmatterFirstLine = map.position(frontmatter.start).line;
  if (split.closedMidLine) {
    document.diagnostics.push(diagnostic("AGENT_FRONTMATTER_CLOSED_EARLY", file, map.range(frontmatter.end, frontmatter.end + 3)));
  }

  const fromStrict = (range: YamlRange): Range => map.range(frontmatter.start + range.start, frontmatter.start + range.end);
  const items = flowItems(frontmatter.text);
  if (items > MAX_FLOW_ITEMS) {
    document.unchecked = true;
    document.diagnostics.push(diagnostic("AGENT_FRONTMATTER_TOO_COMPLEX", file, fromStrict({ start: 0, end: 0 }), { items: MAX_FLOW_ITEMS }));
    return document;
  }
  const strict = parseYaml(frontmatter.text);
  let result: YamlResult = strict;
  let toRange = fromStrict;
  if (!strict.ok && strict.aliasLimit) {
    // An alias bomb is refused outright; quoting would only hide it.
    document.yaml = "failed";
    document.yamlError = { reason: strict.reason, range: fromStrict(strict.at) };
    return document;
  }
  if (strict.ok) {
    document.yaml = "strict";
  } else {
    const retry = retryText(frontmatter.text);
    const retried = parseYaml(retry.text);
    if (retried.ok) {
      document.yaml = "retry";
      result = retried;
      toRange = retriedRangeMapper(retried, retry, map, map.position(frontmatter.start).line);
      document.retriedKeys = retry.quoted.map((line) => line.key);
      const firstLine = map.position(frontmatter.start).line;
      for (const line of retry.quoted) {
        const lineNumber = firstLine + line.index;
        const range = map.range(map.lineStart(lineNumber) + line.valueColumn, map.lineEnd(lineNumber));
        document.diagnostics.push(diagnostic("AGENT_YAML_RECOVERED", file, range, { key: line.key }));
      }
      for (const [index, tabs] of retry.tabs) {
        const start = map.lineStart(firstLine + index);
        document.diagnostics.push(diagnostic("AGENT_YAML_TABS", file, map.range(start, start + tabs)));
      }
    } else {
      document.yaml = "failed";
      document.yamlError = { reason: strict.reason, range: fromStrict(strict.at) };
      return document;
    }
  }
  if (!result.ok) return document;

  if (result.value !== null && result.value !== undefined && !isPlainMapping(result.value)) {
    document.notMapping = true;
    document.diagnostics.push(diagnostic("AGENT_FRONTMATTER_NOT_MAPPING", file, fromStrict({ start: 0, end: frontmatter.text.trimEnd().length })));
    return document;
  }
  if (isPlainMapping(result.value)) document.data = toNullPrototype(result.value) as Record<string, unknown>;
  for (const entry of result.entries) {
    document.entries[entry.key] = { key: entry.key, keyRange: toRange(entry.key_), valueRange: toRange(entry.value) };
  }
  for (const [path, range] of result.paths) document.paths[path] = toRange(range);
  for (const earlier of result.duplicates) {
    document.diagnostics.push(diagnostic("AGENT_KEY_DUPLICATE", file, toRange(earlier.key_), { key: earlier.key }));
  }
  return document;
}

/** Maps a range in Claude Code's retried text back to the file as written (lines match one to one). */
function retriedRangeMapper(result: YamlResult, retry: RetryText, map: OffsetMap, firstLine: number): (range: YamlRange) => Range {
  const quoted = new Map(retry.quoted.map((line) => [line.index, line]));
  const position = (offset: number): Position => {
    const { line, col } = result.lineCounter.linePos(offset);
    const index = line - 1;
    const lineNumber = firstLine + index;
    const lineLength = map.lineEnd(lineNumber) - map.lineStart(lineNumber);
    let column = col;
    const quote = quoted.get(index);
    const tabs = retry.tabs.get(index) ?? 0;
    if (quote && col > quote.key.length + 2) column = quote.valueColumn + 1 + Math.max(0, col - (quote.key.length + 4));
    else if (tabs > 0) column = col <= 2 * tabs ? Math.ceil(col / 2) : col - tabs;
    return { line: lineNumber, column: Math.min(column, lineLength + 1) };
  };
  return (range) => ({ start: position(range.start), end: position(range.end) });
}
