import { join } from "node:path";
import { STATE_DIR_NAME } from "./names.js";

/** Where an install goes. */
export type ScopeKind = "user" | "project" | "plugin";

/** A resolved install target. `root` holds `agents/` and our state folder. */
export interface Target {
  kind: ScopeKind;
  /** `~/.claude` (or $CLAUDE_CONFIG_DIR), `<git root>/.claude`, or the plugin folder. */
  root: string;
  agentsDir: string;
  /** `<root>/.backend-architect`: the install record, backups and the lock. */
  stateDir: string;
}

export function targetAt(kind: ScopeKind, root: string): Target {
  return { kind, root, agentsDir: join(root, "agents"), stateDir: join(root, STATE_DIR_NAME) };
}
