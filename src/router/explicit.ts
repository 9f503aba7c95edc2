import { addressFinder, CHUNK, isSpace, isWordChar } from "./addresses.js";
import { codeMask } from "./code-spans.js";
import { WORD_PATTERN } from "./scripts.js";

/**
 * Naming the agent is a rule, not a feature of the model: `@backend-architect`, `@agent-backend-architect`,
 * `@agent-backend-architect:backend-architect`, `@"backend-architect (agent)"`, and "the backend-architect
 * agent" in the languages the router reads ("el agente backend-architect", "den backend-architect Agenten",
 * "backend-architect 에이전트한테"). A mention inside inline or fenced code, a URL or an e-mail address is
 * talk about the agent, not a request to it, and does not count.
 *
 * Linear: one pass over whitespace-separated chunks for `@` mentions and addresses, one pass over words.
 */

/** Words for "agent" next to the agent's name. CJK ones may have particles attached ("에이전트한테", "エージェントに"). */
const AGENT_WORD = /^(?:sub|sous)?agent(?:s|e|es|en|in|innen)?$|^(?:суб|саб)?агент(?:а|у|ом|е|ы|ов|ам|ами|ах)?$|^(?:sub)?agentti$/;
const CJK_AGENT_WORDS = ["サブエージェント", "エージェント", "서브에이전트", "에이전트", "子代理", "子智能体", "智能体", "代理"];
/** "sub agent", "sous agent": the agent word with a separate prefix word before it. */
const SUB_WORDS = new Set(["sub", "sous", "суб", "саб"]);

const MAX_QUOTED_MENTION = 120;
/** What may stand right before a mention's `@` in the same chunk; anything else (a letter, `/`, `.`) is an address or a path. */
const OPENERS = "([{<\"'*_,;:";
const MENTION_WORD = new RegExp(WORD_PATTERN, "gv");
const NON_ASCII = /[^\x00-\x7f]/;

/** How the agent may be called by `@`, lower case, for an agent named `name`. */
function mentionForms(name: string): Set<string> {
  const forms = new Set<string>();
  for (const type of [name, `${name}:${name}`]) {
    forms.add(type);
    forms.add(`agent-${type}`);
    forms.add(`${type} (agent)`);
  }
  return forms;
}

function isNameChar(code: number): boolean {
  // Letters, digits, and the punctuation an agent type can hold: - _ . :
  return isWordChar(code) || code === 45 || code === 95 || code === 46 || code === 58;
}

interface Scan {
  /** The first `@` mention of the agent outside code, as written (lower case). */
  mention: string | undefined;
  /** [start, end) of each URL or e-mail address, in order. */
  addresses: number[];
}

/** The `@` mentions and the addresses of a prompt, chunk by chunk. */
function scanChunks(text: string, code: Uint8Array, forms: Set<string>): Scan {
  const addresses: number[] = [];
  // Neither a mention nor an address without one of these: most prompts need no scan at all.
  if (!text.includes("@") && !text.includes("://") && !/www\./i.test(text)) return { mention: undefined, addresses };
  const n = text.length;
  const isAddress = addressFinder(text);
  // The next `@` at or after a position, found once and reused: searching from every chunk would be quadratic.
  let nextAt = -2;
  const atFrom = (from: number) => {
    if (nextAt !== -1 && nextAt < from) nextAt = text.indexOf("@", from);
    return nextAt;
  };
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match !== null; match = CHUNK.exec(text)) {
    const i = match.index;
    let end = i + match[0].length;
    if (isAddress(i, end)) {
      addresses.push(i, end);
      continue;
    }
    let j = atFrom(i);
    while (j !== -1 && j < end) {
      if (j === i || OPENERS.includes(text[j - 1] ?? "")) {
        let name: string | undefined;
        let after = j + 1;
        if (text.charCodeAt(j + 1) === 34 /* " */) {
          const limit = Math.min(n, j + 2 + MAX_QUOTED_MENTION);
          let close = j + 2;
          while (close < limit && text.charCodeAt(close) !== 34) close += 1;
          if (close < limit) {
            name = text.slice(j + 2, close).trim().toLowerCase();
            after = close + 1;
            if (after > end) {
              // The quoted name ran past the chunk: the chunk ends at the next space after the closing quote.
              end = after;
              while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
              CHUNK.lastIndex = end;
            }
          }
        } else {
          let k = j + 1;
          while (k < end && isNameChar(text.charCodeAt(k))) k += 1;
          let nameEnd = k;
          while (nameEnd > j + 1 && ".:-_".includes(text[nameEnd - 1] ?? "")) nameEnd -= 1;
          // `@scope/package` is an npm package, not a mention.
          if (nameEnd > j + 1 && text.charCodeAt(k) !== 47) name = text.slice(j + 1, nameEnd).toLowerCase();
          after = Math.max(nameEnd, j + 1);
        }
        if (name !== undefined && code[j] !== 1 && forms.has(name)) return { mention: name.includes(" ") ? `@"${name}"` : `@${name}`, addresses };
        j = atFrom(after);
        continue;
      }
      j = atFrom(j + 1);
    }
  }
  return { mention: undefined, addresses };
}

