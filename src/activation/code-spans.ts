/**
 * Marks the characters of a prompt that sit inside Markdown code: fenced blocks (``` or ~~~ at the
 * start of a line, open until a closing fence of the same character and at least the same length, or
 * the end) and inline code (a run of N backticks up to the next run of exactly N).
 *
 * Linear: one pass collects every backtick run; each inline run finds its closer through a per-length
 * cursor that only moves forward, so no run is scanned twice.
 */
export function codeMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const runs: { start: number; length: number; lineStart: boolean }[] = [];
  let atLineStart = true;
  let onlySpaceSoFar = true;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "\n") {
      atLineStart = true;
      onlySpaceSoFar = true;
      i += 1;
      continue;
    }
    if (ch === "`" || ch === "~") {
      let end = i;
      while (end < text.length && text[end] === ch) end += 1;
      const length = end - i;
      const lineStart = atLineStart && onlySpaceSoFar;
      if (ch === "`" || (lineStart && length >= 3)) runs.push({ start: i, length: ch === "~" ? -length : length, lineStart });
      onlySpaceSoFar = false;
      i = end;
      continue;
    }
    if (ch !== " " && ch !== "\t") onlySpaceSoFar = false;
    atLineStart = atLineStart && (ch === " " || ch === "\t");
    i += 1;
  }

  // Positions (indexes into `runs`) of backtick runs by length, for inline matching.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    if (run.length > 0) {
      const list = byLength.get(run.length) ?? [];
      list.push(index);
      byLength.set(run.length, list);
    }
  });
  const cursor = new Map<number, number>();

  let r = 0;
  while (r < runs.length) {
    const run = runs[r];
    if (run === undefined) break;
    const fence = run.lineStart && Math.abs(run.length) >= 3;
    if (fence) {
      // Closing fence: a later line-start run of the same character, at least as long.
      let close = r + 1;
      while (close < runs.length) {
        const candidate = runs[close];
        if (candidate && candidate.lineStart && Math.sign(candidate.length) === Math.sign(run.length) && Math.abs(candidate.length) >= Math.abs(run.length)) break;
        close += 1;
      }
      const closer = runs[close];
      const end = closer ? closer.start + Math.abs(closer.length) : text.length;
      mask.fill(1, run.start, end);
      r = close + 1;
      continue;
    }
    if (run.length < 0) {
      r += 1;
      continue;
    }
    const list = byLength.get(run.length) ?? [];
    let at = cursor.get(run.length) ?? 0;
    while (at < list.length && (list[at] ?? Infinity) <= r) at += 1;
    cursor.set(run.length, at);
    const partner = list[at];
    if (partner === undefined) {
      r += 1;
      continue;
    }
    const closer = runs[partner];
    if (closer) mask.fill(1, run.start, closer.start + closer.length);
    r = partner + 1;
  }
  return mask;
}
