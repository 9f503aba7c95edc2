/** Values an installer failure passes to its catalog entry. */
export type InstallErrorArgs = Readonly<Record<string, string | number>>;

interface InstallErrorEntry {
  /** What happened and why, without position or "Error:" prefix. */
  message: (args: InstallErrorArgs) => string;
  /** What to do about it. */
  hint: (args: InstallErrorArgs) => string;
}

const a = (args: InstallErrorArgs, key: string): string => String(args[key] ?? "");

/**
 * Every way the installer can fail, by permanent code. Rename never; docs/install-errors.md has a
 * section per code (a test keeps them in step).
 */
export const installErrorCatalog = {
  INSTALL_CONFLICT: {
    message: (x) => `${a(x, "path")} exists and ${a(x, "why")}; installing would overwrite it, so nothing was written.`,
    // What uninstall does later differs: it restores a file that was not ours, but removes (or puts back
    // what it first replaced) over an edited copy of ours. The hint promises only that.
    hint: (x) =>
      a(x, "owner") === "edited"
        ? `Look at the diff above: it shows your edits. Keep them and stop here, or run again with --force to take the packaged version: your edited copy is first kept as a timestamped backup in ${a(x, "backups")}, but uninstall does not put it back (it ${a(x, "replaced") === "yes" ? "puts back the file install --force first replaced" : "removes the agent file"}), so take your edits from that backup if you want them.`
        : `Look at the diff above. Keep your file and stop here, or run again with --force to replace it: your file is first kept as a timestamped backup in ${a(x, "backups")}, and uninstall puts it back.`,
  },
  INSTALL_LOCKED: {
    message: (x) => `Another backend-architect run (pid ${a(x, "pid")}) holds the lock ${a(x, "path")}.`,
    hint: () => "Wait for the other run to finish and try again. If no other run is going, the lock is stale: delete the lock file.",
  },
  INSTALL_TARGET_SYMLINK: {
    message: (x) => `${a(x, "path")} is a symbolic link; the installer does not write through links, because the file it points to may belong to something else.`,
    hint: () => "Replace the link with a regular file or remove it, then run again.",
  },
  INSTALL_PATH_ESCAPE: {
    message: (x) => `The path "${a(x, "name")}" would land outside ${a(x, "root")}; it was refused.`,
    hint: () => "If this name comes from the install record, the record was edited by hand: restore it or remove the entry.",
  },
  INSTALL_WRITE_FAILED: {
    message: (x) => `Could not write ${a(x, "path")} (${a(x, "errno")}).`,
    hint: (x) => writeHint(a(x, "errno")),
  },
  INSTALL_READ_FAILED: {
    message: (x) => `Could not read ${a(x, "path")} (${a(x, "errno")}).`,
    hint: () => "Check that the folder exists and that you may read it.",
  },
  INSTALL_NO_HOME: {
    message: () => "Neither CLAUDE_CONFIG_DIR nor HOME is set, so the user scope has no folder.",
    hint: () => "Set HOME (or CLAUDE_CONFIG_DIR), or install with --scope project.",
  },
  INSTALL_SOURCE_MISSING: {
    message: (x) => `The packaged agent ${a(x, "path")} is missing.`,
    hint: () => "The package is incomplete: reinstall backend-architect (npm ci in a clone, or npm install).",
  },
  INSTALL_SOURCE_INVALID: {
    message: (x) => `The packaged agent ${a(x, "path")} does not pass validation (${a(x, "count")} error(s)); an invalid agent is never installed.`,
    hint: () => "Run `backend-architect validate` on it to see each problem; in a clone, fix agents/backend-architect.md.",
  },
  INSTALL_SOURCE_WARNINGS: {
    message: (x) => `The packaged agent ${a(x, "path")} has ${a(x, "count")} validation warning(s): Claude Code loads it, but not entirely as written.`,
    hint: (x) => `Run \`backend-architect validate ${a(x, "path")}\` to see each finding with its fix; in a clone, fix agents/backend-architect.md and install again.`,
  },
  INSTALL_PLUGIN_DIR_INVALID: {
    message: (x) => `${a(x, "path")} is not a valid Claude Code plugin folder (${a(x, "why")}).`,
    hint: () => "Pass --plugin-dir the folder that holds .claude-plugin/plugin.json, and fix the problems `claude plugin validate` reports there first.",
  },
  INSTALL_PLUGIN_AGENT_CLASH: {
    message: (x) =>
      `${a(x, "path")} in the plugin ${a(x, "root")} already has the agent type "${a(x, "agentType")}", which ours would have too; Claude Code loads only one agent per type, so one of the two would be unreachable. Nothing was written.`,
    hint: (x) =>
      `Give the agent in ${a(x, "path")} another name (its name: line) or move that file out of the plugin, then install again. Or run again with --force to install ours beside it anyway: that file is left as it is, the clash stays, and \`backend-architect doctor --plugin-dir ${a(x, "root")}\` keeps reporting it.`,
  },
  INSTALL_PLUGIN_AGENT_CLASH_FORCED: {
    message: (x) =>
      `${a(x, "path")} in the plugin ${a(x, "root")} has the agent type "${a(x, "agentType")}" too: with --force ours goes in beside it, that file is left as it is, and the clash remains. Claude Code loads only one of the two, and we cannot promise which.`,
    hint: (x) =>
      `Rename the agent in ${a(x, "path")} (its name: line) or move it out of the plugin; until then \`backend-architect doctor --plugin-dir ${a(x, "root")}\` reports DOCTOR_PLUGIN_AGENT_CLASH.`,
  },
  INSTALL_RECORD_INVALID: {
    message: (x) => `The install record ${a(x, "path")} cannot be read (${a(x, "why")}); without it the installer cannot tell which files are ours.`,
    hint: () => "Restore the record from a backup, or move it away; the installer then treats existing files as not ours and asks before replacing them.",
  },
  INSTALL_SETTINGS_INVALID: {
    message: (x) => `${a(x, "path")} cannot be merged into (${a(x, "why")}).`,
    hint: () => "Fix the file (Claude Code ignores a settings file it cannot parse), or install with --no-hooks.",
  },
  INSTALL_PLAN_STALE: {
    message: (x) => `${a(x, "path")} changed between planning and writing.`,
    hint: () => "Something else is editing these files. Run the command again.",
  },
  UNINSTALL_NOTHING: {
    message: (x) => `No install record in ${a(x, "path")}: backend-architect was not installed here by this tool, so nothing was removed.`,
    hint: () => "Run `backend-architect status` to see where it is installed, and pass that --scope.",
  },
  UNINSTALL_EDITED: {
    message: (x) => `${a(x, "path")} was edited after it was installed; removing it would lose those edits, so nothing was removed.`,
    hint: (x) => {
      const replaced = a(x, "replaced");
      const what =
        replaced === "all" ? "put back the file it replaced" : replaced === "some" ? "remove it anyway (or, where install --force had replaced a file, put back the file it replaced)" : "remove it anyway";
      return `Run again with --force to ${what}; your edited copy is first kept as a timestamped backup in ${a(x, "backups")}.`;
    },
  },
  INSTALL_CLAUDE_MISSING: {
    message: () => "--as-plugin needs the `claude` executable, and none was found on PATH.",
    hint: () => "Install Claude Code (npm i -g @anthropic-ai/claude-code) or install without --as-plugin.",
  },
  INSTALL_CLAUDE_FAILED: {
    message: (x) => `\`claude ${a(x, "command")}\` failed (exit ${a(x, "exit")}): ${a(x, "output")}`,
    hint: () => "Run that command yourself to see the full output; nothing else was changed by this installer.",
  },
} satisfies Record<string, InstallErrorEntry>;

