/**
 * URLs and e-mail addresses in a prompt. Their words are names (a host, a mailbox, a repository), not what
 * the user asks for: "ops@backend-architect.io" is neither a request to the agent nor backend work.
 */

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 127;
}

/** True when text[start, end) (a whitespace-free chunk) is a URL (`scheme://`, `www.`) or an e-mail address. */
export function isAddress(text: string, start: number, end: number): boolean {
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

/** [start, end) of every URL and e-mail address, flat and in order. One pass. */
export function addressRanges(text: string): number[] {
  const ranges: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    let end = i;
    while (end < n && !isSpace(text.charCodeAt(end))) end += 1;
    if (end > i && isAddress(text, i, end)) ranges.push(i, end);
    i = end;
  }
  return ranges;
}
