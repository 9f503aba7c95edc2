import { stem } from "./stem.js";
import { HTTP_ROUTE_STEM, tokenize } from "./tokenize.js";
import type { Cue, RouteDecision, Vocabulary } from "./types.js";
import { buildTypoIndex, TYPO_MIN_LENGTH, typoCue, type TypoIndex } from "./typos.js";

interface CompiledVocabulary {
  /** Cues by their first stem, longest phrase first. */
  byFirst: Map<string, Cue[]>;
  mentions: Set<string>;
  /** Stems of the agent name's words ("backend", "architect"). */
  nameWords: string[];
  /** Every stem some cue needs as context: only these are collected from the prompt. */
  contextStems: Set<string>;
  typos: TypoIndex;
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>();

function compile(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const byFirst = new Map<string, Cue[]>();
  for (const cue of vocabulary.cues) {
    const first = cue.terms[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(cue);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  const name = vocabulary.agentName.toLowerCase();
  const mentions = new Set<string>([name, `agent-${name}`]);
  for (const type of vocabulary.agentTypes) {
    const lower = type.toLowerCase();
    mentions.add(lower);
    mentions.add(`agent-${lower}`);
    mentions.add(`${lower} (agent)`);
  }
  const nameWords = name.split(/[^a-z0-9]+/).filter((word) => word.length > 0).map(stem);
  const contextStems = new Set(vocabulary.cues.flatMap((cue) => [...(cue.requires ?? []), ...(cue.unless ?? [])]));
  const result = { byFirst, mentions, nameWords, contextStems, typos: buildTypoIndex(vocabulary.cues) };
  compiled.set(vocabulary, result);
  return result;
}

const AGENT_WORDS = new Set(["agent", "subagent"]);
/** Verbs that ask for a thing to be made: an artifact right after one of them is what the user wants. */
const MAKE_VERBS = new Set(["write", "create", "build", "make", "design", "generate", "add", "convert", "need", "want", "scaffold", "draft", "implement", "set"].map(stem));
/** Words after which the real question starts ("the CSS is fine, but the API ..."). */
const PIVOTS = new Set(["but", "however", "though", "although", "instead", "problem"].map(stem));
/** An artifact within this many words of the start, or of a make-verb before it, is the thing asked for. */
const ARTIFACT_REACH = 3;
const ENDPOINT_STEM = stem("endpoint");
const SINGLE_WORD = /^[a-z0-9]{1,60}$/;
/** Unknown long words checked for a typo per prompt. */
const TYPO_ATTEMPTS = 1_000;

/** "the backend-architect agent", "backend architect subagent", "backend-architect sub-agent". */
function plainRequestAt(stems: readonly string[], inCode: Uint8Array, index: number, nameWords: readonly string[]): boolean {
  for (const [offset, nameWord] of nameWords.entries()) {
    if (stems[index + offset] !== nameWord || inCode[index + offset] === 1) return false;
  }
  const at = index + nameWords.length;
  const next = stems[at];
  if (next === undefined || inCode[at] === 1) return false;
  if (AGENT_WORDS.has(next)) return true;
  return next === "sub" && stems[at + 1] === "agent" && inCode[at + 1] !== 1;
}

/** The agent's name ("backend architect") starting at index, every word of it inside code. */
function nameInCodeAt(stems: readonly string[], inCode: Uint8Array, index: number, nameWords: readonly string[]): boolean {
  if (nameWords.length === 0) return false;
  for (const [offset, nameWord] of nameWords.entries()) {
    if (stems[index + offset] !== nameWord || inCode[index + offset] !== 1) return false;
  }
  return true;
}

function formatWeight(weight: number): string {
  return weight > 0 ? `+${weight}` : `${weight}`;
}

/**
 * Decides whether a prompt is this agent's work. Pure and linear in the prompt's length: one
 * tokenising pass, then one pass over the words where each word looks up the few cues that start
 * with it. Each cue counts once; the longest cue at a position wins and consumes its words.
 */
export function route(prompt: string, vocabulary: Vocabulary): RouteDecision {
  const { byFirst, mentions, nameWords, contextStems, typos } = compile(vocabulary);
  const { stems, inCode, mentions: found } = tokenize(prompt);
  const reasons: string[] = [];
  let explicit = false;

  for (const mention of found) {
    if (!mention.inCode && mentions.has(mention.name)) {
      explicit = true;
      reasons.push(`explicit: @${mention.name.includes(" ") ? `"${mention.name}"` : mention.name}`);
      break;
    }
  }

  const present = new Set<string>();
  for (const word of stems) {
    if (contextStems.has(word)) present.add(word);
    // "GET /events" is context for whatever needs an API around it, as the word "endpoint" would be.
    else if (word === HTTP_ROUTE_STEM) present.add(ENDPOINT_STEM);
  }

  const counted = new Set<Cue>();
  const hits: { cue: Cue; weight: number; detail: string }[] = [];
  let artifact: Cue | undefined;
  // A real prompt's typos are in its first few hundred unknown long words; the cap keeps a 1 MB prompt cheap.
  let typoBudget = TYPO_ATTEMPTS;
  const inContext = (cue: Cue) =>
    (!cue.requires || cue.requires.some((term) => present.has(term))) && !cue.unless?.some((term) => present.has(term));
  let lastPivot = -1;
  for (const [index, word] of stems.entries()) if (PIVOTS.has(word)) lastPivot = index;
  /** "write a Helm chart", "a landing page for ...": the artifact opens the request or follows a make-verb, and no "but" comes after. */
  const requested = (at: number) => {
    if (at < 0 || lastPivot > at) return false;
    if (at < ARTIFACT_REACH) return true;
    for (let back = 1; back <= ARTIFACT_REACH; back += 1) if (MAKE_VERBS.has(stems[at - back] ?? "")) return true;
    return false;
  };
  const count = (cue: Cue, note?: string, at = -1) => {
    if (counted.has(cue)) return;
    counted.add(cue);
    let weight = cue.weight;
    let detail: string = cue.source;
    if (!inContext(cue)) {
      weight = cue.alone ?? 0;
      detail = `${detail}, no context`;
    }
    if (note !== undefined) detail = `${detail}, ${note}`;
    if (weight < 0 && (cue.artifact === "always" || (cue.artifact === "requested" && requested(at)))) artifact ??= cue;
    if (weight !== 0) hits.push({ cue, weight, detail });
  };
  const firstName = nameWords[0];
  for (let i = 0; i < stems.length; ) {
    const word = stems[i] ?? "";
    // The agent's name quoted in code (`@backend-architect`, a snippet) is not a request, and its word
    // "backend" is not backend work: skip it whole.
    if (word === firstName && nameInCodeAt(stems, inCode, i, nameWords)) {
      i += nameWords.length;
      continue;
    }
    if (!explicit && word === firstName && plainRequestAt(stems, inCode, i, nameWords)) {
      explicit = true;
      reasons.unshift(`explicit: "${vocabulary.agentName} agent"`);
    }
    let advance = 1;
    const candidates = byFirst.get(word);
    for (const cue of candidates ?? []) {
      let matches = true;
      for (let t = 1; t < cue.terms.length; t += 1) {
        if (stems[i + t] !== cue.terms[t]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      // A cue that needs context and has no weight without it leaves its words to shorter cues.
      if (cue.alone === undefined && !inContext(cue)) continue;
      advance = cue.terms.length;
      count(cue, undefined, i);
      break;
    }
    if (candidates === undefined && inCode[i] !== 1 && typoBudget > 0 && word.length >= TYPO_MIN_LENGTH) {
      typoBudget -= 1;
      const near = typoCue(word, typos);
      if (near !== undefined) count(near, `typo "${word}"`);
    }
    i += advance;
  }

  // "@Transactional", "@Entity": an annotation or decorator that is not an agent's name is code, and its one
  // word can be a cue like any other.
  for (const mention of found) {
    if (mentions.has(mention.name) || !SINGLE_WORD.test(mention.name)) continue;
    const cue = byFirst.get(stem(mention.name))?.find((candidate) => candidate.terms.length === 1);
    if (cue !== undefined) count(cue, `@${mention.name}`);
  }

  // Asked for a UI or infrastructure artifact, the backend words in the prompt describe what it shows or runs.
  let score = 0;
  for (const { cue, weight: full, detail } of hits) {
    const weight = artifact !== undefined && full > 0 ? Math.floor(full / 2) : full;
    score += weight;
    const halved = weight !== full ? `, halved: the request is a ${artifact?.label}` : "";
    if (weight !== 0) reasons.push(`${formatWeight(weight)} ${cue.label} (${detail}${halved})`);
  }

  return { activate: explicit || score >= vocabulary.threshold, explicit, score, reasons };
}