function writeHint(errno: string): string {
  switch (errno) {
    case "EACCES":
    case "EPERM":
      return "You may not write there: check the folder's owner and permissions.";
    case "EROFS":
      return "That file system is read-only: install into another scope or remount it writable.";
    case "ENOSPC":
    case "EDQUOT":
      return "The disk (or your quota) is full: free some space and run again.";
    case "ENOTDIR":
    case "EEXIST":
      return "Something on that path is a file where a folder is needed (e.g. a file named .claude): move it away and run again.";
    default:
      return "Check the folder and run again.";
  }
}

export type InstallErrorCode = keyof typeof installErrorCatalog;

/** A failure of the installer: data, with wording from the catalog. */
export interface InstallError {
  code: InstallErrorCode;
  message: string;
  hint: string;
  /** The file or folder concerned, when there is one. */
  path?: string;
  /** Further lines of evidence (e.g. each validation finding), shown under the message. */
  details?: string[];
}

/**
 * Something a run that went ahead (or would) should say: same shape and catalog as an error, printed as a
 * warning and carried in the outcome's `warnings`.
 */
export type InstallWarning = InstallError;

export function installError(code: InstallErrorCode, args: InstallErrorArgs = {}): InstallError {
  const entry: InstallErrorEntry = installErrorCatalog[code];
  const error: InstallError = { code, message: entry.message(args), hint: entry.hint(args) };
  if (typeof args["path"] === "string") error.path = args["path"];
  return error;
}

/** A typed result: the value, or the failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: InstallError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: InstallError): Result<T> => ({ ok: false, error });
