/**
 * Marks the characters of a prompt that sit inside Markdown code: fenced blocks (``` or ~~~ at the
 * start of a line, open until a closing fence of the same character and at least the same length, or
 * the end) and inline code (a run of N backticks up to the next run of exactly N).
 *
 * Linear: one pass collects every backtick run; each inline run finds its closer through a per-length
 * cursor that only moves forward, so no run is scanned twice. Runs live in flat number arrays (a 1 MB
 * prompt can hold hundreds of thousands of them).
 */
export function codeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!text.includes("`") && !text.includes("~~~")) return mask;
  const starts: number[] = [];
  /** Run length; negative for a tilde fence. */
  const lengths: number[] = [];
  const atLine: boolean[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lineStart = true;
      i += 1;
      continue;
    }
    if (code === 96 || code === 126) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) === code) end += 1;
      const length = end - i;
      if (code === 96 || (lineStart && length >= 3)) {
        starts.push(i);
        lengths.push(code === 126 ? -length : length);
        atLine.push(lineStart);
      }
      lineStart = false;
      i = end;
      continue;
    }
    if (code !== 32 && code !== 9) lineStart = false;
    i += 1;
  }

  // Indexes of backtick runs by length, for inline matching.
  const byLength = new Map<number, number[]>();
  for (let r = 0; r < lengths.length; r += 1) {
    const length = lengths[r] ?? 0;
    if (length > 0) {
      const list = byLength.get(length);
      if (list) list.push(r);
      else byLength.set(length, [r]);
    }
  }
  const cursor = new Map<number, number>();

  let r = 0;
  while (r < lengths.length) {
    const length = lengths[r] ?? 0;
    const start = starts[r] ?? 0;
    if (atLine[r] && Math.abs(length) >= 3) {
      // Closing fence: a later line-start run of the same character, at least as long.
      let close = r + 1;
      while (close < lengths.length) {
        const candidate = lengths[close] ?? 0;
        if (atLine[close] && Math.sign(candidate) === Math.sign(length) && Math.abs(candidate) >= Math.abs(length)) break;
        close += 1;
      }
      const end = close < lengths.length ? (starts[close] ?? 0) + Math.abs(lengths[close] ?? 0) : text.length;
      mask.fill(1, start, end);
      r = close + 1;
      continue;
    }
    if (length < 0) {
      r += 1;
      continue;
    }
    const list = byLength.get(length) ?? [];
    let at = cursor.get(length) ?? 0;
    while (at < list.length && (list[at] ?? Infinity) <= r) at += 1;
    cursor.set(length, at);
    const partner = list[at];
    if (partner === undefined) {
      r += 1;
      continue;
    }
    mask.fill(1, start, (starts[partner] ?? 0) + length);
    r = partner + 1;
  }
  return mask;
}