function isAgentWord(word: string): boolean {
  return AGENT_WORD.test(word);
}

/** How many characters (a particle, "这个", "の") may stand between the name and a CJK agent word in the same run. */
const CJK_GAP = 3;

/** The CJK agent word near the start of a run ("에이전트한테", "这个代理", "のエージェントに"), if any. */
function leadingCjkAgentWord(run: string): string | undefined {
  return CJK_AGENT_WORDS.find((agentWord) => {
    const at = run.indexOf(agentWord);
    return at !== -1 && at <= CJK_GAP;
  });
}

/** The CJK agent word near the end of a run ("用子代理", "エージェントの"), if any. */
function trailingCjkAgentWord(run: string): string | undefined {
  return CJK_AGENT_WORDS.find((agentWord) => {
    const at = run.lastIndexOf(agentWord);
    return at !== -1 && run.length - (at + agentWord.length) <= CJK_GAP;
  });
}

/**
 * "the backend-architect agent", "backend architect subagent", "el agente backend-architect",
 * "backend-architect 에이전트한테": the name's words in a row, with an agent word right after or right before.
 */
function plainRequest(words: readonly string[], nameWords: readonly string[]): string | undefined {
  const first = nameWords[0];
  if (first === undefined) return undefined;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i] !== first) continue;
    let matches = true;
    for (let k = 1; k < nameWords.length; k += 1) {
      if (words[i + k] !== nameWords[k]) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    const next = words[i + nameWords.length] ?? "";
    const afterNext = words[i + nameWords.length + 1] ?? "";
    const before = words[i - 1] ?? "";
    const name = nameWords.join("-");
    if (isAgentWord(next)) return `${name} ${next}`;
    if (SUB_WORDS.has(next) && isAgentWord(afterNext)) return `${name} ${next}-${afterNext}`;
    const leading = leadingCjkAgentWord(next);
    if (leading !== undefined) return `${name} ${leading}`;
    if (isAgentWord(before)) return `${before} ${name}`;
    const trailing = trailingCjkAgentWord(before);
    if (trailing !== undefined) return `${trailing} ${name}`;
  }
  return undefined;
}

/**
 * How the prompt names the agent, if it does: the mention as written (`@backend-architect`,
 * `backend-architect agent`, `agente backend-architect`), else `undefined`.
 */
export function explicitMention(text: string, agentName = "backend-architect"): string | undefined {
  const name = agentName.toLowerCase();
  const code = codeMask(text);
  const { mention, addresses } = scanChunks(text, code, mentionForms(name));
  if (mention !== undefined) return mention;

  const nameWords = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  // No plain request without the name's first word: most prompts stop here.
  if (!text.normalize("NFKC").toLowerCase().includes(nameWords[0] ?? "")) return undefined;

  // The words outside code and addresses, in order; a word in code or an address breaks the sequence.
  const words: string[] = [];
  let address = 0;
  MENTION_WORD.lastIndex = 0;
  for (let match = MENTION_WORD.exec(text); match !== null; match = MENTION_WORD.exec(text)) {
    const at = match.index;
    while (address < addresses.length && (addresses[address + 1] ?? 0) <= at) address += 2;
    const inAddress = address < addresses.length && (addresses[address] ?? Infinity) <= at;
    const word = match[0];
    words.push(inAddress || code[at] === 1 ? "" : NON_ASCII.test(word) ? word.normalize("NFKC").toLowerCase() : word.toLowerCase());
  }
  return plainRequest(words, nameWords);
}
