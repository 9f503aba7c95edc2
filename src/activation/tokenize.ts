import { codeMask } from "./code-spans.js";
import { stem } from "./stem.js";

/** A word of the prompt, lower-cased and stemmed, with where it was and whether it was code. */
export interface WordToken {
  kind: "word";
  stem: string;
  lower: string;
  start: number;
  inCode: boolean;
}

/** An `@name` or `@"name (agent)"` mention (never an e-mail address, never inside a URL). */
export interface MentionToken {
  kind: "mention";
  /** Lower-cased name without the `@`, quotes, and trailing punctuation. */
  name: string;
  start: number;
  inCode: boolean;
}

export type Token = WordToken | MentionToken;

const MAX_QUOTED_MENTION = 120;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

function isNameChar(code: number): boolean {
  // Letters, digits, and the punctuation an agent type can hold: - _ . :
  return isWordChar(code) || code === 45 || code === 95 || code === 46 || code === 58;
}

/** True when the chunk (a whitespace-free stretch) is a URL or an e-mail address, whose words say nothing. */
function isAddress(text: string, start: number, end: number): boolean {
  const chunk = text.slice(start, end);
  if (chunk.includes("://")) return true;
  const lower = chunk.toLowerCase();
  if (lower.startsWith("www.") || lower.startsWith("(www.") || lower.startsWith("<www.")) return true;
  const at = chunk.indexOf("@");
  return at > 0 && isWordChar(chunk.charCodeAt(at - 1));
}

/**
 * Splits a prompt into words and mentions in one left-to-right pass. URLs and e-mail addresses are
 * dropped whole; code spans are kept but flagged, so callers decide what code may trigger.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const code = codeMask(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    if (i >= n) break;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
    if (isAddress(text, i, end)) {
      i = end;
      continue;
    }
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 64 /* @ */ && (j === i || !isWordChar(text.charCodeAt(j - 1)))) {
        if (text.charCodeAt(j + 1) === 34 /* " */) {
          const limit = Math.min(n, j + 2 + MAX_QUOTED_MENTION);
          let close = j + 2;
          while (close < limit && text.charCodeAt(close) !== 34) close += 1;
          if (close < limit) {
            tokens.push({ kind: "mention", name: text.slice(j + 2, close).trim().toLowerCase(), start: j, inCode: code[j] === 1 });
            j = close + 1;
            if (j > end) {
              end = j;
              while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
            }
            continue;
          }
        }
        let k = j + 1;
        while (k < end && isNameChar(text.charCodeAt(k))) k += 1;
        let nameEnd = k;
        while (nameEnd > j + 1 && ".:-_".includes(text[nameEnd - 1] ?? "")) nameEnd -= 1;
        if (nameEnd > j + 1) tokens.push({ kind: "mention", name: text.slice(j + 1, nameEnd).toLowerCase(), start: j, inCode: code[j] === 1 });
        j = nameEnd > j + 1 ? nameEnd : j + 1;
        continue;
      }
      if (isWordChar(c)) {
        let k = j + 1;
        while (k < end && isWordChar(text.charCodeAt(k))) k += 1;
        const lower = text.slice(j, k).toLowerCase();
        tokens.push({ kind: "word", stem: stem(lower), lower, start: j, inCode: code[j] === 1 });
        j = k;
        continue;
      }
      j += 1;
    }
    i = end;
  }
  return tokens;
}
