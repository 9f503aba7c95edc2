import { ARTIFACT_CUES, NEGATIVE_CUES, POSITIVE_CUES, WRITING_CUES, type CueSpec, type CueTable } from "./builtin-cues.js";
import { stem } from "./stem.js";
import { HTTP_ROUTE_STEM, URL_PATH_STEM } from "./tokenize.js";
import type { Cue, CueSource, Vocabulary } from "./types.js";

/** Words that carry no topic on their own: verbs of the boundary sentences, fillers, and generic nouns. */
const GENERIC = new Set(
  [
    "a", "an", "the", "of", "for", "to", "in", "on", "with", "and", "or", "any", "all", "your", "their", "its", "by",
    "design", "handle", "manage", "create", "build", "optimize", "implement", "write", "ensure", "provide", "make",
    "use", "perform", "review", "own", "do", "comprehensive", "proper", "robust", "new", "good", "best",
    "implementation", "operation", "system", "work", "task", "code", "interaction", "practice",
  ].map(stem),
);

/** Words too ambiguous to stand alone as a cue, though fine inside a phrase. */
const AMBIGUOUS = new Set(
  ["user", "data", "experience", "interface", "error", "handling", "client", "side", "server", "service", "performance",
    "secure", "key", "model", "layer", "level", "fault", "tolerant"].map(stem),
);

const THRESHOLD = 3;

/** Weights for cues read from the agent file: [whole phrase, single word of a longer phrase]. */
const SECTION_WEIGHTS: Record<Exclude<CueSource, "builtin">, readonly [number, number]> = {
  trigger: [3, 2],
  will: [2, 1],
  "will-not": [-3, -2],
};

function words(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const ch of text.toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127) current += ch;
    else if (current) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}

