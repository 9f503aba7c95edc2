// Reads agents/backend-architect.md the way Claude Code splits it: the frontmatter is the text between a
// leading `---` line and the next `---` line; the body is everything after, trimmed.
import { readFileSync } from "node:fs";

export const repoRoot = new URL("../../", import.meta.url);
export const agentPath = new URL("agents/backend-architect.md", repoRoot);

export interface SplitAgent {
  frontmatter: string;
  body: string;
}

export function splitAgent(text: string): SplitAgent | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close < 0) return undefined;
  return {
    frontmatter: lines.slice(1, close).join("\n"),
    body: lines.slice(close + 1).join("\n").trim(),
  };
}

export function readAgent(): SplitAgent {
  const split = splitAgent(readFileSync(agentPath, "utf8"));
  if (!split) throw new Error("agents/backend-architect.md has no frontmatter block");
  return split;
}

/**
 * The body's `## ` sections, keyed by heading text. A section runs to the next `## ` heading and keeps its
 * `###` subsections; headings inside fenced code blocks are ignored.
 */
export function sections(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  let fenced = false;
  const flush = (): void => {
    if (current !== undefined) result.set(current, lines.join("\n"));
  };
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^## (.+?)\s*$/.exec(line);
    if (heading?.[1] !== undefined) {
      flush();
      current = heading[1];
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return result;
}

/** Bullet items (`- text`) of a block of markdown, in order, without the marker. Continuation lines are joined. */
export function bullets(block: string): string[] {
  const items: string[] = [];
  for (const line of block.split("\n")) {
    const item = /^- (.*)$/.exec(line);
    if (item?.[1] !== undefined) items.push(item[1].trim());
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/** The `**Will:**` and `**Will Not:**` bullet lists of a Boundaries section. */
export function boundaryLists(section: string): { will: string[]; willNot: string[] } {
  const willAt = section.indexOf("**Will:**");
  const willNotAt = section.indexOf("**Will Not:**");
  if (willAt < 0 || willNotAt < willAt) return { will: [], willNot: [] };
  const afterWillNot = section.slice(willNotAt + "**Will Not:**".length);
  // The Will Not list ends at the first blank line after it.
  const willNotBlock = afterWillNot.split(/\n\s*\n/).find((block) => block.trim() !== "") ?? "";
  return {
    will: bullets(section.slice(willAt + "**Will:**".length, willNotAt)),
    willNot: bullets(willNotBlock),
  };
}
