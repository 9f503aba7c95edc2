import { codeMask } from "./code-spans.js";
import { stem } from "./stem.js";

/** An `@name` or `@"name (agent)"` mention (never an e-mail address, never inside a URL). */
export interface Mention {
  /** Lower-cased name without the `@`, quotes, and trailing punctuation. */
  name: string;
  inCode: boolean;
}

/** A prompt as the router reads it: the stems of its words in order, which of them are code, and its mentions. */
export interface Tokens {
  stems: string[];
  /** 1 where the word at the same index sits in a code span. */
  inCode: Uint8Array;
  mentions: Mention[];
}

/**
 * Stands for an HTTP method followed by a path ("GET /events", "`POST /payments`"): API work however it is
 * worded. It holds a space, so no word of a prompt can be it.
 */
export const HTTP_ROUTE_STEM = "method /path";
/** Stands for a URL path with no method before it ("/invoices/42", "/healthz"); like HTTP_ROUTE_STEM, no word can be it. */
export const URL_PATH_STEM = "url /path";
const HTTP_METHODS = new Set(["get", "post", "put", "patch", "delete"]);
/** First segments of file-system paths ("delete /tmp/x", "put /usr/local/bin on PATH"): not API routes. */
const FILESYSTEM_ROOTS = new Set(["usr", "etc", "var", "tmp", "home", "bin", "sbin", "opt", "dev", "proc", "mnt", "sys", "lib", "root", "private", "volumes", "applications", "library", "system"]);
/** Quotes and emphasis that may wrap a method or a path. */
const WRAPPERS = "`'\"*_([";

const MAX_QUOTED_MENTION = 120;
/** What may stand right before a mention's `@` in the same chunk; anything else (a letter, `/`, `.`) is an address or a path. */
const OPENERS = "([{<\"'*_,;:";
/** Distinct words remembered by the stem cache; beyond it words are stemmed afresh (still linear). */
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function cachedStem(lower: string): string {
  const known = stemCache.get(lower);
  if (known !== undefined) return known;
  const value = stem(lower);
  if (stemCache.size < STEM_CACHE_LIMIT) stemCache.set(lower, value);
  return value;
}

/** The chunk text[start, end) without the wrapping quotes, backticks and emphasis, lower-cased, if short. */
function bareChunk(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && WRAPPERS.includes(text[from] ?? "")) from += 1;
  while (to > from && (WRAPPERS.includes(text[to - 1] ?? "") || ")]:,".includes(text[to - 1] ?? ""))) to -= 1;
  return to - from <= 8 ? text.slice(from, to).toLowerCase() : "";
}

/** True when the chunk at start is a path: `/` then a letter, `:` or `{` (not `//`, not a lone slash). */
function isPathChunk(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && WRAPPERS.includes(text[i] ?? "")) i += 1;
  if (text.charCodeAt(i) !== 47 || i + 1 >= end) return false;
  const next = text.charCodeAt(i + 1);
  if (next === 58 || next === 123) return true;
  if (!isWordChar(next)) return false;
  let segmentEnd = i + 1;
  while (segmentEnd < end && segmentEnd - i <= 13 && isWordChar(text.charCodeAt(segmentEnd))) segmentEnd += 1;
  return !FILESYSTEM_ROOTS.has(text.slice(i + 1, segmentEnd).toLowerCase());
}

/**
 * A path chunk that reads as a URL path rather than a file: no dot in its last segment ("/static/app.css",
 * "/src/index.ts" are files). Called only on chunks isPathChunk accepted.
 */
function isUrlPath(text: string, start: number, end: number): boolean {
  let to = end;
  while (to > start && (WRAPPERS.includes(text[to - 1] ?? "") || ")]:,.?!;".includes(text[to - 1] ?? ""))) to -= 1;
  for (let j = to - 1; j > start; j -= 1) {
    const c = text.charCodeAt(j);
    if (c === 47) return true;
    if (c === 46) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

function isNameChar(code: number): boolean {
  // Letters, digits, and the punctuation an agent type can hold: - _ . :
  return isWordChar(code) || code === 45 || code === 95 || code === 46 || code === 58;
}

/** True when text[start, end) (a whitespace-free chunk) is a URL or an e-mail address, whose words say nothing. */
function isAddress(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 40 || text.charCodeAt(i) === 60)) i += 1; // ( <
  if (end - i >= 4 && (text.charCodeAt(i) | 32) === 119 && (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46) {
    return true; // www.
  }
  for (let j = start; j < end; j += 1) {
    const code = text.charCodeAt(j);
    if (code === 58 && text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 2) === 47 && j + 2 < end) return true; // ://
    if (code === 64 && j > start && isWordChar(text.charCodeAt(j - 1))) return true; // name@host
  }
  return false;
}

/**
 * Splits a prompt into word stems and mentions in one left-to-right pass. URLs and e-mail addresses are
 * dropped whole; code spans are kept but flagged, so callers decide what code may trigger.
 */
export function tokenize(text: string): Tokens {
  const stems: string[] = [];
  const codeFlags: number[] = [];
  const mentions: Mention[] = [];
  const code = codeMask(text);
  const n = text.length;
  let i = 0;
  let afterMethod = false;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    if (i >= n) break;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
    if (isAddress(text, i, end)) {
      afterMethod = false;
      i = end;
      continue;
    }
    if (isPathChunk(text, i, end) && (afterMethod || isUrlPath(text, i, end))) {
      stems.push(afterMethod ? HTTP_ROUTE_STEM : URL_PATH_STEM);
      codeFlags.push(code[i] ?? 0);
    }
    afterMethod = HTTP_METHODS.has(bareChunk(text, i, end));
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 64 /* @ */ && (j === i || OPENERS.includes(text[j - 1] ?? ""))) {
        if (text.charCodeAt(j + 1) === 34 /* " */) {
          const limit = Math.min(n, j + 2 + MAX_QUOTED_MENTION);
          let close = j + 2;
          while (close < limit && text.charCodeAt(close) !== 34) close += 1;
          if (close < limit) {
            mentions.push({ name: text.slice(j + 2, close).trim().toLowerCase(), inCode: code[j] === 1 });
            j = close + 1;
            if (j > end) {
              end = j;
              while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
            }
            continue;
          }
          j += 1;
          continue;
        }
        let k = j + 1;
        while (k < end && isNameChar(text.charCodeAt(k))) k += 1;
        let nameEnd = k;
        while (nameEnd > j + 1 && ".:-_".includes(text[nameEnd - 1] ?? "")) nameEnd -= 1;
        // `@scope/package` is an npm package, not a mention.
        if (nameEnd > j + 1 && text.charCodeAt(k) !== 47) mentions.push({ name: text.slice(j + 1, nameEnd).toLowerCase(), inCode: code[j] === 1 });
        j = nameEnd > j + 1 ? nameEnd : j + 1;
        continue;
      }
      if (isWordChar(c)) {
        let k = j + 1;
        while (k < end && isWordChar(text.charCodeAt(k))) k += 1;
        stems.push(cachedStem(text.slice(j, k).toLowerCase()));
        codeFlags.push(code[j] ?? 0);
        j = k;
        continue;
      }
      j += 1;
    }
    i = end;
  }
  return { stems, inCode: Uint8Array.from(codeFlags), mentions };
}
