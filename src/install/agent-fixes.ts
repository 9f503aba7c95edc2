import { diagnostic } from "../diagnostics/findings.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { fixAgentText, type AgentFixChange } from "../fix/index.js";
import { writeFileAtomic } from "./io/atomic-write.js";
import { errnoCode, nodeFs, type InstallFs } from "./io/fs.js";

export interface AgentFixOutcome {
  /** Files rewritten, with what changed in each. */
  fixed: { file: string; changes: AgentFixChange[] }[];
  /** Files that needed a fix but could not be read or written; each is left as it was. */
  failed: Diagnostic[];
}

/**
 * Applies `fixAgentText` (safe, meaning-preserving rewrites, proven by re-parsing) to each agent
 * file, writing each changed file atomically (temp file, fsync, rename): a file is either the old
 * one or the whole new one. Files that need nothing are not touched.
 */
export async function applyAgentFixes(files: readonly string[], options: { fs?: InstallFs } = {}): Promise<AgentFixOutcome> {
  const fs = options.fs ?? nodeFs;
  const outcome: AgentFixOutcome = { fixed: [], failed: [] };
  for (const file of files) {
    let step = "read";
    try {
      const text = (await fs.readFile(file)).toString("utf8");
      const result = fixAgentText(text);
      if (result.changes.length === 0 || result.text === text) continue;
      step = "write";
      await writeFileAtomic(file, result.text, { fs });
      outcome.fixed.push({ file, changes: result.changes });
    } catch (error) {
      const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      outcome.failed.push(diagnostic("FIX_WRITE_FAILED", file, at, { step, reason: errnoCode(error) }));
    }
  }
  return outcome;
}
