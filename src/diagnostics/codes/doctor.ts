import { code, counted, family } from "../define.js";
import type { ActivationHook } from "../../install/layout/names.js";
import type { RoutingMode } from "../../router/types.js";

/**
 * What `backend-architect doctor` reports: the install checks (is the agent there, ours, current, reachable; are
 * our hooks registered), then trying every registered hook command with synthetic events. The arguments are
 * data: --json keeps them as they are.
 */

/** Where a hook is registered: a plugin install (its hooks/hooks.json), or the user's or the project's settings.json. */
export type HookSource = "plugin" | "user" | "project";

/** The arguments every hook code takes: which of our hooks, registered where. */
type HookArgs = {
  hook: ActivationHook;
  source: HookSource;
  /** The file that registers it. */
  file: string;
  /** For a plugin install: its id, `<plugin>@<marketplace>`. */
  plugin: string;
};

const ROLE: Record<ActivationHook, string> = {
  "user-prompt-submit": "The router (UserPromptSubmit)",
  "pre-tool-use": "The npm-only guard (PreToolUse)",
  "post-tool-use": "The check hook (PostToolUse)",
};

/** What stops working while the hook does not run. */
const LOSS: Record<ActivationHook, string> = {
  "user-prompt-submit": "prompts are not routed to the agent",
  "pre-tool-use": "the agent's Bash calls are not held to npm (its `rm -rf build` runs)",
  "post-tool-use": "the migrations and API contracts the agent writes are not checked",
};

const registered = (a: HookArgs): string => `${ROLE[a.hook]} registered in ${a.file}`;

/** The command that registers the hook again, from the package's current files. */
function reinstall(a: HookArgs): string {
  if (a.source === "plugin") {
    return `reinstall the plugin: \`claude plugin uninstall ${a.plugin}\`, then \`claude plugin install ${a.plugin}\` (after \`claude plugin marketplace update\` if its marketplace is a folder that moved)`;
  }
  return `run \`backend-architect install --scope ${a.source}\`: it copies the scripts again and rewrites our entries in exec form (add --force when doctor also reports the script as DOCTOR_EDITED; your copy is backed up first)`;
}

/** What each of our hooks is, and what is lost without it, as the install checks say it. */
const HOOK_ROLES: Record<ActivationHook, string> = {
  "user-prompt-submit": "the router (UserPromptSubmit)",
  "pre-tool-use": "the npm-only guard (PreToolUse)",
  "post-tool-use": "the check hook (PostToolUse)",
};
const HOOK_LOSS: Record<ActivationHook, string> = {
  "user-prompt-submit": "prompts are not routed to the agent",
  "pre-tool-use": "its Bash calls are not limited to npm",
  "post-tool-use": "the migrations and API contracts it writes are not checked",
};

/** The hooks a settings.json lacks, as a list of names: `user-prompt-submit,post-tool-use`. */
const missingHooks = (list: string): ActivationHook[] => list.split(",").filter((hook): hook is ActivationHook => hook in HOOK_ROLES);

/** Which settings.json problem DOCTOR_HOOKS_NOT_REGISTERED reports. */
export type HooksProblem = "settings-invalid" | "partial" | "gone";

/** A scope as the commands take it: `--scope user`, `--plugin-dir <dir>`. */
type Scoped = { scope: string; flag: string };

