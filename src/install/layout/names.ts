/**
 * Every name the installer gives a file or folder, in one place. Paths relative to a scope root use
 * posix separators; `paths.ts` joins them onto a root safely.
 */

export const AGENT_NAME = "backend-architect";
export const AGENT_FILE = `agents/${AGENT_NAME}.md`;

/** Our hooks: the router, the npm-only guard and the check, by the name of their script. */
export type ActivationHook = "user-prompt-submit" | "pre-tool-use" | "post-tool-use";

/** The hook scripts (self-contained, run with plain node), in the order they are installed. */
export const HOOK_SCRIPTS = ["user-prompt-submit", "pre-tool-use", "post-tool-use"] as const satisfies readonly ActivationHook[];
export type HookScript = (typeof HOOK_SCRIPTS)[number];

/** Where a user or project install puts a hook script, relative to the scope root. */
export const hookTargetPath = (hook: HookScript): string => `${AGENT_NAME}/hooks/${hook}.mjs`;

/** The scope's state folder beside `agents/`: the install record, backups and the lock. */
export const STATE_DIR_NAME = ".backend-architect";
export const RECORD_FILE = "record.json";
export const LOCK_FILE = "lock";
export const BACKUP_DIR = "backups";

/**
 * Files we do not own but merge into: the scope's settings.json (our hooks) or a plugin's plugin.json
 * (our agent in an explicit `agents` list).
 */
export type EditKind = "settings" | "plugin-manifest";

export const EDIT_PATHS: Record<EditKind, string> = {
  settings: "settings.json",
  "plugin-manifest": ".claude-plugin/plugin.json",
};
