import matter from "gray-matter";

/** What Claude Code cuts out of an agent file before any YAML is read. */
export interface Split {
  /** Length of a leading byte-order mark (0 or 1), which Claude Code strips. */
  bomLength: number;
  /** Null when Claude Code sees no frontmatter. */
  frontmatter: { text: string; start: number; end: number; blockEnd: number } | null;
  /** Offset (in the original text) where the body starts. */
  bodyStart: number;
  /** What gray-matter reads after the opening `---` (e.g. `js`), if anything. */
  language: string | null;
  /** True when gray-matter would close the block at a later `---` line than Claude Code does. */
  closedMidLine: boolean;
}

// The pinned Claude Code release: the block is everything up to the FIRST `---`, wherever it is on its line.
const FRONTMATTER = /^---\s*\n([\s\S]*?)---\s*\n?/d;

/** Engines that refuse to run anything: a `---js` block must never be evaluated. */
const refuse = (language: string) => () => {
  throw new Error(`${language} frontmatter is not evaluated`);
};
const SAFE_ENGINES = {
  yaml: { parse: () => ({}) },
  json: { parse: () => ({}) },
  javascript: { parse: refuse("javascript") },
  js: { parse: refuse("js") },
  coffee: { parse: refuse("coffee") },
};

/** Splits `text` exactly as Claude Code does, and asks gray-matter (safely) for a second opinion. */
export function splitFrontmatter(text: string): Split {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stripped = text.slice(bomLength);
  const gray = grayMatterView(stripped);
  const match = stripped.indexOf("---", 3) < 0 ? null : FRONTMATTER.exec(stripped);
  const group = match?.indices?.[1];
  if (!match || !group) {
    return { bomLength, frontmatter: null, bodyStart: 0, language: gray.language, closedMidLine: false };
  }
  const [start, end] = group;
  const frontmatter = { text: match[1] ?? "", start: start + bomLength, end: end + bomLength, blockEnd: match[0].length + bomLength };
  const closedMidLine = gray.matter !== null && gray.matter.length > frontmatter.text.length && !/(^|\n)$/.test(frontmatter.text);
  return { bomLength, frontmatter, bodyStart: frontmatter.blockEnd, language: gray.language, closedMidLine };
}

function grayMatterView(text: string): { language: string | null; matter: string | null } {
  if (!text.startsWith("---")) return { language: null, matter: null };
  try {
    // Passing options keeps gray-matter's module-wide cache out of it.
    const file = matter(text, { engines: SAFE_ENGINES, excerpt: false });
    const language = file.language && file.language !== "yaml" ? file.language : null;
    return { language, matter: file.matter };
  } catch {
    const language = matter.language(text, {}).name;
    return { language: language === "" ? null : language, matter: null };
  }
}
