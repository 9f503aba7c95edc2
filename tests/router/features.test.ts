import { describe, expect, it } from "vitest";
import { forEachFeature, MAX_WORD_LENGTH, normalizePrompt } from "../../src/router/features.js";

function keysOf(text: string): string[] {
  const keys: string[] = [];
  forEachFeature(normalizePrompt(text), (key) => keys.push(key));
  return keys;
}

describe("features", () => {
  it.each([
    ["words, lower-cased, split at punctuation", "Rate-Limit the API", ["wrate", "wlimit", "wthe", "wapi"]],
    ["word pairs in order", "rate limit the api", ["prate limit", "plimit the", "pthe api"]],
    ["4 letters inside a word, edges marked", "idempotent", ["c<ide", "cidem", "cdemp", "cent>"]],
    ["NFKC: full-width letters and ligatures fold", "ＡＰＩ ﬁle", ["wapi", "wfile"]],
    ["other scripts are words too", "Индекс для таблицы", ["wиндекс", "pиндекс для", "c<инд"]],
    ["Han runs give characters, pairs and triples", "索引很慢", ["k索", "k索引", "k引很", "k很慢", "k索引很"]],
    ["Kana and Hangul too, a particle attached", "インデックスを 인덱스를", ["kイン", "kスを", "k인덱", "k스를"]],
    ["a CJK run and a Latin word are apart", "API接口", ["wapi", "k接口"]],
    ["an HTTP method before a path", "GET /orders?page=2 and `POST /v1/payments`", ["shttp-route"]],
  ])("%s", (_case, text, expected) => {
    const keys = keysOf(text);
    for (const key of expected) expect(keys).toContain(key);
  });

  it.each([
    ["a file-system path after a method", "delete /tmp/cache and put /usr/local/bin on PATH"],
    ["a method word without a path", "get the orders"],
  ])("no HTTP shape for %s", (_case, text) => {
    expect(keysOf(text)).not.toContain("shttp-route");
  });

  it.each([
    ["a URL", "see https://github.com/acme/backend-api/issues for the schema", ["wsee", "wfor", "wthe", "wschema"]],
    ["an e-mail address", "mail ops-backend@company.example today", ["wmail", "wtoday"]],
    ["a URL without scheme", "open www.backend.example/api now", ["wopen", "wnow"]],
  ])("the words of %s are names, not features", (_case, text, words) => {
    expect(keysOf(text).filter((key) => key.startsWith("w"))).toEqual(words);
    expect(keysOf(text).filter((key) => key.startsWith("p"))).not.toContainEqual(expect.stringContaining("backend"));
  });

  it.each([
    ["backend-architect", "ask backend-architect here", ["wask", "where"], []],
    ["Backend Architect", "the Backend Architect agent", ["wthe", "wagent"], []],
    ["in code", "`@backend-architect` said", ["wsaid"], []],
    ["backend alone is a word", "our backend is slow", ["wour", "wbackend", "wis", "wslow"], ["pour backend", "pbackend is", "pis slow"]],
    ["architect alone is a word", "architect the backend", ["warchitect", "wthe", "wbackend"], ["parchitect the", "pthe backend"]],
  ])("the agent's name is no feature: %s", (_case, text, words, pairs) => {
    const keys = keysOf(text);
    expect(keys.filter((key) => key.startsWith("w"))).toEqual(words);
    expect(keys.filter((key) => key.startsWith("p"))).toEqual(pairs);
  });

  it("a CJK run never pairs with the words around it, and digits give no letter n-grams", () => {
    const keys = keysOf("orders 注文 table 2024");
    expect(keys.filter((key) => key.startsWith("p"))).toEqual(["ptable 2024"]);
    expect(keys.some((key) => key.startsWith("c") && key.includes("2024"))).toBe(false);
  });

  it(`a run longer than ${MAX_WORD_LENGTH} characters (a hash, base64) gives nothing and breaks pairs`, () => {
    expect(keysOf(`token ${"a1".repeat(MAX_WORD_LENGTH)} rotation`)).toEqual(keysOf("token").concat(keysOf("rotation")));
  });

  it("a character outside the BMP is never cut in half", () => {
    // encodeURIComponent throws on a lone surrogate.
    for (const key of keysOf("𠮷野家 の 𠮷")) expect(() => encodeURIComponent(key)).not.toThrow();
  });
});
