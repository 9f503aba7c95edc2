import type { CodeArgs, CodeEntry } from "./types.js";
import { claudeCodeRelease } from "../../version.js";

const didYouMean = (args: CodeArgs): string => (args.suggestion ? ` Did you mean "${args.suggestion}"?` : "");

/** Codes about plugin.json, marketplace.json and hooks/hooks.json. Owned by the plugin validator. */
export const pluginCodes = {
  // --- .claude-plugin/plugin.json ---
  PLUGIN_MANIFEST_SYNTAX: {
    severity: "error",
    message: (a) => `plugin.json is not valid JSON (${a.detail}), so Claude Code cannot load the plugin.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  },
  PLUGIN_MANIFEST_NOT_OBJECT: {
    severity: "error",
    message: (a) => `plugin.json must hold a JSON object, but it holds ${a.actual}, so Claude Code cannot load the plugin.`,
    hint: () => 'Write the manifest as an object, e.g. { "name": "my-plugin" }.',
  },
  PLUGIN_NAME_MISSING: {
    severity: "error",
    message: () => 'plugin.json has no "name", the one field Claude Code requires, so the plugin fails to load.',
    hint: () => 'Add a kebab-case name, e.g. "name": "my-plugin".',
  },
  PLUGIN_NAME_INVALID: {
    severity: "error",
    message: (a) =>
      `The plugin name ${a.actual} is refused by Claude Code (${a.reason}), so the plugin cannot be loaded or installed.`,
    hint: () => 'Use kebab-case: lowercase letters, digits and hyphens, e.g. "my-plugin".',
  },
  PLUGIN_NAME_NOT_KEBAB_CASE: {
    severity: "warning",
    message: (a) =>
      `The plugin name "${a.name}" is not kebab-case; Claude Code loads it, but installing it from a marketplace or syncing it to Claude.ai can fail.`,
    hint: (a) => `Rename it to "${a.suggestion}" (lowercase letters, digits and hyphens, starting with a letter or digit).`,
  },
  PLUGIN_VERSION_NOT_STRING: {
    severity: "error",
    message: (a) => `"version" must be a string, but it is ${a.actual}; a non-string version makes the whole plugin fail to load.`,
    hint: (a) => `Quote it: "version": "${a.suggestion}".`,
  },
  PLUGIN_DESCRIPTION_NOT_STRING: {
    severity: "error",
    message: (a) =>
      `"description" must be a string, but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin without it.`,
    hint: () => 'Write the description as one string, e.g. "description": "What the plugin does".',
  },
  PLUGIN_AUTHOR_INVALID: {
    severity: "error",
    message: (a) =>
      `"author" must be an object with a string "name" (${a.reason}); \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write it as "author": { "name": "Your Name", "email": "you@example.com" }.',
  },
  PLUGIN_HOMEPAGE_INVALID: {
    severity: "error",
    message: (a) =>
      `"homepage" must be a URL, but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Give a full URL with its scheme, e.g. "homepage": "https://example.com/my-plugin".',
  },
  PLUGIN_REPOSITORY_NOT_STRING: {
    severity: "error",
    message: (a) =>
      `"repository" must be a string in plugin.json (unlike package.json), but it is ${a.actual}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write the repository URL as a string, e.g. "repository": "https://github.com/me/my-plugin".',
  },
  PLUGIN_KEYWORDS_INVALID: {
    severity: "error",
    message: (a) =>
      `"keywords" must be a list of strings, but ${a.reason}; \`claude plugin validate\` fails on it, though Claude Code ${claudeCodeRelease} still loads the plugin.`,
    hint: () => 'Write it as a list, e.g. "keywords": ["backend", "api"].',
  },
  PLUGIN_UNKNOWN_KEY: {
    severity: "warning",
    message: (a) => `plugin.json has a key "${a.key}" that Claude Code does not know; it is ignored.${didYouMean(a)}`,
    hint: (a) =>
      a.suggestion
        ? `Rename "${a.key}" to "${a.suggestion}".`
        : a.where
          ? `Move "${a.key}" to ${a.where}.`
          : `Remove "${a.key}"; nothing reads it.`,
  },
  PLUGIN_AGENTS_KEY_INVALID: {
    severity: "error",
    message: (a) =>
      `"agents" lists ${a.actual}, which is not a "./...md" file path; Claude Code fails to load the whole plugin.`,
    hint: () => 'Remove the "agents" key: Claude Code finds every agents/**/*.md file by itself.',
  },
  PLUGIN_AGENTS_KEY_SET: {
    severity: "warning",
    message: () =>
      'plugin.json sets "agents", so Claude Code stops scanning the agents/ folder and loads only the files listed here.',
    hint: () => 'Remove the "agents" key and let Claude Code find agents/**/*.md by itself.',
  },

  // --- .claude-plugin/marketplace.json ---
  MARKETPLACE_SYNTAX: {
    severity: "error",
    message: (a) => `marketplace.json is not valid JSON (${a.detail}), so Claude Code cannot add the marketplace.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  },
  MARKETPLACE_NOT_OBJECT: {
    severity: "error",
    message: (a) => `marketplace.json must hold a JSON object, but it holds ${a.actual}; Claude Code cannot add the marketplace.`,
    hint: () => 'Write it as { "name": "...", "owner": { "name": "..." }, "plugins": [] }.',
  },
  MARKETPLACE_NAME_INVALID: {
    severity: "error",
    message: (a) => `The marketplace name ${a.actual} is not accepted (${a.reason}); Claude Code cannot install plugins from it.`,
    hint: () => 'Use kebab-case, e.g. "name": "my-marketplace".',
  },
  MARKETPLACE_OWNER_INVALID: {
    severity: "error",
    message: (a) => `"owner" must be an object with a string "name" (${a.reason}); Claude Code rejects the marketplace.`,
    hint: () => 'Write it as "owner": { "name": "Your Name" }.',
  },
  MARKETPLACE_PLUGINS_INVALID: {
    severity: "error",
    message: (a) => `"plugins" must be a list of plugin entries, but it is ${a.actual}; Claude Code rejects the marketplace.`,
    hint: () => 'Write it as "plugins": [{ "name": "my-plugin", "source": "./" }].',
  },
  MARKETPLACE_ENTRY_NAME_INVALID: {
    severity: "error",
    message: (a) => `This plugin entry's "name" ${a.reason}, so the plugin cannot be installed from this marketplace.`,
    hint: () => 'Give the entry the name from its plugin.json, e.g. "name": "my-plugin".',
  },
  MARKETPLACE_ENTRY_SOURCE_INVALID: {
    severity: "error",
    message: (a) => `This plugin entry's "source" ${a.reason}, so Claude Code refuses to install the plugin.`,
    hint: () => 'Point it at the plugin folder relative to the marketplace root, starting with "./", e.g. "source": "./".',
  },
  MARKETPLACE_SOURCE_NOT_FOUND: {
    severity: "warning",
    message: (a) => `The source "${a.source}" of plugin "${a.name}" has no .claude-plugin/plugin.json; installing it will fail.`,
    hint: () => "Fix the path (relative to the folder that holds .claude-plugin/), or add the plugin's manifest there.",
  },
  MARKETPLACE_SOURCE_NAME_MISMATCH: {
    severity: "warning",
    message: (a) =>
      `This entry is named "${a.name}" but its plugin.json says "${a.actual}"; users install "${a.name}" and see a plugin called "${a.actual}".`,
    hint: (a) => `Use the same name in both places, e.g. "name": "${a.actual}".`,
  },
  MARKETPLACE_VERSION_MISMATCH: {
    severity: "warning",
    message: (a) =>
      `This entry declares version "${a.version}" but its plugin.json says "${a.actual}"; plugin.json wins and this version is ignored.`,
    hint: (a) => `Set "version": "${a.actual}" here, or drop the version from the entry.`,
  },
  MARKETPLACE_UNKNOWN_KEY: {
    severity: "warning",
    message: (a) => `marketplace.json has a key "${a.key}" that Claude Code does not know here; it is ignored.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename "${a.key}" to "${a.suggestion}".` : `Remove "${a.key}".`),
  },

  // --- hooks/hooks.json ---
  HOOKS_SYNTAX: {
    severity: "error",
    message: (a) => `hooks.json is not valid JSON (${a.detail}), so Claude Code fails to load the plugin.`,
    hint: () => "Fix the JSON syntax at this position; JSON allows no comments and no trailing commas.",
  },
  HOOKS_WRAPPER_MISSING: {
    severity: "error",
    message: (a) =>
      `hooks.json must be an object with a "hooks" key holding the events (${a.reason}); without it Claude Code reports a hook load failure and none of the plugin's hooks run.`,
    hint: () => 'Wrap the events: { "hooks": { "UserPromptSubmit": [ ... ] } }.',
  },
  HOOKS_UNKNOWN_EVENT: {
    severity: "warning",
    message: (a) => `"${a.event}" is not a hook event Claude Code knows; its hooks never run.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename it to "${a.suggestion}".` : "Use an event name such as UserPromptSubmit or PreToolUse."),
  },
  HOOKS_EVENT_NOT_LIST: {
    severity: "warning",
    message: (a) => `The hooks of "${a.event}" must be a list of matcher groups, but it is ${a.actual}; Claude Code ignores them.`,
    hint: () => 'Write it as "Event": [{ "matcher": "...", "hooks": [{ "type": "command", "command": "..." }] }].',
  },
  HOOKS_GROUP_INVALID: {
    severity: "warning",
    message: (a) => `This matcher group ${a.reason}; Claude Code ignores it.`,
    hint: () => 'Give each group a "hooks" list: { "matcher": "...", "hooks": [{ "type": "command", "command": "..." }] }.',
  },
  HOOKS_TYPE_INVALID: {
    severity: "warning",
    message: (a) => `"type" is ${a.actual}, not a hook type Claude Code knows (command, prompt, agent, http); this hook never runs.`,
    hint: () => 'Use "type": "command" with a "command" to run.',
  },
  HOOKS_COMMAND_MISSING: {
    severity: "warning",
    message: (a) => `This command hook ${a.reason}; Claude Code ignores it.`,
    hint: () => 'Add the shell command to run, e.g. "command": "node \\"${CLAUDE_PLUGIN_ROOT}/hooks/run.js\\"".',
  },
  HOOKS_TIMEOUT_INVALID: {
    severity: "warning",
    message: (a) => `"timeout" must be a positive number of seconds, but it is ${a.actual}; Claude Code ignores this hook.`,
    hint: () => 'Write a number without quotes, e.g. "timeout": 10.',
  },
  HOOKS_PLUGIN_ROOT_UNQUOTED: {
    severity: "warning",
    message: () =>
      "${CLAUDE_PLUGIN_ROOT} is not quoted in this command; when the plugin's path contains a space the command splits and fails.",
    hint: () =>
      'Put it in double quotes: "\\"${CLAUDE_PLUGIN_ROOT}/hooks/run.js\\"", or use exec form, which no shell reads: "command": "node", "args": ["${CLAUDE_PLUGIN_ROOT}/hooks/run.js"].',
  },

  // --- paths given to `validate` ---
  PATH_NOT_FOUND: {
    severity: "error",
    message: () => "This path does not exist, so there is nothing to check.",
    hint: () => "Check the path; validate takes agent files, agent folders, plugin folders, marketplaces or projects, and inspect takes one agent file.",
  },
  PATH_UNREADABLE: {
    severity: "error",
    message: (a) => `This path could not be read (${a.reason}).`,
    hint: () => "Check the file's permissions and that it is a regular file.",
  },
  PATH_NOTHING_TO_VALIDATE: {
    severity: "warning",
    message: () => "This path is not, and does not hold, an agent file (.md), a plugin or a marketplace, so nothing was checked.",
    hint: () =>
      "Point validate at an agent file, a folder of agents, a plugin folder (.claude-plugin/plugin.json), a marketplace, or a project with .claude/agents.",
  },
  FIX_WRITE_FAILED: {
    severity: "error",
    message: (a) => `--fix could not ${a.step} this file (${a.reason}); it is left exactly as it was.`,
    hint: () => "Check that the file and its folder are writable, then run validate --fix again.",
  },
  PLUGIN_AGENT_TYPE_CLASH: {
    severity: "warning",
    message: (a) =>
      `Two agents in this plugin have the agent type "${a.agentType}" (also ${a.other}); Claude Code keeps only one of them.`,
    hint: () => "Give each agent a distinct name in its frontmatter.",
  },
} satisfies Record<string, CodeEntry>;
