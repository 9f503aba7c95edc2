/**
 * What the pinned Claude Code release knows about tools and models, as data. Re-check against the binary when
 * the pinned Claude Code version changes.
 */

/** Tool names the registry knows (the user-facing ones). */
export const KNOWN_TOOLS: readonly string[] = [
  "Agent", "AskUserQuestion", "Bash", "CronCreate", "CronDelete", "CronList", "Edit", "EnterPlanMode",
  "EnterWorktree", "ExitPlanMode", "ExitWorktree", "Glob", "Grep", "LSP", "ListAgents", "ListMcpResourcesTool",
  "Monitor", "NotebookEdit", "PowerShell", "PushNotification", "REPL", "Read", "ReadMcpResourceTool",
  "ReadMcpResourceDirTool", "RemoteTrigger", "ReportFindings", "ScheduleWakeup", "SendMessage", "SendUserMessage",
  "Skill", "StructuredOutput", "TaskCreate", "TaskGet", "TaskList", "TaskStop", "TaskUpdate", "TodoWrite",
  "ToolSearch", "WebFetch", "WebSearch", "Workflow", "Write",
];

/** Legacy names Claude Code still maps to a current tool. */
export const TOOL_ALIASES: Readonly<Record<string, string>> = {
  Task: "Agent",
  KillShell: "TaskStop",
  KillBash: "TaskStop",
  ListPeers: "ListAgents",
  Brief: "SendUserMessage",
  Eval: "REPL",
  RunWorkflow: "Workflow",
  ListMcpResources: "ListMcpResourcesTool",
  ReadMcpResource: "ReadMcpResourceTool",
  ReadMcpResourceDir: "ReadMcpResourceDirTool",
};

/** Tools that no longer exist, with what replaced them where something did. */
export const REMOVED_TOOLS: Readonly<Record<string, string | null>> = {
  MultiEdit: "Edit",
  LS: "Glob",
  NotebookRead: "Read",
  TodoRead: null,
  BashOutput: "Read",
  SlashCommand: "Skill",
};

/** Tools Claude Code never gives a subagent, whatever its `tools` say. */
export const NEVER_FOR_SUBAGENTS: readonly string[] = ["AskUserQuestion", "EnterPlanMode", "ExitPlanMode", "Workflow", "ScheduleWakeup"];

/** The one tool whose parenthesised argument means something in an agent's tools: which agent types it may spawn. */
export const TOOLS_WITH_MEANINGFUL_ARGS: readonly string[] = ["Agent"];

/** Model aliases (matched case-insensitively; each also with a `[1m]` suffix). */
export const MODEL_ALIASES: readonly string[] = ["sonnet", "opus", "haiku", "fable", "best", "opusplan", "inherit", "default"];

/** What a Claude model id looks like (`claude-sonnet-4-5`, `claude-3-5-haiku-20241022`, Bedrock/Vertex forms). */
export const MODEL_ID_PATTERN = /(^|[./:@])claude-[a-z0-9.-]+(@\d{8})?(\[1m\])?(:\d+)?$|^(arn:aws:bedrock|us\.|eu\.|apac\.|global\.)/i;

export const COLORS: readonly string[] = ["red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"];

export const EFFORT_LEVELS: readonly string[] = ["low", "medium", "high", "xhigh", "max"];
/** Older spellings Claude Code still accepts (effort is matched case-insensitively). */
export const EFFORT_ALIASES: Readonly<Record<string, string>> = { med: "medium" };
export const PERMISSION_MODES: readonly string[] = ["acceptEdits", "auto", "bypassPermissions", "default", "dontAsk", "plan"];
export const PERMISSION_MODE_ALIASES: Readonly<Record<string, string>> = { manual: "default" };
export const MEMORY_SCOPES: readonly string[] = ["user", "project", "local"];
export const ISOLATION_MODES: readonly string[] = ["worktree", "remote"];
export const MIN_AUTO_COMPACT_WINDOW = 100_000;

/** Longest `name` Claude Code accepts. */
export const MAX_NAME_LENGTH = 256;

/** Frontmatter keys Claude Code reads in an agent file. */
export const AGENT_KEYS: readonly string[] = [
  "name", "description", "tools", "disallowedTools", "model", "effort", "permissionMode", "mcpServers", "hooks",
  "maxTurns", "autoCompactWindow", "skills", "initialPrompt", "memory", "background", "omitClaudeMd", "isolation",
  "observer", "observerMessage", "observeSubagents", "observeToolResults", "color", "experimental",
];

/** Extra keys a plugin agent may use for its description. */
export const PLUGIN_DESCRIPTION_KEYS: readonly string[] = ["when_to_use", "when-to-use"];

/** Keys Claude Code ignores in plugin agents. */
export const PLUGIN_IGNORED_KEYS: readonly string[] = [
  "permissionMode", "hooks", "mcpServers", "initialPrompt", "observer", "observerMessage", "observeSubagents",
];

/** Hook events the pinned Claude Code release knows; an agent's hooks under any other name are ignored. */
export const HOOK_EVENTS: readonly string[] = [
  "PreToolUse", "PostToolUse", "PostToolUseFailure", "PostToolBatch", "Notification", "UserPromptSubmit",
  "UserPromptExpansion", "SessionStart", "SessionEnd", "Stop", "StopFailure", "SubagentStart", "SubagentStop",
  "PreCompact", "PostCompact", "PreModelSwitch", "PostModelSwitch", "PermissionRequest", "PermissionDenied", "Setup",
  "TeammateIdle", "TaskCreated", "TaskCompleted", "Elicitation", "ElicitationResult", "ConfigChange", "WorktreeCreate",
  "WorktreeRemove", "InstructionsLoaded", "CwdChanged", "FileChanged", "DirectoryAdded", "MessageDisplay", "PreSkillShellCommand",
];
