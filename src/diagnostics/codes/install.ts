import { code, counted, family } from "../define.js";

/** Why a settings.json cannot take our hooks: the file is not JSON, not an object, or its "hooks" has another shape. */
export type SettingsProblem = "SETTINGS_NOT_JSON" | "SETTINGS_NOT_OBJECT" | "SETTINGS_HOOKS_MALFORMED";

const SETTINGS_PROBLEMS: Record<SettingsProblem, { message: (detail: string) => string; hint: string }> = {
  SETTINGS_NOT_JSON: {
    message: (detail) => `settings.json is not valid JSON (${detail}), so the activation hooks cannot be merged into it.`,
    hint: "Fix the JSON (Claude Code ignores a settings file it cannot parse), then run the command again.",
  },
  SETTINGS_NOT_OBJECT: {
    message: () => "settings.json does not hold a JSON object, so the activation hooks cannot be merged into it.",
    hint: "Make the file a JSON object ({}), then run the command again.",
  },
  SETTINGS_HOOKS_MALFORMED: {
    message: () => 'settings.json has a "hooks" entry that is not in Claude Code\'s shape ({"<Event>": [ ... ]}), so ours cannot be merged in safely.',
    hint: 'Fix or remove the "hooks" entry, then run the command again.',
  },
};

/**
 * Every way the installer can fail, or warn about a run that went ahead, by permanent code. Rename never.
 * `backend-architect install`, `uninstall` and `status` print them, with `--json` keeping the arguments.
 */
