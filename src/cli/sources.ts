import { readFile } from "node:fs/promises";

/** Files larger than this get no code frame: the text is read for the frame alone. */
const MAX_FRAMED_FILE = 1024 * 1024;

/** The text of each file with a diagnostic, for code frames; a file that cannot be read simply gets none. */
export async function readSources(files: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(files)];
  const texts = await Promise.all(unique.map((file) => readFile(file, "utf8").catch(() => undefined)));
  const sources = new Map<string, string>();
  unique.forEach((file, index) => {
    const text = texts[index];
    if (text !== undefined && text.length <= MAX_FRAMED_FILE) sources.set(file, text);
  });
  return sources;
}
