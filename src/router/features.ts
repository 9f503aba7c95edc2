/**
 * What the router's model reads in a prompt: features that carry across the languages people type.
 *
 * The prompt is NFKC-normalised and lower-cased (full-width letters, ligatures and capitals fold onto the
 * plain forms), then split into runs of letters and digits. Runs of Han, Hiragana, Katakana or Hangul are
 * kept apart from the rest, because those scripts do not put spaces between words.
 * - `word`: a word of a space-separated script ("endpoint", "índice", "транзакция").
 * - `pair`: two words in a row ("rate limit", "double click").
 * - `chars`: 4 letters inside a word, with `<` and `>` marking its edges ("<ide", "empo", "ent>"): these carry
 *   a typo ("idempotnet"), an inflection ("migrations", "migraciones") or a compound ("Datenbankindex").
 *   (3- and 5-letter n-grams as well measured worse on the development data: naive Bayes counts the same
 *   evidence once per overlapping n-gram.)
 * - `cjk`: one to three characters inside a Han/Kana/Hangul run ("索", "索引", "数据库"): words without spaces.
 * - `shape`: the shape of technical text, whatever its language (an HTTP method before a path).
 *
 * Every feature is a key: a one-letter kind prefix and the feature's text. One pass over the prompt, and
 * each word yields a bounded number of keys, so the cost is linear in the prompt's length.
 */
import { addressRanges } from "./addresses.js";
import { CJK_CLASS, WORD_PATTERN } from "./scripts.js";

export type FeatureKind = "word" | "pair" | "chars" | "cjk" | "shape";

export const KIND_PREFIXES = { w: "word", p: "pair", c: "chars", k: "cjk", s: "shape" } as const satisfies Record<string, FeatureKind>;
export type KindPrefix = keyof typeof KIND_PREFIXES;

/** Longer letter runs are hashes, base64 or minified code: they say nothing about the request. */
export const MAX_WORD_LENGTH = 30;
export const CHAR_GRAM_SIZES = [4] as const;
export const CJK_GRAM_SIZES = [1, 2, 3] as const;

const TOKEN = new RegExp(WORD_PATTERN, "gv");
const CJK_START = new RegExp(`^[${CJK_CLASS}]`, "v");
const DIGITS = /^\p{N}+$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
/** "GET /orders", "`POST /v1/payments/{id}`": an HTTP method, then a path (not a file-system one). */
const HTTP_ROUTE = /\b(?:get|post|put|patch|delete)[`'"*]?\s+[`'"]?\/(?!(?:usr|etc|var|tmp|home|bin|opt|dev|proc|mnt|sys|lib)\b)[a-z:{]/g;

/** Receives each feature key of a prompt, in order, with the word it came from (a key may come more than once). */
export type FeatureVisitor = (key: string, word: string) => void;

/** What {@link forEachToken} finds, in order. */
export interface TokenVisitor {
  /** A word of a space-separated script, and the word right before it ("" at the start, or after a CJK run or an overlong run). */
  word(token: string, previous: string): void;
  /** A run of Han, Kana or Hangul characters. */
  cjk(run: string): void;
  /** A shape of technical text: its key and the text that made it. */
  shape(key: string, text: string): void;
}

/** The characters of a run as a list, so a character outside the BMP is never cut in half. */
function characters(run: string): string[] | string {
  return SURROGATE.test(run) ? Array.from(run) : run;
}

function gramsOf(text: string | string[], sizes: readonly number[], prefix: string, word: string, visit: FeatureVisitor): void {
  const length = text.length;
  for (const size of sizes) {
    for (let start = 0; start + size <= length; start += 1) {
      const gram = typeof text === "string" ? text.slice(start, start + size) : text.slice(start, start + size).join("");
      visit(prefix + gram, word);
    }
  }
}

/** The prompt as the features see it: NFKC, lower case. */
export function normalizePrompt(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The features of one word on its own: the word, and its letter n-grams (none for a number). */
export function wordFeatures(token: string, visit: FeatureVisitor): void {
  visit(`w${token}`, token);
  if (!DIGITS.test(token)) gramsOf(characters(`<${token}>`), CHAR_GRAM_SIZES, "c", token, visit);
}

/** The features of one CJK run: its characters and character pairs. */
export function cjkFeatures(run: string, visit: FeatureVisitor): void {
  gramsOf(characters(run), CJK_GRAM_SIZES, "k", run, visit);
}

/**
 * The agent's name is a name: "backend-architect" quoted in code, in a file name or in a sentence about the
 * agent is not evidence of backend work, so the two words in a row are no features (naming the agent is the
 * explicit rule's business, outside the model).
 */
export const AGENT_NAME_WORDS = ["backend", "architect"] as const;

/**
 * The words, CJK runs and shapes of a normalised prompt, in one pass. Words inside URLs and e-mail addresses,
 * and the agent's name, are skipped; a pair never spans what was skipped.
 */
export function forEachToken(normal: string, visitor: TokenVisitor): void {
  const addresses = addressRanges(normal);
  let address = 0;
  let previous = "";
  /** The name's first word, held until the next word says whether it is the name. */
  let held = false;
  const word = (token: string) => {
    visitor.word(token, previous);
    previous = token;
  };
  const release = () => {
    if (held) word(AGENT_NAME_WORDS[0]);
    held = false;
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(normal); match !== null; match = TOKEN.exec(normal)) {
    const token = match[0];
    while (address < addresses.length && (addresses[address + 1] ?? 0) <= match.index) address += 2;
    if (address < addresses.length && (addresses[address] ?? Infinity) <= match.index) {
      release();
      previous = "";
      continue;
    }
    if (CJK_START.test(token)) {
      release();
      previous = "";
      visitor.cjk(token);
    } else if (token.length > MAX_WORD_LENGTH) {
      release();
      previous = "";
    } else if (held && token === AGENT_NAME_WORDS[1]) {
      held = false;
      previous = "";
    } else {
      release();
      if (token === AGENT_NAME_WORDS[0]) held = true;
      else word(token);
    }
  }
  release();
  HTTP_ROUTE.lastIndex = 0;
  for (let match = HTTP_ROUTE.exec(normal); match !== null; match = HTTP_ROUTE.exec(normal)) visitor.shape("shttp-route", match[0]);
}

/** The key of two words in a row. */
export function pairKey(previous: string, token: string): string {
  return `p${previous} ${token}`;
}

/** Calls `visit` for every feature of `normal` (a prompt normalised by {@link normalizePrompt}). */
export function forEachFeature(normal: string, visit: FeatureVisitor): void {
  forEachToken(normal, {
    word(token, previous) {
      wordFeatures(token, visit);
      if (previous !== "") visit(pairKey(previous, token), `${previous} ${token}`);
    },
    cjk(run) {
      cjkFeatures(run, visit);
    },
    shape(key, text) {
      visit(key, text);
    },
  });
}
