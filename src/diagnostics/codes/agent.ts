import { code, family } from "../define.js";

const didYouMean = (a: { suggestion?: string }): string => (a.suggestion ? ` Did you mean "${a.suggestion}"?` : "");

/** Codes about agent files (frontmatter and body). Owned by the agent loader. */
export const agentCodes = family("agent", {
  AGENT_FILE_TOO_LARGE: code({
    severity: "error",
    title: "Agent file over 1 MiB",
    message: (a: { bytes: number }) => `The file is ${a.bytes} bytes; Claude Code skips agent files over 1 MiB without loading them.`,
    hint: () => "Move long reference material out of the agent file; keep the prompt under 1 MiB.",
  }),
  AGENT_NO_FRONTMATTER: code({
    severity: "error",
    title: "No frontmatter",
    message: (a: { unclosed: number; scope: string }) => {
      const head = a.unclosed ? "The frontmatter is never closed by a second `---` line, so Claude Code sees none: it" : "The file has no frontmatter: Claude Code";
      return a.scope === "plugin"
        ? `${head} loads ${a.unclosed ? "the agent" : "it"} named after the file, with a placeholder description, every tool and the parent's model.`
        : `${head} does not load this agent, and says nothing.`;
    },
    hint: (a) =>
      a.unclosed
        ? "Add a `---` line after the last frontmatter field."
        : "Start the file with a `---` line, then `name:` and `description:`, then a closing `---` line.",
  }),
  AGENT_FRONTMATTER_LANGUAGE: code({
    severity: "error",
    title: "Frontmatter opened with a language",
    message: (a: { language: string }) => `The frontmatter opens with \`---${a.language}\`; Claude Code only reads a plain \`---\` line, so it sees no frontmatter at all.`,
    hint: () => "Use a plain `---` line and write the frontmatter in YAML.",
  }),
  AGENT_FRONTMATTER_CLOSED_EARLY: code({
    severity: "warning",
    title: "Frontmatter closed early by `---`",
    message: () => "Claude Code ends the frontmatter at the first `---`, even in the middle of a line, so everything after it here is read as the prompt.",
    hint: () => "Remove `---` from frontmatter values, or quote them differently (e.g. use an em dash).",
  }),
  AGENT_YAML_INVALID: code({
    severity: "error",
    title: "Frontmatter is not valid YAML",
    message: (a: { scope: string; reason: string }) =>
      a.scope === "plugin"
        ? `The frontmatter is not valid YAML (${a.reason}), even after Claude Code's quoting retry, so Claude Code ignores all of it: the agent loads with a placeholder description, every tool and the parent's model.`
        : `The frontmatter is not valid YAML (${a.reason}), even after Claude Code's quoting retry, so Claude Code ignores all of it and does not load this agent.`,
    hint: () => "Fix the YAML at this position; quote values that contain `: ` or start with a special character.",
  }),
  AGENT_FRONTMATTER_TOO_COMPLEX: code({
    severity: "warning",
    title: "Frontmatter too large to check",
    message: (a: { items: number }) =>
      `The frontmatter has more than ${a.items} flow-collection items ([...] or {...}); backend-architect does not check frontmatter this large, so what Claude Code makes of it is unknown.`,
    hint: () => "Keep the frontmatter to the few fields an agent needs; put long material in the prompt.",
  }),
  AGENT_YAML_RECOVERED: code({
    severity: "warning",
    title: "Value loads only through a quoting retry",
    message: (a: { key: string }) =>
      `The value of \`${a.key}\` is not valid YAML as written; Claude Code only loads it through a quoting retry, which other tools (and future versions) may not do.`,
    hint: () => "Wrap the value in double quotes, or run `backend-architect validate --fix`.",
  }),
  AGENT_YAML_TABS: code({
    severity: "warning",
    title: "Frontmatter indented with tabs",
    message: () => "This line is indented with a tab, which YAML forbids; Claude Code only loads the file by turning leading tabs into spaces on a retry.",
    hint: () => "Indent with spaces.",
  }),
  AGENT_FRONTMATTER_NOT_MAPPING: code({
    severity: "error",
    title: "Frontmatter is not key: value pairs",
    message: () => "The frontmatter is a list or a single value, not `key: value` pairs, so Claude Code reads no fields from it.",
    hint: () => "Write the frontmatter as `name: ...` and `description: ...` lines.",
  }),
  AGENT_NAME_MISSING: code({
    severity: "error",
    title: "No name",
    message: () => "The frontmatter has no usable `name`, so Claude Code does not load this agent, and says nothing.",
    hint: () => "Add `name: your-agent-name` (lowercase letters and hyphens).",
  }),
  AGENT_NAME_INVALID: code({
    severity: "error",
    title: "Name Claude Code refuses",
    message: (a: { reason: string }) => `The name ${a.reason}, so Claude Code does not load this agent.`,
    hint: () => "Use a short name of lowercase letters, digits and hyphens, such as `backend-architect`.",
  }),
  AGENT_NAME_FALLBACK: code({
    severity: "warning",
    title: "Plugin agent named after its file",
    message: (a: { agentType: string }) => `The frontmatter has no usable \`name\`, so Claude Code names this plugin agent after its file: \`${a.agentType}\`.`,
    hint: () => "Add an explicit `name:` so renaming the file does not rename the agent.",
  }),
  AGENT_DESCRIPTION_MISSING: code({
    severity: "error",
    title: "No description",
    message: () => "The frontmatter has no usable `description`, so Claude Code does not load this agent.",
    hint: () => "Add `description:` saying when Claude should delegate to this agent.",
  }),
  AGENT_DESCRIPTION_PLACEHOLDER: code({
    severity: "error",
    title: "Plugin agent with a placeholder description",
    message: (a: { plugin: string }) =>
      `The frontmatter has no usable \`description\`, so Claude Code shows the model "Agent from ${a.plugin} plugin" and it can never tell when to delegate here.`,
    hint: () => "Add `description:` saying when Claude should delegate to this agent.",
  }),
  AGENT_DESCRIPTION_ESCAPED_NEWLINE: code({
    severity: "warning",
    title: "Literal \\n in the description",
    message: () => "The description contains a literal `\\n`; plugin agents show it to the model as the two characters, not as a line break.",
    hint: () => "Use a YAML block scalar (`description: |`) for multi-line descriptions.",
  }),
  AGENT_TOOLS_EMPTY: code({
    severity: "error",
    title: "Empty tools list",
    message: () => "`tools` is present but names no tool, so this agent gets NO tools at all (while the model is told it has all tools).",
    hint: () => "List the tools it needs (e.g. `tools: Read, Grep, Glob`), or remove `tools` to give it every tool.",
  }),
  AGENT_TOOLS_ALL_UNKNOWN: code({
    severity: "error",
    title: "No known tool in tools",
    message: () => "None of the names in `tools` is a tool Claude Code knows, so this agent gets no tools and Claude Code refuses to start it.",
    hint: () => "Use built-in tool names such as Read, Write, Edit, Bash, Grep, Glob, WebFetch.",
  }),
  AGENT_TOOL_UNKNOWN: code({
    severity: "warning",
    title: "Unknown tool",
    message: (a: { tool: string; field: string; suggestion?: string }) => `\`${a.tool}\` in \`${a.field}\` is not a tool Claude Code knows; it is silently dropped.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Write \`${a.suggestion}\` (names are case-sensitive).` : "Remove it, or use a built-in tool name or an `mcp__server__tool` name."),
  }),
  AGENT_TOOL_REMOVED: code({
    severity: "warning",
    title: "Removed tool",
    message: (a: { tool: string; replacement?: string }) => `\`${a.tool}\` was removed from Claude Code; it is silently dropped.`,
    hint: (a) => (a.replacement ? `Use \`${a.replacement}\` instead.` : "Remove it."),
  }),
  AGENT_TOOL_ALIAS: code({
    severity: "info",
    title: "Legacy tool name",
    message: (a: { tool: string; canonical: string }) => `\`${a.tool}\` is a legacy name; Claude Code maps it to \`${a.canonical}\`.`,
    hint: (a) => `Write \`${a.canonical}\`.`,
  }),
  AGENT_TOOL_ARGS_IGNORED: code({
    severity: "warning",
    title: "Tool arguments ignored",
    message: (a: { entry: string; tool: string }) =>
      `\`${a.entry}\` grants the whole \`${a.tool}\` tool: Claude Code ignores the part in parentheses in an agent's tools, so it restricts nothing.`,
    hint: () => "Write the bare tool name, and enforce argument limits with permission rules or a PreToolUse hook.",
  }),
  AGENT_TOOLS_MISREAD: code({
    severity: "warning",
    title: "Tools entry read as one name",
    message: (a: { entry: string }) => `Claude Code reads \`${a.entry}\` as one tool name (names are split at commas and spaces only), so it is dropped.`,
    hint: () => "Write the tools as a comma-separated list on one line, or run `backend-architect validate --fix`.",
  }),
  AGENT_TOOLS_NOT_LIST: code({
    severity: "warning",
    title: "Tools is not a list",
    message: (a: { field: string; what: string }) => `\`${a.field}\` should be a comma-separated string or a list of strings; Claude Code ignores ${a.what}.`,
    hint: () => "Write e.g. `tools: Read, Grep, Glob`.",
  }),
  AGENT_MODEL_UNKNOWN: code({
    severity: "warning",
    title: "Unknown model",
    message: (a: { model: string; suggestion?: string }) =>
      `\`${a.model}\` is neither a model alias (sonnet, opus, haiku, inherit, ...) nor a Claude model id; Claude Code sends it to the API as written, where it will likely fail.${didYouMean(a)}`,
    hint: () => "Use an alias such as `sonnet`, `opus`, `haiku` or `inherit`, or a full model id.",
  }),
  AGENT_MODEL_NOT_STRING: code({
    severity: "warning",
    title: "Model is not text",
    message: () => "`model` is not a text value, so Claude Code ignores it and the agent uses the parent's model.",
    hint: () => "Write e.g. `model: sonnet`.",
  }),
  AGENT_COLOR_INVALID: code({
    severity: "warning",
    title: "Unknown color",
    message: (a: { color: string; suggestion?: string }) => `\`${a.color}\` is not a color Claude Code knows; it is silently dropped.${didYouMean(a)}`,
    hint: () => "Use one of: red, blue, green, yellow, purple, orange, pink, cyan (lowercase).",
  }),
  AGENT_KEY_UNKNOWN: code({
    severity: "warning",
    title: "Unknown frontmatter key",
    message: (a: { key: string; suggestion?: string }) => `\`${a.key}\` is not a frontmatter key Claude Code knows; it is ignored.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename it to \`${a.suggestion}\` (keys are case-sensitive).` : "Remove it, or move the information into the prompt."),
  }),
  AGENT_KEY_DUPLICATE: code({
    severity: "warning",
    title: "Key set twice",
    message: (a: { key: string }) => `\`${a.key}\` is set again further down; Claude Code keeps only the last value and ignores this one.`,
    hint: () => "Keep one of them.",
  }),
  AGENT_FIELD_INVALID: code({
    severity: "warning",
    title: "Field value dropped",
    message: (a: { key: string; expected: string }) => `\`${a.key}\` must be ${a.expected}; Claude Code silently drops this value.`,
    hint: (a) => `Set \`${a.key}\` to ${a.expected}, or remove it.`,
  }),
  AGENT_FIELD_IGNORED_IN_PLUGIN: code({
    severity: "warning",
    title: "Field ignored in plugin agents",
    message: (a: { key: string }) => `Claude Code ignores \`${a.key}\` in plugin agents, for safety.`,
    hint: () => "Remove it, or install the agent as a user or project agent (`.claude/agents/`) if you need it.",
  }),
  AGENT_HOOKS_INVALID: code({
    severity: "error",
    title: "Malformed hooks",
    message: (a: { reason: string }) => `${a.reason}, so Claude Code does not load this agent.`,
    hint: () => 'Write hooks as `hooks: { PreToolUse: [{ matcher: "Bash", hooks: [{ type: command, command: "..." }] }] }`.',
  }),
  AGENT_HOOK_EVENT_UNKNOWN: code({
    severity: "warning",
    title: "Unknown hook event",
    message: (a: { event: string; suggestion?: string }) => `\`${a.event}\` is not a hook event Claude Code knows, so these hooks never run.${didYouMean(a)}`,
    hint: (a) => (a.suggestion ? `Rename it to \`${a.suggestion}\` (event names are case-sensitive).` : "Use an event such as PreToolUse, PostToolUse or Stop."),
  }),
  AGENT_PLUGIN_ROOT_UNQUOTED: code({
    severity: "warning",
    title: "Unquoted ${CLAUDE_PLUGIN_ROOT} in an agent hook",
    message: () => "`${CLAUDE_PLUGIN_ROOT}` is not in quotes; Claude Code substitutes the plugin's path, and a path with spaces breaks the command.",
    hint: () => 'Write `"${CLAUDE_PLUGIN_ROOT}/..."` in double quotes.',
  }),
});