/** The lines of a `## <title>` section (title matched case-insensitively), up to the next heading of its level or higher. */
export function markdownSection(markdown: string, title: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const wanted = title.toLowerCase();
  let level = 0;
  const out: string[] = [];
  for (const line of lines) {
    const hashes = line.length - line.replace(/^#+/, "").length;
    const isHeading = hashes > 0 && line[hashes] === " ";
    if (level > 0) {
      if (isHeading && hashes <= level) break;
      out.push(line);
    } else if (isHeading && line.slice(hashes).trim().toLowerCase().replace(/[*_`:]/g, "").trim() === wanted) {
      level = hashes;
    }
  }
  return out;
}

function bulletText(line: string): string | undefined {
  const match = /^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
  return match?.[1]?.replace(/[*_`]/g, "").trim();
}

/** Splits a list line into items: commas, semicolons, slashes, colons, dashes, parentheses, "and"/"or"/"with". */
function items(text: string): string[] {
  return text
    .replace(/\s+(?:and|or|with|including|such as|e\.g\.)\s+/gi, ",")
    .split(/[,;:/()—–]|\s-\s/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function trimGeneric(stems: string[]): string[] {
  let start = 0;
  let end = stems.length;
  while (start < end && GENERIC.has(stems[start] ?? "")) start += 1;
  while (end > start && GENERIC.has(stems[end - 1] ?? "")) end -= 1;
  return stems.slice(start, end);
}

/** The cues one list item yields: the phrase itself, and each of its words that can stand alone. */
function cuesOfItem(item: string, source: Exclude<CueSource, "builtin">): Cue[] {
  const itemWords = words(item);
  const stems = trimGeneric(itemWords.map(stem));
  // "error handling" trims to "error": a word too ambiguous to be a cue on its own.
  if (stems.length === 0 || (stems.length === 1 && AMBIGUOUS.has(stems[0] ?? ""))) return [];
  const [phraseWeight, wordWeight] = SECTION_WEIGHTS[source];
  const label = itemWords.filter((word) => stems.includes(stem(word))).join(" ");
  const cues: Cue[] = [{ terms: stems, weight: phraseWeight, source, label }];
  if (stems.length > 1) {
    for (const term of stems) {
      if (GENERIC.has(term) || AMBIGUOUS.has(term)) continue;
      cues.push({ terms: [term], weight: wordWeight, source, label: itemWords.find((word) => stem(word) === term) ?? term });
    }
  }
  return cues;
}

function tupleSpec(value: readonly [number, string] | readonly [number, string, number]): CueSpec {
  const [weight, context, alone] = value;
  return alone === undefined ? { weight, context } : { weight, context, alone };
}

function tableCues(table: CueTable, artifact?: Cue["artifact"]): Cue[] {
  return Object.entries(table).map(([phrase, value]) => {
    const spec: CueSpec = typeof value === "number" ? { weight: value } : "weight" in value ? value : tupleSpec(value);
    const cue: Cue = { terms: words(phrase).map(stem), weight: spec.weight, source: "builtin", label: phrase };
    if (spec.context !== undefined) cue.requires = words(spec.context).map(stem).filter((term) => !cue.terms.includes(term));
    if (spec.alone !== undefined) cue.alone = spec.alone;
    if (spec.unless !== undefined) cue.unless = words(spec.unless).map(stem);
    if (artifact !== undefined) cue.artifact = artifact;
    return cue;
  });
}

/** The agent's `name:` from its frontmatter, read line by line (no YAML needed for one scalar). */
export function agentNameOf(markdown: string): string | undefined {
  const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return undefined;
  for (const line of lines.slice(1)) {
    if (line.trim() === "---") return undefined;
    const match = /^name:\s*(.*)$/.exec(line);
    if (match) return match[1]?.trim().replace(/^(["'])(.*)\1$/, "$2") || undefined;
  }
  return undefined;
}

/** Cues read from the agent file: its `Auto-Activation Triggers` bullets and its `Boundaries` Will / Will Not lists. */
export function agentCues(markdown: string): Cue[] {
  const cues: Cue[] = [];
  for (const line of markdownSection(markdown, "Auto-Activation Triggers")) {
    const text = bulletText(line);
    if (text) for (const item of items(text)) cues.push(...cuesOfItem(item, "trigger"));
  }
  let list: "will" | "will-not" | undefined;
  for (const line of markdownSection(markdown, "Boundaries")) {
    const plain = line.replace(/[*_`]/g, "").trim().toLowerCase();
    if (/^will not\b|^won't\b/.test(plain)) list = "will-not";
    else if (/^will\b/.test(plain)) list = "will";
    // Boundary bullets are sentences that open with their verb ("Design ...", "Handle ..."): drop it.
    const text = bulletText(line)?.replace(/^\S+\s+/, "");
    if (text && list) for (const item of items(text)) cues.push(...cuesOfItem(item, list));
  }
  return cues;
}

/**
 * The router's vocabulary for an agent file: the built-in cues, plus every cue the agent file adds.
 * Where both know a cue, the built-in weight stays (it was tuned) and the reason names the agent file.
 */
export function buildVocabulary(markdown: string, options: { agentName?: string } = {}): Vocabulary {
  const agentName = (options.agentName ?? agentNameOf(markdown) ?? "backend-architect").toLowerCase();
  const byKey = new Map<string, Cue>();
  // "GET /events", "POST /payments": the tokenizer marks an HTTP method followed by a path.
  const httpRoute: Cue = { terms: [HTTP_ROUTE_STEM], weight: 3, source: "builtin", label: "METHOD /path" };
  // "/invoices/42", "/healthz": a URL path on its own is a little API context.
  const urlPath: Cue = { terms: [URL_PATH_STEM], weight: 1, source: "builtin", label: "/path" };
  for (const cue of [httpRoute, urlPath, ...tableCues(POSITIVE_CUES), ...tableCues(NEGATIVE_CUES), ...tableCues(ARTIFACT_CUES, "requested"), ...tableCues(WRITING_CUES, "always")]) {
    const key = cue.terms.join(" ");
    const existing = byKey.get(key);
    if (!existing || Math.abs(cue.weight) > Math.abs(existing.weight)) byKey.set(key, cue);
  }
  for (const cue of agentCues(markdown)) {
    const key = cue.terms.join(" ");
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, cue);
    else if (existing.source === "builtin" && Math.sign(existing.weight) === Math.sign(cue.weight)) {
      byKey.set(key, { ...existing, source: cue.source });
    }
  }
  return {
    agentName,
    agentTypes: [agentName, `${agentName}:${agentName}`],
    cues: [...byKey.values()],
    threshold: THRESHOLD,
  };
}
