/**
 * The character classes the router splits text by. Han, Hiragana, Katakana and Hangul runs (with the Katakana
 * long-vowel mark and the Han repetition mark) are kept apart from other letters, because those scripts do not
 * put spaces between words.
 */
export const CJK_CLASS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc\\u3005";

/** A run of CJK characters, or a run of other letters, digits and marks. Needs the `v` flag (class subtraction). */
export const WORD_PATTERN = `[${CJK_CLASS}]+|[[\\p{L}\\p{N}\\p{M}]--[${CJK_CLASS}]]+`;
