import { z } from "zod";

/** Hook events the pinned Claude Code release knows (checked against `claude plugin validate`: others are ignored). */
export const HOOK_EVENTS = [
  "PreToolUse", "PostToolUse", "PostToolUseFailure", "PostToolBatch", "Notification", "UserPromptSubmit",
  "UserPromptExpansion", "SessionStart", "SessionEnd", "Stop", "StopFailure", "SubagentStart", "SubagentStop",
  "PreCompact", "PostCompact", "PreModelSwitch", "PostModelSwitch", "PermissionRequest", "PermissionDenied", "Setup",
  "TeammateIdle", "TaskCreated", "TaskCompleted", "Elicitation", "ElicitationResult", "ConfigChange",
  "WorktreeCreate", "WorktreeRemove", "InstructionsLoaded", "CwdChanged", "FileChanged", "DirectoryAdded",
  "MessageDisplay", "PreSkillShellCommand",
] as const;

export const HOOK_TYPES = ["command", "prompt", "agent", "http"] as const;

/** The wrapper without which the plugin fails to load: `{ "hooks": { "<Event>": [...] } }` (or hook `modules`). */
export const hooksFileSchema = z
  .looseObject({ hooks: z.record(z.string(), z.unknown()).optional(), modules: z.unknown().optional() })
  .refine((file) => file.hooks !== undefined || file.modules !== undefined);

/** A matcher group: the list of hooks is required, the matcher optional. */
export const hookGroupSchema = z.looseObject({ matcher: z.string().optional(), hooks: z.array(z.unknown()) });

/** A command hook: the only type we check in depth. */
export const commandHookSchema = z.looseObject({
  type: z.literal("command"),
  command: z.string().min(1),
  timeout: z.number().positive().optional(),
});
