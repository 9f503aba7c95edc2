import { code, family } from "../define.js";
import { claudeCodeRelease } from "../../version.js";

const didYouMean = (a: { suggestion?: string }): string => (a.suggestion ? ` Did you mean "${a.suggestion}"?` : "");

/** Codes about plugin.json, marketplace.json and hooks/hooks.json. Owned by the plugin validator. */
export const pluginCodes = family("plugin", {
  PLUGIN_MANIFEST_SYNTAX: code({
    severity: "error",
    title: "plugin.json is not valid JSON",
    message: (a: { detail: string }) => `plugin.json is not valid JSON (${a.detail}), so Claude Code cannot load the plugin.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  }),
  PLUGIN_MANIFEST_NOT_OBJECT: code({
    severity: "error",
    title: "plugin.json is not an object",
    message: (a: { actual: string }) => `plugin.json must hold a JSON object, but it holds ${a.actual}, so Claude Code cannot load the plugin.`,
    hint: () => 'Write the manifest as an object, e.g. { "name": "my-plugin" }.',
  }),
  PLUGIN_NAME_MISSING: code({
    severity: "error",
    title: "Plugin has no name",
    message: () => 'plugin.json has no "name", the one field Claude Code requires, so the plugin fails to load.',
    hint: () => 'Add a kebab-case name, e.g. "name": "my-plugin".',
  }),
  PLUGIN_NAME_INVALID: code({
    severity: "error",
    title: "Plugin name refused",
    message: (a: { actual: string; reason: string }) =>
      `The plugin name ${a.actual} is refused by Claude Code (${a.reason}), so the plugin cannot be loaded or installed.`,
    hint: () => 'Use kebab-case: lowercase letters, digits and hyphens, e.g. "my-plugin".',
  }),
  PLUGIN_NAME_NOT_KEBAB_CASE: code({
    severity: "warning",
    title: "Plugin name not kebab-case",
    message: (a: { name: string; suggestion: string }) =>
      `The plugin name "${a.name}" is not kebab-case; Claude Code loads it, but installing it from a marketplace or syncing it to Claude.ai can fail.`,
    hint: (a) => `Rename it to "${a.suggestion}" (lowercase letters, digits and hyphens, starting with a letter or digit).`,
  }),
  PLUGIN_VERSION_NOT_STRING: code({
    severity: "error",
    title: "Version is not a string",
    message: (a: { actual: string; suggestion: string }) => `"version" must be a string, but it is ${a.actual}; a non-string version makes the whole plugin fail to load.`,
    hint: (a) => `Quote it: "version": "${a.suggestion}".`,
  }),
  PLUGIN_DESCRIPTION_NOT_STRING: code({
    severity: "error",
    title: "Description is not a string",
    message: (a: { actual: string }) =>
      `"description" must be a string, but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin without it.`,
    hint: () => 'Write the description as one string, e.g. "description": "What the plugin does".',
  }),
  PLUGIN_AUTHOR_INVALID: code({
    severity: "error",
    title: "Malformed author",
    message: (a: { reason: string }) =>
      `"author" must be an object with a string "name" (${a.reason}); \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write it as "author": { "name": "Your Name", "email": "you@example.com" }.',
  }),
  PLUGIN_HOMEPAGE_INVALID: code({
    severity: "error",
    title: "Homepage is not a URL",
    message: (a: { actual: string }) =>
      `"homepage" must be a URL, but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Give a full URL with its scheme, e.g. "homepage": "https://example.com/my-plugin".',
  }),
  PLUGIN_REPOSITORY_NOT_STRING: code({
    severity: "error",
    title: "Repository is not a string",
    message: (a: { actual: string }) =>
      `"repository" must be a string in plugin.json (unlike package.json), but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write the repository URL as a string, e.g. "repository": "https://github.com/me/my-plugin".',
  }),
  PLUGIN_KEYWORDS_INVALID: code({
    severity: "error",
    title: "Keywords are not a list of strings",
    message: (a: { reason: string }) =>
      `"keywords" must be a list of strings, but ${a.reason}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write it as a list, e.g. "keywords": ["backend", "api"].',
  }),
  PLUGIN_UNKNOWN_KEY: code({
    severity: "warning",
    title: "Unknown plugin.json key",
    message: (a: { key: string; suggestion?: string; where?: string }) => `plugin.json has a key "${a.key}" that Claude Code does not know; it is ignored.${didYouMean(a)}`,
    hint: (a) =>
      a.suggestion
        ? `Rename "${a.key}" to "${a.suggestion}".`
        : a.where
          ? `Move "${a.key}" to ${a.where}.`
          : `Remove "${a.key}"; nothing reads it.`,
  }),
  PLUGIN_AGENTS_KEY_INVALID: code({
    severity: "error",
    title: "Agents entry is not a .md path",
    message: (a: { actual: string }) =>
      `"agents" lists ${a.actual}, which is not a "./...md" file path; Claude Code fails to load the whole plugin.`,
    hint: () => 'Remove the "agents" key: Claude Code finds every agents/**/*.md file by itself.',
  }),
  PLUGIN_AGENTS_KEY_SET: code({
    severity: "warning",
    title: "Explicit agents list",
    message: () =>
      'plugin.json sets "agents", so Claude Code stops scanning the agents/ folder and loads only the files listed here.',
    hint: () => 'Remove the "agents" key and let Claude Code find agents/**/*.md by itself.',
  }),

  // --- .claude-plugin/marketplace.json ---
  MARKETPLACE_SYNTAX: code({
    severity: "error",
    title: "marketplace.json is not valid JSON",
    message: (a: { detail: string }) => `marketplace.json is not valid JSON (${a.detail}), so Claude Code cannot add the marketplace.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  }),
  MARKETPLACE_NOT_OBJECT: code({
    severity: "error",
    title: "marketplace.json is not an object",
    message: (a: { actual: string }) => `marketplace.json must hold a JSON object, but it holds ${a.actual}; Claude Code cannot add the marketplace.`,
    hint: () => 'Write it as { "name": "...", "owner": { "name": "..." }, "plugins": [] }.',
  }),
  MARKETPLACE_NAME_INVALID: code({
    severity: "error",
    title: "Marketplace name refused",
    message: (a: { actual: string; reason: string }) => `The marketplace name ${a.actual} is not accepted (${a.reason}); Claude Code cannot install plugins from it.`,
    hint: () => 'Use kebab-case, e.g. "name": "my-marketplace".',
  }),
  MARKETPLACE_OWNER_INVALID: code({
    severity: "error",
    title: "Malformed owner",
    message: (a: { reason: string }) => `"owner" must be an object with a string "name" (${a.reason}); Claude Code rejects the marketplace.`,
    hint: () => 'Write it as "owner": { "name": "Your Name" }.',
  }),
  MARKETPLACE_PLUGINS_INVALID: code({
    severity: "error",
    title: "Plugins is not a list",
    message: (a: { actual: string }) => `"plugins" must be a list of plugin entries, but it is ${a.actual}; Claude Code rejects the marketplace.`,
    hint: () => 'Write it as "plugins": [{ "name": "my-plugin", "source": "./" }].',
  }),
  MARKETPLACE_ENTRY_NAME_INVALID: code({
    severity: "error",
    title: "Plugin entry name refused",
    message: (a: { reason: string }) => `This plugin entry's "name" ${a.reason}, so the plugin cannot be installed from this marketplace.`,
    hint: () => 'Give the entry the name from its plugin.json, e.g. "name": "my-plugin".',
  }),
  MARKETPLACE_ENTRY_SOURCE_INVALID: code({
    severity: "error",
    title: "Plugin entry source refused",
    message: (a: { reason: string }) => `This plugin entry's "source" ${a.reason}, so Claude Code refuses to install the plugin.`,
    hint: () => 'Point it at the plugin folder relative to the marketplace root, starting with "./", e.g. "source": "./".',
  }),
  MARKETPLACE_SOURCE_NOT_FOUND: code({
    severity: "warning",
    title: "Plugin source has no plugin.json",
    message: (a: { source: string; name: string }) => `The source "${a.source}" of plugin "${a.name}" has no .claude-plugin/plugin.json; installing it will fail.`,
    hint: () => "Fix the path (relative to the folder that holds .claude-plugin/), or add the plugin's manifest there.",
  }),
  MARKETPLACE_SOURCE_NAME_MISMATCH: code({
    severity: "warning",
    title: "Entry and plugin.json names differ",
    message: (a: { name: string; actual: string }) =>
      `This entry is named "${a.name}" but its plugin.json says "${a.actual}"; users install "${a.name}" and see a plugin called "${a.actual}".`,
    hint: (a) => `Use the same name in both places, e.g. "name": "${a.actual}".`,
  }),
  MARKETPLACE_VERSION_MISMATCH: code({
    severity: "warning",
    title: "Entry and plugin.json versions differ",
    message: (a: { version: string; actual: string }) =>
      `This entry declares version "${a.version}" but its plugin.json says "${a.actual}"; plugin.json wins and this version is ignored.`,
    hint: (a) => `Set "version": "${a.actual}" here, or drop the version from the entry.`,
  }),
  MARKETPLACE_UNKNOWN_KEY: code({
    severity: "warning",
    title: "Unknown marketplace.json key",
    message: (a: { key: string; suggestion?: string }) => `marketplace.json has a key "${a.key}" that Claude Code does not know here; it is ignored.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename "${a.key}" to "${a.suggestion}".` : `Remove "${a.key}".`),
  }),

  // --- hooks/hooks.json ---
  HOOKS_SYNTAX: code({
    severity: "error",
    title: "hooks.json is not valid JSON",
    message: (a: { detail: string }) => `hooks.json is not valid JSON (${a.detail}), so Claude Code fails to load the plugin.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  }),
  HOOKS_WRAPPER_MISSING: code({
    severity: "error",
    title: "No hooks key in hooks.json",
    message: (a: { reason: string }) =>
      `hooks.json must be an object with a "hooks" key holding the events (${a.reason}); without it Claude Code reports a hook load failure and none of the plugin's hooks run.`,
    hint: () => 'Wrap the events: { "hooks": { "UserPromptSubmit": [ ... ] } }.',
  }),
  HOOKS_UNKNOWN_EVENT: code({
    severity: "warning",
    title: "Unknown hook event",
    message: (a: { event: string; suggestion?: string }) => `"${a.event}" is not a hook event Claude Code knows; its hooks never run.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename it to "${a.suggestion}".` : "Use an event name such as UserPromptSubmit or PreToolUse."),
  }),
  HOOKS_EVENT_NOT_LIST: code({
    severity: "warning",
    title: "Event's hooks are not a list",
    message: (a: { event: string; actual: string }) => `The hooks of "${a.event}" must be a list of matcher groups, but it is ${a.actual}; Claude Code ignores them.`,
    hint: () => 'Write it as "Event": [{ "matcher": "...", "hooks": [{ "type": "command", "command": "..." }] }].',
  }),
  HOOKS_GROUP_INVALID: code({
    severity: "warning",
    title: "Malformed matcher group",
    message: (a: { reason: string }) => `This matcher group ${a.reason}; Claude Code ignores it.`,
    hint: () => 'Give each group a "hooks" list: { "matcher": "...", "hooks": [{ "type": "command", "command": "..." }] }.',
  }),
  HOOKS_TYPE_INVALID: code({
    severity: "warning",
    title: "Unknown hook type",
    message: (a: { actual: string }) => `"type" is ${a.actual}, not a hook type Claude Code knows (command, prompt, agent, http); this hook never runs.`,
    hint: () => 'Use "type": "command" with a "command" to run.',
  }),
  HOOKS_COMMAND_MISSING: code({
    severity: "warning",
    title: "Command hook without a command",
    message: (a: { reason: string }) => `This command hook ${a.reason}; Claude Code ignores it.`,
    hint: () => 'Add the shell command to run, e.g. "command": "node \\"${CLAUDE_PLUGIN_ROOT}/hooks/run.js\\"".',
  }),
  HOOKS_TIMEOUT_INVALID: code({
    severity: "warning",
    title: "Timeout is not a positive number",
    message: (a: { actual: string }) => `"timeout" must be a positive number of seconds, but it is ${a.actual}; Claude Code ignores this hook.`,
    hint: () => 'Write a number without quotes, e.g. "timeout": 10.',
  }),
  HOOKS_PLUGIN_ROOT_UNQUOTED: code({
    severity: "warning",
    title: "Unquoted ${CLAUDE_PLUGIN_ROOT} in a hook command",
    message: () =>
      "${CLAUDE_PLUGIN_ROOT} is not quoted in this command; when the plugin's path contains a space the command splits and fails.",
    hint: () =>
      'Put it in double quotes: "\\"${CLAUDE_PLUGIN_ROOT}/hooks/run.js\\"", or use exec form, which no shell reads: "command": "node", "args": ["${CLAUDE_PLUGIN_ROOT}/hooks/run.js"].',
  }),

  // --- paths given to `validate` ---
  PLUGIN_AGENT_TYPE_CLASH: code({
    severity: "warning",
    title: "Two agents of one agent type",
    message: (a: { agentType: string; other: string }) =>
      `Two agents in this plugin have the agent type "${a.agentType}" (also ${a.other}); Claude Code keeps only one of them.`,
    hint: () => "Give each agent a distinct name in its frontmatter.",
  }),
});
