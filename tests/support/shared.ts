/**
 * Material from `../shared` beside the repository: real-world data the project may read but never copies.
 * CI has it; a fresh clone does not. Tests that need it run when it is there and are skipped otherwise,
 * with the reason in their name and one line from the suite's global setup (tests/support/global-setup.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface SharedMaterial {
  /** Absolute path of the file or folder. */
  path: string;
  /** What it is, for the skip line. */
  what: string;
  /** Which tests or figures need it. */
  neededBy: string;
  present: boolean;
  /** `needs <what> at <path>`: appended to the names of skipped tests. */
  skipNote: string;
}

/** `../shared` beside the repository, or $BACKEND_ARCHITECT_SHARED (for a checkout elsewhere, e.g. a git worktree). */
const sharedRoot = process.env["BACKEND_ARCHITECT_SHARED"] || fileURLToPath(new URL("../../../shared", import.meta.url));

function material(relative: string, what: string, neededBy: string): SharedMaterial {
  const path = join(sharedRoot, relative);
  const present = existsSync(path);
  return { path, what, neededBy, present, skipNote: present ? "" : ` (skipped: needs ${what} at ${path})` };
}

/** Every piece of `../shared` the suite reads. */
export const shared = {
  agents: material("corpus/agents", "the real-world agent corpus (../shared/corpus/agents)", "the corpus, parity, fix and property tests of the loader"),
  migrations: material(
    "corpus/migrations",
    "squawk's and eugene's migration cases (../shared/corpus/migrations)",
    "the peer-suite tests of check's migration rules",
  ),
} as const satisfies Record<string, SharedMaterial>;

/** One line per missing piece, for the suite's output. */
export function missingSharedLines(): string[] {
  return Object.values(shared)
    .filter((m) => !m.present)
    .map((m) => `skipped: ${m.neededBy}, for want of ${m.what} at ${m.path} (CI has ../shared beside the repository; $BACKEND_ARCHITECT_SHARED points elsewhere)`);
}
