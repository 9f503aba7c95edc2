import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The shared corpus of 61 real agent files (../shared/corpus/agents next to the repository). */
export const corpusRoot = fileURLToPath(new URL("../../../shared/corpus/agents", import.meta.url));

export interface CorpusFile {
  /** `<repo>/<file>`, relative to the corpus root. */
  id: string;
  path: string;
  text: string;
}

/** Every corpus agent file, sorted by id. */
export function corpusFiles(): CorpusFile[] {
  if (!existsSync(corpusRoot)) {
    // These tests are about real-world files; without them they would prove nothing, so they fail, clearly.
    throw new Error(`The agent corpus is missing: expected ${corpusRoot}. The tests read ../shared/corpus/agents beside the repository (as CI has it); put the shared folder there.`);
  }
  const files: CorpusFile[] = [];
  for (const entry of readdirSync(corpusRoot, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(corpusRoot, entry.name))) {
      if (!file.endsWith(".md")) continue;
      const path = join(corpusRoot, entry.name, file);
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
