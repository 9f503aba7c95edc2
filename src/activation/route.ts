import { stem } from "./stem.js";
import { tokenize } from "./tokenize.js";
import type { Cue, RouteDecision, Vocabulary } from "./types.js";

interface CompiledVocabulary {
  /** Cues by their first stem, longest phrase first. */
  byFirst: Map<string, Cue[]>;
  mentions: Set<string>;
  /** Stems of the agent name's words ("backend", "architect"). */
  nameWords: string[];
  /** Every stem some cue needs as context: only these are collected from the prompt. */
  contextStems: Set<string>;
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
  const contextStems = new Set(vocabulary.cues.flatMap((cue) => cue.requires ?? []));
  const result = { byFirst, mentions, nameWords, contextStems };
  compiled.set(vocabulary, result);
  return result;
}

const AGENT_WORDS = new Set(["agent", "subagent"]);

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

function formatWeight(weight: number): string {
  return weight > 0 ? `+${weight}` : `${weight}`;
}

/**
 * Decides whether a prompt is this agent's work. Pure and linear in the prompt's length: one
 * tokenising pass, then one pass over the words where each word looks up the few cues that start
 * with it. Each cue counts once; the longest cue at a position wins and consumes its words.
 */
export function route(prompt: string, vocabulary: Vocabulary): RouteDecision {
  const { byFirst, mentions, nameWords, contextStems } = compile(vocabulary);
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
  for (const word of stems) if (contextStems.has(word)) present.add(word);

  let score = 0;
  const counted = new Set<Cue>();
  const firstName = nameWords[0];
  for (let i = 0; i < stems.length; ) {
    const word = stems[i] ?? "";
    if (!explicit && word === firstName && plainRequestAt(stems, inCode, i, nameWords)) {
      explicit = true;
      reasons.unshift(`explicit: "${vocabulary.agentName} agent"`);
    }
    let advance = 1;
    for (const cue of byFirst.get(word) ?? []) {
      let matches = true;
      for (let t = 1; t < cue.terms.length; t += 1) {
        if (stems[i + t] !== cue.terms[t]) {
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
