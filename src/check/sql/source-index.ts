import type { Position } from "../../diagnostics/types.js";

/**
 * Turns offsets into a text into 1-based line and column (columns count UTF-16 units, as editors do).
 * The parser reports node and statement locations in UTF-8 bytes, its error cursor in characters:
 * both are converted here, in O(log lines) each, from line starts computed once.
 */
export class SourceIndex {
  readonly bytes: Buffer;
  private readonly lineStartBytes: number[] = [0];
  private readonly lineStartChars: number[] = [0];

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, "utf8");
    for (let index = 0; index < this.bytes.length; index++) if (this.bytes[index] === 0x0a) this.lineStartBytes.push(index + 1);
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 0x0a) this.lineStartChars.push(index + 1);
  }

  /** The position of a 0-based UTF-8 byte offset (clamped to the text). */
  fromByte(offset: number): Position {
    const byte = Math.max(0, Math.min(offset, this.bytes.length));
    const line = lastAtOrBefore(this.lineStartBytes, byte);
    const lineStart = this.lineStartBytes[line] ?? 0;
    return { line: line + 1, column: this.bytes.subarray(lineStart, byte).toString("utf8").length + 1 };
  }

  /** The position of a 0-based character (UTF-16 unit) offset (clamped to the text). */
  fromChar(offset: number): Position {
    const char = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.lineStartChars, char);
    return { line: line + 1, column: char - (this.lineStartChars[line] ?? 0) + 1 };
  }

  /** The character offset of a byte offset. */
  charOfByte(offset: number): number {
    const { line, column } = this.fromByte(offset);
    return (this.lineStartChars[line - 1] ?? 0) + column - 1;
  }

  /** The text between two byte offsets. */
  sliceBytes(start: number, end: number): string {
    return this.bytes.subarray(start, end).toString("utf8");
  }
}

/** Index of the last element <= value in an ascending array that starts with 0. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
