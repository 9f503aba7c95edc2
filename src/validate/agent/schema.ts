import { z } from "zod";
import {
  EFFORT_ALIASES,
  EFFORT_LEVELS,
  PERMISSION_MODE_ALIASES,
  ISOLATION_MODES,
  MEMORY_SCOPES,
  MIN_AUTO_COMPACT_WINDOW,
  PERMISSION_MODES,
} from "../../resolve/registry.js";

// Claude Code accepts numbers written as text for the integer fields (it parses them).
const integerLike = z.union([z.number().int(), z.string().regex(/^\s*[+-]?\d+\s*$/)]).transform(Number);
const booleanLike = z.union([z.boolean(), z.enum(["true", "false"])]);

/**
 * The shape of the agent frontmatter fields whose bad values Claude Code silently drops. Values are
 * accepted exactly as leniently as the pinned Claude Code release accepts them.
 */
export const agentFieldSchema = z
  .object({
    effort: z.union([
      z.number().int().positive(),
      z.string().refine((text) => {
        const level = text.toLowerCase();
        return EFFORT_LEVELS.includes(EFFORT_ALIASES[level] ?? level) || Number.parseInt(text, 10) > 0;
      }),
    ]),
    permissionMode: z.enum([...PERMISSION_MODES, ...Object.keys(PERMISSION_MODE_ALIASES)] as [string, ...string[]]),
    maxTurns: integerLike.pipe(z.number().positive()),
    autoCompactWindow: integerLike.pipe(z.number().min(MIN_AUTO_COMPACT_WINDOW)),
    memory: z.enum(MEMORY_SCOPES as [string, ...string[]]),
    isolation: z.enum(ISOLATION_MODES as [string, ...string[]]),
    background: booleanLike,
    omitClaudeMd: booleanLike,
    observeSubagents: booleanLike,
    observeToolResults: booleanLike,
    skills: z.union([z.string(), z.array(z.string())]),
    mcpServers: z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
    initialPrompt: z.string(),
  })
  .partial()
  .loose();

/** What each field must be, in words, for the diagnostic. */
export const EXPECTED: Readonly<Record<string, string>> = {
  effort: `one of ${EFFORT_LEVELS.join(", ")}, or a positive integer`,
  permissionMode: `one of ${PERMISSION_MODES.join(", ")}`,
  maxTurns: "a positive integer",
  autoCompactWindow: `an integer of at least ${MIN_AUTO_COMPACT_WINDOW}`,
  memory: `one of ${MEMORY_SCOPES.join(", ")}`,
  isolation: `one of ${ISOLATION_MODES.join(", ")}`,
  background: "true or false",
  omitClaudeMd: "true or false",
  observeSubagents: "true or false",
  observeToolResults: "true or false",
  skills: "a skill name or a list of skill names",
  mcpServers: "a list of server names or `{ name: config }` entries",
  initialPrompt: "text",
};
