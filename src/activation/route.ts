import { tokenize, type WordToken } from "./tokenize.js";
import type { Cue, RouteDecision, Vocabulary } from "./types.js";

interface CompiledVocabulary {
  /** Cues by their first stem, longest phrase first. */
  byFirst: Map<string, Cue[]>;
  mentions: Set<string>;
  nameWords: string[];
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
  const nameWords = name.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  const result = { byFirst, mentions, nameWords };
  compiled.set(vocabulary, result);
  return result;
}

const AGENT_WORDS = new Set(["agent", "subagent"]);

/** "the backend-architect agent", "backend architect subagent", "backend-architect sub-agent". */
function plainRequestAt(words: readonly WordToken[], index: number, nameWords: readonly string[]): boolean {
  for (const [offset, nameWord] of nameWords.entries()) {
    const word = words[index + offset];
    if (!word || word.inCode || word.lower !== nameWord) return false;
  }
  const next = words[index + nameWords.length];
  if (!next || next.inCode) return false;
  if (AGENT_WORDS.has(next.lower) || next.lower === "agents" || next.lower === "subagents") return true;
  const after = words[index + nameWords.length + 1];
  return next.lower === "sub" && after !== undefined && !after.inCode && after.lower === "agent";
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
  const { byFirst, mentions, nameWords } = compile(vocabulary);
  const tokens = tokenize(prompt);
  const reasons: string[] = [];
  let explicit = false;

  const words: WordToken[] = [];
  for (const token of tokens) {
    if (token.kind === "word") words.push(token);
    else if (!token.inCode && !explicit && mentions.has(token.name)) {
      explicit = true;
      reasons.push(`explicit: @${token.name.includes(" ") ? `"${token.name}"` : token.name}`);
    }
  }

  const present = new Set<string>();
  for (const word of words) present.add(word.stem);

  let score = 0;
  const counted = new Set<Cue>();
  for (let i = 0; i < words.length; ) {
    const word = words[i];
    if (word === undefined) break;
    if (!explicit && nameWords.length > 0 && word.lower === nameWords[0] && plainRequestAt(words, i, nameWords)) {
      explicit = true;
      reasons.unshift(`explicit: "${nameWords.join("-")} agent"`);
    }
    let advance = 1;
    for (const cue of byFirst.get(word.stem) ?? []) {
      let matches = true;
      for (let t = 1; t < cue.terms.length; t += 1) {
        if (words[i + t]?.stem !== cue.terms[t]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      if (cue.requires && !cue.requires.some((term) => present.has(term))) continue;
      advance = cue.terms.length;
      if (!counted.has(cue)) {
        counted.add(cue);
        score += cue.weight;
        reasons.push(`${formatWeight(cue.weight)} ${cue.label} (${cue.source})`);
      }
      break;
    }
    i += advance;
  }

  return { activate: explicit || score >= vocabulary.threshold, explicit, score, reasons };
}
