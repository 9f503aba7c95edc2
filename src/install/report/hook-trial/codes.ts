import type { ActivationHook } from "../../layout/names.js";
import type { RoutingMode } from "../../../router/types.js";

/**
 * What `doctor` reports when it tries a registered hook command. Permanent codes, worded here and nowhere
 * else; the arguments are data (they go into `--json` as they are). docs/install-errors.md has a section per
 * code, and a test keeps the two in step.
 */

/** Where a hook is registered: a plugin install (its hooks/hooks.json), or the user's or the project's settings.json. */
export type HookSource = "plugin" | "user" | "project";

/** The arguments every hook code takes: which of our hooks, registered where. */
interface HookArgs {
  hook: ActivationHook;
  source: HookSource;
  /** The file that registers it. */
  file: string;
  /** For a plugin install: its id, `<plugin>@<marketplace>`. */
  plugin: string;
}

interface HookCode<A> {
  severity: "error" | "warning" | "info";
  message: (args: A) => string;
  hint: (args: A) => string;
}

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

export const hookTrialCodes = {
  DOCTOR_HOOK_MISSING: {
    severity: "error",
    message: (a: HookArgs & { script: string }) =>
      `${registered(a)} runs ${a.script}, which does not exist (a moved or deleted clone, or a folder removed by hand): Claude Code reports a hook error each time, and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { script: string }) => `To put the script back, ${reinstall(a)}.`,
  },
  DOCTOR_HOOK_PROGRAM_MISSING: {
    severity: "error",
    message: (a: HookArgs & { program: string }) =>
      `${registered(a)} is run with \`${a.program}\`, which is not on the PATH Claude Code gives its hooks, so the hook cannot start and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { program: string }) =>
      `Install Node.js 20 or later and make sure \`${a.program}\` is on the PATH of whatever starts Claude Code (your shell's profile, or the desktop session for an app), or set PATH in the "env" of settings.json; then run \`backend-architect doctor\` again.`,
  },
  DOCTOR_HOOK_FAILED: {
    severity: "error",
    message: (a: HookArgs & { exit: string; output: string }) =>
      `${registered(a)} ${a.exit} on a synthetic event${a.output === "" ? "" : ` (${a.output})`}: Claude Code reports a hook error each time, and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { exit: string; output: string }) =>
      `Run the command by hand with an event on stdin to see the whole error. If the script itself is broken (edited, or from a damaged copy), ${reinstall(a)}.`,
  },
  DOCTOR_HOOK_TIMEOUT: {
    severity: "error",
    message: (a: HookArgs & { seconds: number }) =>
      `${registered(a)} did not answer within ${a.seconds} s: Claude Code stops a hook at its timeout and carries on without it, so ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { seconds: number }) =>
      `Run \`backend-architect doctor\` again when the machine is less busy. If it still times out, check what runs before the script: a \`node\` that is a version-manager shim can take seconds to start (point PATH at the real node), and the hook's "timeout" in ${a.file} may be raised. Reinstalling also helps if the script was replaced by something slower: ${reinstall(a)}.`,
  },
  DOCTOR_HOOK_WRONG_ANSWER: {
    severity: "error",
    message: (a: HookArgs & { probe: string; expected: string; got: string }) =>
      `${registered(a)} runs, but answers wrong: given ${a.probe}, it should ${a.expected}, and it ${a.got}. Claude Code acts on what the hook answers, so your sessions get this too.`,
    hint: (a: HookArgs & { probe: string; expected: string; got: string }) =>
      `The script is not the one this package ships (edited, or from another version): ${reinstall(a)}. If it still answers wrong after that, report it with the output of \`backend-architect doctor --json\`.`,
  },
  DOCTOR_HOOK_QUOTING: {
    severity: "error",
    message: (a: HookArgs & { script: string; words: string }) =>
      `${registered(a)} is a shell command whose quoting does not survive the script's path ${a.script}: the shell hands node ${a.words} instead, so the hook fails and ${LOSS[a.hook]}.`,
    hint: (a: HookArgs & { script: string; words: string }) =>
      a.source === "plugin"
        ? `Update the plugin to a version whose hooks/hooks.json uses exec form (no shell reads the path there): ${reinstall(a)}.`
        : `Our entries no longer go through a shell: ${reinstall(a)}.`,
  },
  DOCTOR_ROUTING_QUIET: {
    severity: "info",
    message: (a: HookArgs & { mode: RoutingMode }) =>
      `${registered(a)} stays silent on a backend prompt because routing is set to "${a.mode}"${a.mode === "explicit" ? " (it still answers a prompt that names the agent)" : ""}; that is the setting at work, not a fault.`,
    hint: (a: HookArgs & { mode: RoutingMode }) =>
      a.source === "plugin"
        ? `To route backend prompts again, set the plugin's routing option to auto (\`/plugin configure ${a.plugin}\`) and make sure BACKEND_ARCHITECT_ROUTING is not set to ${a.mode} in a settings.json "env" or in your shell.`
        : `To route backend prompts again, remove BACKEND_ARCHITECT_ROUTING=${a.mode} from the "env" of settings.json (or from your shell), or set it to auto.`,
  },
} as const satisfies Record<string, HookCode<never>>;

export type HookTrialCode = keyof typeof hookTrialCodes;

/** The arguments a hook code takes. */
export type HookTrialArgs<C extends HookTrialCode> = Parameters<(typeof hookTrialCodes)[C]["message"]>[0];

/** One worded finding from a hook code and its arguments. */
export function hookFinding<C extends HookTrialCode>(code: C, args: HookTrialArgs<C>): { code: C; severity: "error" | "warning" | "info"; message: string; next: string } {
  const entry = hookTrialCodes[code] as HookCode<HookTrialArgs<C>>;
  return { code, severity: entry.severity, message: entry.message(args), next: entry.hint(args) };
}
