import type { Finding } from "../finding.js";
import { isObject } from "../json-source.js";

const PLACEHOLDER = /\$\{CLAUDE_PLUGIN_ROOT\}|\$CLAUDE_PLUGIN_ROOT\b/g;

/**
 * `${CLAUDE_PLUGIN_ROOT}` outside shell quotes splits when the plugin's path has a space. Only shell form is
 * read by a shell: an entry with `args` (exec form) is spawned with no shell, and one with `"shell":
 * "powershell"` is not POSIX-quoted; Claude Code's own `plugin validate` leaves both alone too.
 */
export function hooksPluginRootQuotedRule(file: Record<string, unknown>): Finding[] {
  const events = file.hooks;
  if (!isObject(events)) return [];
  const findings: Finding[] = [];
  for (const [event, groups] of Object.entries(events)) {
    if (!Array.isArray(groups)) continue;
    groups.forEach((group, groupIndex) => {
      if (!isObject(group) || !Array.isArray(group.hooks)) return;
      group.hooks.forEach((hook, hookIndex) => {
        if (!isObject(hook) || Array.isArray(hook.args) || hook.shell === "powershell") return;
        if (typeof hook.command === "string" && hasUnquotedPluginRoot(hook.command)) {
          findings.push({ code: "HOOKS_PLUGIN_ROOT_UNQUOTED", path: ["hooks", event, groupIndex, "hooks", hookIndex, "command"] });
        }
      });
    });
  }
  return findings;
}

/** True when some `${CLAUDE_PLUGIN_ROOT}` in a shell command stands outside single or double quotes. */
export function hasUnquotedPluginRoot(command: string): boolean {
  const quotedAt = quoteStates(command);
  for (const match of command.matchAll(PLACEHOLDER)) {
    if (!quotedAt[match.index]) return true;
  }
  return false;
}

/** For each character: is it inside quotes (POSIX shell rules, backslash escapes outside single quotes)? */
function quoteStates(command: string): boolean[] {
  const states: boolean[] = [];
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < command.length; index++) {
    const char = command[index];
    states[index] = quote !== undefined;
    if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (char === "\\") {
      states[index + 1] = quote !== undefined;
      index++;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
    }
  }
  return states;
}
