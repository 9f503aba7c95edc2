/**
 * URLs and e-mail addresses in a prompt. Their words are names (a host, a mailbox, a repository), not what
 * the user asks for: "ops@backend-architect.io" is neither a request to the agent nor backend work.
 */

/** A whitespace-free chunk of a prompt; whitespace is what {@link isSpace} says it is. */
export const CHUNK = /[^ \t\n\v\f\r\u00a0\u3000\u2028\u2029]+/g;

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

/**
 * Tells whether chunks of one text are URLs (`scheme://`, `www.`) or e-mail addresses (`name@host`). The chunks
 * must be asked about in order: the next `://` and `@` are found once and reused, so a whole prompt costs one
 * pass however many chunks it has.
 */
export function addressFinder(text: string): (start: number, end: number) => boolean {
  let nextScheme = -2;
  let nextAt = -2;
  return (start, end) => {
    let i = start;
    while (i < end && (text.charCodeAt(i) === 40 || text.charCodeAt(i) === 60)) i += 1; // ( <
    if (end - i >= 4 && (text.charCodeAt(i) | 32) === 119 && (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46) {
      return true; // www.
    }
    if (nextScheme !== -1 && nextScheme < start) nextScheme = text.indexOf("://", start);
    if (nextScheme !== -1 && nextScheme + 2 < end) return true;
    if (nextAt !== -1 && nextAt < start) nextAt = text.indexOf("@", start);
    while (nextAt !== -1 && nextAt < end) {
      if (nextAt > start && isWordChar(text.charCodeAt(nextAt - 1))) return true; // name@host
      nextAt = text.indexOf("@", nextAt + 1);
    }
    return false;
  };
}

/** [start, end) of every URL and e-mail address, flat and in order. One pass, none when the text cannot hold one. */
export function addressRanges(text: string): number[] {
  const ranges: number[] = [];
  if (!text.includes("@") && !text.includes("://") && !/www\./i.test(text)) return ranges;
  const isAddress = addressFinder(text);
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match !== null; match = CHUNK.exec(text)) {
    const end = match.index + match[0].length;
    if (isAddress(match.index, end)) ranges.push(match.index, end);
  }
  return ranges;
}