export const doctorCodes = family("doctor", {
  // --- the install checks ---
  DOCTOR_NOT_INSTALLED: code({
    severity: "info",
    title: "Not installed",
    message: () => "backend-architect is not installed in any scope Claude Code reads.",
    hint: () => "Run `backend-architect install` (user scope) or `backend-architect install --scope project`.",
  }),
  DOCTOR_EDITED: code({
    severity: "warning",
    title: "Installed copy edited",
    message: (a: Scoped) => `Your ${a.scope} copy was edited after install; updates will stop at a conflict.`,
    hint: (a) => `Keep your edits (nothing to do), or take the packaged version with \`backend-architect install ${a.flag} --force\` (your copy is backed up).`,
  }),
  DOCTOR_MISSING: code({
    severity: "warning",
    title: "Installed copy gone",
    message: (a: Scoped) => `The install record lists this ${a.scope} copy, but the file is gone.`,
    hint: (a) => `Reinstall with \`backend-architect install ${a.flag}\`, or clear the record with \`backend-architect uninstall ${a.flag}\`.`,
  }),
  DOCTOR_NOT_OURS: code({
    severity: "info",
    title: "A file that is not ours",
    message: (a: Scoped) => `A file at the ${a.scope} agent path was not installed by backend-architect.`,
    hint: (a) => `If you want the packaged agent there, run \`backend-architect install ${a.flag}\` (it shows the diff and asks for --force).`,
  }),
  DOCTOR_OUTDATED: code({
    severity: "warning",
    title: "Installed copy outdated",
    message: (a: Scoped & { version: string; current: string; sameVersion: "yes" | "no" }) =>
      `The ${a.scope} copy is version ${a.version}; this package has ${a.current}${a.sameVersion === "yes" ? " with different content" : ""}.`,
    hint: (a) => `Update it with \`backend-architect install ${a.flag}\`.`,
  }),
  DOCTOR_INVALID_COPY: code({
    severity: "error",
    title: "Copy fails validation",
    message: (a: { source: string; file: string; errors: number; first?: string; loaded: "yes" | "no" }) =>
      `This ${a.source} copy has ${counted(a.errors, "validation error")}${a.first !== undefined ? `, first: ${a.first}` : ""}${a.loaded === "yes" ? "" : "; Claude Code does not load it"}.`,
    hint: (a) => `See every finding with \`backend-architect validate ${a.file}\` and fix them, or reinstall the packaged agent.`,
  }),
  DOCTOR_HIDDEN: code({
    severity: "warning",
    title: "Copy hidden by another",
    message: (a: { source: string; winnerSource: string; winnerFile: string; scope: string }) =>
      `This ${a.source} copy is hidden: @agent-backend-architect reaches the ${a.winnerSource} copy ${a.winnerFile} instead.`,
    hint: (a) => `Keep one: remove or rename the copy you do not want (\`backend-architect uninstall --scope ${a.scope}\` if it is ours).`,
  }),
  DOCTOR_PLUGIN_DISABLED: code({
    severity: "warning",
    title: "Plugin not enabled",
    message: (a: { plugin: string }) => `The plugin ${a.plugin} is installed but not enabled, so Claude Code does not load its agent.`,
    hint: (a) => `Enable it with \`claude plugin enable ${a.plugin}\`, or remove it with \`claude plugin uninstall ${a.plugin}\`.`,
  }),
  DOCTOR_PLUGIN_AND_FILE: code({
    severity: "info",
    title: "Plugin agent and file agent both load",
    message: (a: { agentType: string; winnerSource: string; winnerFile: string }) =>
      `Two agents load: the plugin's @agent-${a.agentType} and the ${a.winnerSource} file's @agent-backend-architect (${a.winnerFile}).`,
    hint: () => "Keep one to avoid two near-identical agents competing for delegation: uninstall the file copy or the plugin.",
  }),
  DOCTOR_RECORD_UNREADABLE: code({
    severity: "error",
    title: "Install record unreadable",
    // The installer's own error, as it worded it (an INSTALL_* code: see install.ts).
    message: (a: { error: string; detail: string; next: string }) => a.detail,
    hint: (a) => a.next,
  }),
  DOCTOR_HOOKS_NOT_REGISTERED: code({
    severity: "warning",
    title: "Our hooks not registered",
    message: (a: Scoped & { problem: HooksProblem; settings: string; missing?: string }) => {
      if (a.problem === "settings-invalid") {
        return `This ${a.scope} install's settings.json is not valid JSON, so Claude Code ignores the whole file: our hooks (and every other setting in it) do not take effect.`;
      }
      if (a.problem === "partial") {
        const missing = missingHooks(a.missing ?? "");
        return `This ${a.scope} install's settings.json registers only part of our hooks: ${missing.map((hook) => HOOK_ROLES[hook]).join(" and ")} ${missing.length > 1 ? "are" : "is"} not there (an install by an older version, or edited out), so ${missing.map((hook) => HOOK_LOSS[hook]).join(", and ")}.`;
      }
      return `The hooks this ${a.scope} install registered are no longer in settings.json, so prompts are not routed to the agent, its Bash calls are not limited to npm, and the migrations and API contracts it writes are not checked.`;
    },
    hint: (a) => {
      if (a.problem === "settings-invalid") return `Fix the JSON in ${a.settings}, then run \`backend-architect doctor\` again.`;
      if (a.problem === "partial") return `Register them all with \`backend-architect install ${a.flag}\`, or leave hooks out on purpose with \`--no-hooks\`.`;
      return `Register them again with \`backend-architect install ${a.flag}\`, or leave them out on purpose with \`--no-hooks\`.`;
    },
  }),
  DOCTOR_PLUGIN_DIR_INVALID: code({
    severity: "error",
    title: "Not a valid plugin folder",
    // The installer's own error, as it worded it (INSTALL_PLUGIN_DIR_INVALID).
    message: (a: { error: string; detail: string; next: string }) => a.detail,
    hint: (a) => a.next,
  }),
  DOCTOR_PLUGIN_AGENT_CLASH: code({
    severity: "warning",
    title: "Two plugin agents of our agent type",
    message: (a: { count: number; root: string; agentType: string; files: string; others: number; oursAmong: "yes" | "no" }) =>
      `${a.count} agent files in the plugin ${a.root} have the agent type "${a.agentType}" (${a.files}); Claude Code loads only one agent per type, so ${a.count > 2 ? "the others cannot" : "the other cannot"} be reached.`,
    hint: (a) =>
      `Keep one: give the other${a.others > 1 ? "s" : ""} another name (the name: line) or move ${a.others > 1 ? "them" : "it"} out of the plugin. backend-architect does not change files it did not write${a.oursAmong === "yes" ? `; \`backend-architect uninstall --plugin-dir ${a.root}\` takes ours out instead` : ""}.`,
  }),

  // --- trying the registered hooks ---
  DOCTOR_HOOK_MISSING: code({
    severity: "error",
    title: "Hook script missing",
    message: (a: HookArgs & { script: string }) =>
      `${registered(a)} runs ${a.script}, which does not exist (a moved or deleted clone, or a folder removed by hand): Claude Code reports a hook error each time, and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { script: string }) => `To put the script back, ${reinstall(a)}.`,
  }),
  DOCTOR_HOOK_PROGRAM_MISSING: code({
    severity: "error",
    title: "Hook program not on PATH",
    message: (a: HookArgs & { program: string }) =>
      `${registered(a)} is run with \`${a.program}\`, which is not on the PATH Claude Code gives its hooks, so the hook cannot start and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { program: string }) =>
      `Install Node.js 20 or later and make sure \`${a.program}\` is on the PATH of whatever starts Claude Code (your shell's profile, or the desktop session for an app), or set PATH in the "env" of settings.json; then run \`backend-architect doctor\` again.`,
  }),
  DOCTOR_HOOK_FAILED: code({
    severity: "error",
    title: "Hook fails",
    message: (a: HookArgs & { exit: string; output: string }) =>
      `${registered(a)} ${a.exit} on a synthetic event${a.output === "" ? "" : ` (${a.output})`}: Claude Code reports a hook error each time, and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { exit: string; output: string }) =>
      `Run the command by hand with an event on stdin to see the whole error. If the script itself is broken (edited, or from a damaged copy), ${reinstall(a)}.`,
  }),
  DOCTOR_HOOK_TIMEOUT: code({
    severity: "error",
    title: "Hook does not answer in time",
    message: (a: HookArgs & { seconds: number }) =>
      `${registered(a)} did not answer within ${a.seconds} s: Claude Code stops a hook at its timeout and carries on without it, so ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { seconds: number }) =>
      `Run \`backend-architect doctor\` again when the machine is less busy. If it still times out, check what runs before the script: a \`node\` that is a version-manager shim can take seconds to start (point PATH at the real node), and the hook's "timeout" in ${a.file} may be raised. Reinstalling also helps if the script was replaced by something slower: ${reinstall(a)}.`,
  }),
  DOCTOR_HOOK_WRONG_ANSWER: code({
    severity: "error",
    title: "Hook answers wrong",
    message: (a: HookArgs & { probe: string; expected: string; got: string }) =>
      `${registered(a)} runs, but answers wrong: given ${a.probe}, it should ${a.expected}, and it ${a.got}. Claude Code acts on what the hook answers, so your sessions get this too.`,
    hint: (a: HookArgs & { probe: string; expected: string; got: string }) =>
      `The script is not the one this package ships (edited, or from another version): ${reinstall(a)}. If it still answers wrong after that, report it with the output of \`backend-architect doctor --json\`.`,
  }),
  DOCTOR_HOOK_QUOTING: code({
    severity: "error",
    title: "Hook command's quoting breaks on the path",
    message: (a: HookArgs & { script: string; words: string }) =>
      `${registered(a)} is a shell command whose quoting does not survive the script's path ${a.script}: the shell hands node ${a.words} instead, so the hook fails and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { script: string; words: string }) =>
      a.source === "plugin"
        ? `Update the plugin to a version whose hooks/hooks.json uses exec form (no shell reads the path there): ${reinstall(a)}.`
        : `Our entries no longer go through a shell: ${reinstall(a)}.`,
  }),
  DOCTOR_ROUTING_QUIET: code({
    severity: "info",
    title: "Router silent by setting",
    message: (a: HookArgs & { mode: RoutingMode }) =>
      `${registered(a)} stays silent on a backend prompt because routing is set to "${a.mode}"${a.mode === "explicit" ? " (it still answers a prompt that names the agent)" : ""}; that is the setting at work, not a fault.`,
    hint: (a: HookArgs & { mode: RoutingMode }) =>
      a.source === "plugin"
        ? `To route backend prompts again, set the plugin's routing option to auto (\`/plugin configure ${a.plugin}\`) and make sure BACKEND_ARCHITECT_ROUTING is not set to ${a.mode} in a settings.json "env" or in your shell.`
        : `To route backend prompts again, remove BACKEND_ARCHITECT_ROUTING=${a.mode} from the "env" of settings.json (or from your shell), or set it to auto.`,
  }),
});
