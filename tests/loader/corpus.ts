import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { shared } from "../support/shared.js";

/** The shared corpus of 61 real agent files (../shared/corpus/agents next to the repository). */
export const corpus = shared.agents;

export interface CorpusFile {
  /** `<repo>/<file>`, relative to the corpus root. */
  id: string;
  path: string;
  text: string;
}

/**
 * Every corpus agent file, sorted by id; none when the corpus is not beside the repository (the tests that
 * are about it are then skipped: see `corpus.present`).
 */
export function corpusFiles(): CorpusFile[] {
  if (!corpus.present) return [];
  const files: CorpusFile[] = [];
  for (const entry of readdirSync(corpus.path, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(corpus.path, entry.name))) {
      if (!file.endsWith(".md")) continue;
      const path = join(corpus.path, entry.name, file);
      files.push({ id: `${entry.name}/${file}`, path, text: readFileSync(path, "utf8") });
    }
  }
  return files.sort((a, b) => a.id.localeCompare(b.id));
}

/** Our own agent fixtures (tests/fixtures/agents), in the same shape. */
export const fixturesRoot = fileURLToPath(new URL("../fixtures/agents", import.meta.url));

export function fixtureFiles(): CorpusFile[] {
  return readdirSync(fixturesRoot)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => ({ id: `fixtures/${file}`, path: join(fixturesRoot, file), text: readFileSync(join(fixturesRoot, file), "utf8") }));
}
