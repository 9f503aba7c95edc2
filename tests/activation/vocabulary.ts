import { readFileSync } from "node:fs";
import { buildVocabulary } from "../../src/activation/agent-vocabulary.js";

export const agentPath = new URL("../../agents/backend-architect.md", import.meta.url);
/** The vocabulary the product uses: built from the committed agent file. */
export const vocabulary = buildVocabulary(readFileSync(agentPath, "utf8"));