export const installCodes = family("install", {
  INSTALL_CONFLICT: code({
    severity: "error",
    title: "File in the way",
    message: (x: { path: string; why: string; owner: string; backups: string; replaced: string }) => `${x.path} exists and ${x.why}; installing would overwrite it, so nothing was written.`,
    // What uninstall does later differs: it restores a file that was not ours, but removes (or puts back
    // what it first replaced) over an edited copy of ours. The hint promises only that.
    hint: (x) =>
      x.owner === "edited"
        ? `Look at the diff above: it shows your edits. Keep them and stop here, or run again with --force to take the packaged version: your edited copy is first kept as a timestamped backup in ${x.backups}, but uninstall does not put it back (it ${x.replaced === "yes" ? "puts back the file install --force first replaced" : "removes the agent file"}), so take your edits from that backup if you want them.`
        : `Look at the diff above. Keep your file and stop here, or run again with --force to replace it: your file is first kept as a timestamped backup in ${x.backups}, and uninstall puts it back.`,
  }),
  INSTALL_LOCKED: code({
    severity: "error",
    title: "Another run holds the lock",
    message: (x: { pid: number | string; path: string }) => `Another backend-architect run (pid ${x.pid}) holds the lock ${x.path}.`,
    hint: () => "Wait for the other run to finish and try again. If no other run is going, the lock is stale: delete the lock file.",
  }),
  INSTALL_TARGET_SYMLINK: code({
    severity: "error",
    title: "Target is a symbolic link",
    message: (x: { path: string }) => `${x.path} is a symbolic link; the installer does not write through links, because the file it points to may belong to something else.`,
    hint: () => "Replace the link with a regular file or remove it, then run again.",
  }),
  INSTALL_PATH_ESCAPE: code({
    severity: "error",
    title: "Path outside the scope",
    message: (x: { name: string; root: string }) => `The path "${x.name}" would land outside ${x.root}; it was refused.`,
    hint: () => "If this name comes from the install record, the record was edited by hand: restore it or remove the entry.",
  }),
  INSTALL_WRITE_FAILED: code({
    severity: "error",
    title: "Write failed",
    message: (x: { path: string; errno: string }) => `Could not write ${x.path} (${x.errno}).`,
    hint: (x) => writeHint(x.errno),
  }),
  INSTALL_READ_FAILED: code({
    severity: "error",
    title: "Read failed",
    message: (x: { path: string; errno: string }) => `Could not read ${x.path} (${x.errno}).`,
    hint: () => "Check that the folder exists and that you may read it.",
  }),
  INSTALL_NO_HOME: code({
    severity: "error",
    title: "No home folder",
    message: () => "Neither CLAUDE_CONFIG_DIR nor HOME is set, so the user scope has no folder.",
    hint: () => "Set HOME (or CLAUDE_CONFIG_DIR), or install with --scope project.",
  }),
  INSTALL_SOURCE_MISSING: code({
    severity: "error",
    title: "Packaged agent missing",
    message: (x: { path: string }) => `The packaged agent ${x.path} is missing.`,
    hint: () => "The package is incomplete: reinstall backend-architect (npm ci in a clone, or npm install).",
  }),
  INSTALL_SOURCE_INVALID: code({
    severity: "error",
    title: "Packaged agent invalid",
    message: (x: { path: string; count: number }) => `The packaged agent ${x.path} does not pass validation (${counted(x.count, "error")}); an invalid agent is never installed.`,
    hint: () => "Run `backend-architect validate` on it to see each problem; in a clone, fix agents/backend-architect.md.",
  }),
  INSTALL_SOURCE_WARNINGS: code({
    severity: "warning",
    title: "Packaged agent has warnings",
    message: (x: { path: string; count: number }) => `The packaged agent ${x.path} has ${counted(x.count, "validation warning")}: Claude Code loads it, but not entirely as written.`,
    hint: (x) => `Run \`backend-architect validate ${x.path}\` to see each finding with its fix; in a clone, fix agents/backend-architect.md and install again.`,
  }),
  INSTALL_PLUGIN_DIR_INVALID: code({
    severity: "error",
    title: "Not a valid plugin folder",
    message: (x: { path: string; why: string }) => `${x.path} is not a valid Claude Code plugin folder (${x.why}).`,
    hint: () => "Pass --plugin-dir the folder that holds .claude-plugin/plugin.json, and fix the problems `claude plugin validate` reports there first.",
  }),
  INSTALL_PLUGIN_AGENT_CLASH: code({
    severity: "error",
    title: "Plugin already has our agent type",
    message: (x: { path: string; root: string; agentType: string }) =>
      `${x.path} in the plugin ${x.root} already has the agent type "${x.agentType}", which ours would have too; Claude Code loads only one agent per type, so one of the two would be unreachable. Nothing was written.`,
    hint: (x) =>
      `Give the agent in ${x.path} another name (its name: line) or move that file out of the plugin, then install again. Or run again with --force to install ours beside it anyway: that file is left as it is, the clash stays, and \`backend-architect doctor --plugin-dir ${x.root}\` keeps reporting it.`,
  }),
  INSTALL_PLUGIN_AGENT_CLASH_FORCED: code({
    severity: "warning",
    title: "Installed beside an agent of our type",
    message: (x: { path: string; root: string; agentType: string }) =>
      `${x.path} in the plugin ${x.root} has the agent type "${x.agentType}" too: with --force ours goes in beside it, that file is left as it is, and the clash remains. Claude Code loads only one of the two, and we cannot promise which.`,
    hint: (x) =>
      `Rename the agent in ${x.path} (its name: line) or move it out of the plugin; until then \`backend-architect doctor --plugin-dir ${x.root}\` reports DOCTOR_PLUGIN_AGENT_CLASH.`,
  }),
  INSTALL_RECORD_INVALID: code({
    severity: "error",
    title: "Install record unreadable",
    message: (x: { path: string; why: string }) => `The install record ${x.path} cannot be read (${x.why}); without it the installer cannot tell which files are ours.`,
    hint: () => "Restore the record from a backup, or move it away; the installer then treats existing files as not ours and asks before replacing them.",
  }),
  INSTALL_SETTINGS_INVALID: code({
    severity: "error",
    title: "settings.json cannot be merged into",
    message: (x: { why: SettingsProblem; detail?: string }) => SETTINGS_PROBLEMS[x.why].message(x.detail ?? ""),
    hint: (x) => SETTINGS_PROBLEMS[x.why].hint,
  }),
  INSTALL_PLAN_STALE: code({
    severity: "error",
    title: "Files changed during the run",
    message: (x: { path: string }) => `${x.path} changed between planning and writing.`,
    hint: () => "Something else is editing these files. Run the command again.",
  }),
  UNINSTALL_NOTHING: code({
    severity: "error",
    title: "Nothing installed here",
    message: (x: { path: string }) => `No install record in ${x.path}: backend-architect was not installed here by this tool, so nothing was removed.`,
    hint: () => "Run `backend-architect status` to see where it is installed, and pass that --scope.",
  }),
  UNINSTALL_EDITED: code({
    severity: "error",
    title: "Installed file edited since",
    message: (x: { path: string; replaced: string; backups: string }) => `${x.path} was edited after it was installed; removing it would lose those edits, so nothing was removed.`,
    hint: (x) => {
      const replaced = x.replaced;
      const what =
        replaced === "all" ? "put back the file it replaced" : replaced === "some" ? "remove it anyway (or, where install --force had replaced a file, put back the file it replaced)" : "remove it anyway";
      return `Run again with --force to ${what}; your edited copy is first kept as a timestamped backup in ${x.backups}.`;
    },
  }),
  INSTALL_CLAUDE_MISSING: code({
    severity: "error",
    title: "claude not on PATH",
    message: () => "--as-plugin needs the `claude` executable, and none was found on PATH.",
    hint: () => "Install Claude Code (npm i -g @anthropic-ai/claude-code) or install without --as-plugin.",
  }),
  INSTALL_CLAUDE_FAILED: code({
    severity: "error",
    title: "claude command failed",
    message: (x: { command: string; exit: number; output: string }) => `\`claude ${x.command}\` failed (exit ${x.exit}): ${x.output}`,
    hint: () => "Run that command yourself to see the full output; nothing else was changed by this installer.",
  }),
});

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
