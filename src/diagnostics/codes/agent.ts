import type { CodeEntry } from "./types.js";

/** Codes about agent files (frontmatter and body). Owned by the agent loader. */
export const agentCodes = {} satisfies Record<string, CodeEntry>;
