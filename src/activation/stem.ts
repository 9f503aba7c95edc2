/**
 * A deliberately small stemmer: it only has to map the forms people type ("tokens", "caching",
 * "indexes", "queued") onto the form the vocabulary uses, the same way for both. It never looks at
 * more than a few trailing characters, so it costs O(word length).
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  indices: "index",
  schemata: "schema",
  data: "data",
  status: "status",
  analysis: "analysis",
  // "another customer" is "other customer": one cue for both.
  another: "other",
};

function undouble(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const before = word.charCodeAt(word.length - 2);
  // "mapping" → "mapp" → "map"; but keep "ss", "ll" words like "pass"/"poll" whole.
  if (last === before && !"slz".includes(word[word.length - 1] ?? "")) return word.slice(0, -1);
  return word;
}

/**
 * British -ise/-isation spellings of the verbs the vocabulary uses ("authorisation", "normalise",
 * "serialisable", "optimising") read as their -ize forms. Only after these letters, so "promise",
 * "exercise", "enterprise" and "raise" stay as they are.
 */
const BRITISH_ISE = /(al|ar|or|im|it|an|ri|gn)is(e|ed|es|ing|ation|ations|able|er|ers)$/;

/** Lower-case stem of one word. Both the prompt and the vocabulary go through this. */
export function stem(input: string): string {
  let word = input.toLowerCase();
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length > 6 && word.includes("is")) word = word.replace(BRITISH_ISE, "$1iz$2");
  if (word.length > 4 && word.endsWith("ies")) word = `${word.slice(0, -3)}y`;
  else if (word.length > 4 && word.endsWith("sses")) word = word.slice(0, -2);
  else if (word.length > 4 && /(?:[sxz]|ch|sh)es$/.test(word.slice(-4))) word = word.slice(0, -2);
  else if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word.slice(-2))) word = word.slice(0, -1);
  if (word.length > 5 && word.endsWith("ing")) word = undouble(word.slice(0, -3));
  else if (word.length > 4 && word.endsWith("ed") && !word.endsWith("eed")) word = undouble(word.slice(0, -2));
  if (word.length > 3 && word.endsWith("e")) word = word.slice(0, -1);
  return word;
}
