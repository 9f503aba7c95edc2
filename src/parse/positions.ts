import type { Range } from "../diagnostics/findings.js";
import type { Position } from "../diagnostics/types.js";

/**
 * Maps character offsets of a text to 1-based line/column positions. Lines end at `\n`; a leading
 * byte-order mark takes no column (editors do not show it).
 */
export class OffsetMap {
  private readonly lineStarts: number[] = [0];
  private readonly bom: number;

  constructor(private readonly text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const column = clamped - (this.lineStarts[low] ?? 0) + 1 - (low === 0 ? Math.min(this.bom, clamped) : 0);
    return { line: low + 1, column };
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(Math.max(startOffset, endOffset)) };
  }

  /** The offset of the start of 1-based `line`, or the text length past the end. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** The offset just before the line break that ends 1-based `line` (a trailing `\r` is excluded). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    if (next === undefined) return this.text.length;
    return this.text[next - 2] === "\r" ? next - 2 : next - 1;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
