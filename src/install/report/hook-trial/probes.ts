import type { ActivationHook } from "../../layout/names.js";
import type { RoutingMode } from "../../../router/types.js";

/**
 * The synthetic events doctor sends each of our hooks, and what a working hook answers. Pure: the caller
 * runs them. Each event has the fields Claude Code sends (session, transcript, cwd, permission mode, event
 * name), and the tool events come from the agent the hook serves, as a subagent's calls do.
 */
export interface Probe {
  /** Stable id, in `--json`. */
  id: string;
  /** The event in words, for a report: "the agent's `rm -rf build`". */
  given: string;
  /** What a working hook does with it, in words: "deny it". */
  expected: string;
  /** The same, done: "denied it". */
  done: string;
  input: Record<string, unknown>;
  /** Undefined when the answer is right; else what the hook did instead, in words. */
  judge: (stdout: string) => string | undefined;
}

export interface ProbeContext {
  agentType: string;
  cwd: string;
  /** A folder of doctor's own where the check's synthetic migrations are written. */
  scratch: string;
  transcript: string;
}

/** The migrations the check hook is given (written to the scratch folder before it runs). */
export const PROBE_MIGRATIONS = {
  bad: { name: "001_orders_customer_index.sql", text: "SET lock_timeout = '5s';\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);\n" },
  clean: { name: "002_orders_placed_at_index.sql", text: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);\n" },
} as const;

export const PROBE_PROMPTS = {
  backend: "Design the REST endpoints and the Postgres schema for our orders service",
  frontend: "Make the navbar sticky and animate the hamburger menu",
  named: "@backend-architect sketch the orders API",
} as const;

function base(context: ProbeContext, event: string): Record<string, unknown> {
  return { session_id: "backend-architect-doctor", transcript_path: context.transcript, cwd: context.cwd, permission_mode: "default", hook_event_name: event };
}

function fromAgent(context: ProbeContext, event: string, tool: string, input: Record<string, unknown>, id: string): Record<string, unknown> {
  return { ...base(context, event), tool_name: tool, tool_input: input, tool_use_id: `toolu_doctor_${id}`, agent_id: "doctor-agent", agent_type: context.agentType };
}

/** The hook-specific output of a JSON answer, if the answer is one. */
function specific(stdout: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(stdout) as { hookSpecificOutput?: unknown };
    const output = value.hookSpecificOutput;
    return typeof output === "object" && output !== null ? (output as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const said = (stdout: string): string => (stdout.trim() === "" ? "said nothing" : `answered ${JSON.stringify(stdout.trim().slice(0, 160))}`);

function context(stdout: string, event: string): string | undefined {
  const output = specific(stdout);
  return output?.["hookEventName"] === event && typeof output["additionalContext"] === "string" ? output["additionalContext"] : undefined;
}

export function guardProbes(c: ProbeContext): Probe[] {
  const bash = (command: string, id: string) => fromAgent(c, "PreToolUse", "Bash", { command, description: "doctor" }, id);
  return [
    {
      id: "guard-denies-rm",
      given: `\`rm -rf build\` from ${c.agentType}`,
      expected: "deny it",
      done: "denied it",
      input: bash("rm -rf build", "rm"),
      judge: (stdout) => (specific(stdout)?.["permissionDecision"] === "deny" ? undefined : said(stdout)),
    },
    {
      id: "guard-allows-npm-test",
      given: `\`npm test\` from ${c.agentType}`,
      expected: "let it run (no answer, or allow)",
      done: "let it run",
      input: bash("npm test", "npm"),
      judge: (stdout) => {
        if (stdout.trim() === "") return undefined;
        const decision = specific(stdout)?.["permissionDecision"];
        return decision === "allow" || decision === undefined ? undefined : `answered ${String(decision)}`;
      },
    },
  ];
}

/**
 * The router's probes for its routing mode: in `auto` a backend prompt is answered and a frontend one is not;
 * in `explicit` only a prompt that names the agent is answered; in `off` nothing is.
 */
export function routerProbes(c: ProbeContext, mode: RoutingMode): Probe[] {
  const prompt = (text: string, id: string) => ({ ...base(c, "UserPromptSubmit"), prompt_id: `doctor-${id}`, prompt: text });
  const answers = (stdout: string): string | undefined => {
    const text = context(stdout, "UserPromptSubmit");
    return text?.includes(c.agentType) ? undefined : text === undefined ? said(stdout) : `answered without naming ${c.agentType}`;
  };
  const silent = (stdout: string): string | undefined => (stdout.trim() === "" ? undefined : said(stdout));
  const routed = { expected: `ask Claude to delegate to ${c.agentType}`, done: `asked Claude to delegate to ${c.agentType}`, judge: answers };
  const quiet = (why: string) => ({ expected: `say nothing${why}`, done: "said nothing", judge: silent });
  const turnedDown = ` (routing is ${mode})`;
  return [
    { id: "router-backend", given: `the backend prompt "${PROBE_PROMPTS.backend}"`, input: prompt(PROBE_PROMPTS.backend, "backend"), ...(mode === "auto" ? routed : quiet(turnedDown)) },
    { id: "router-frontend", given: `the frontend prompt "${PROBE_PROMPTS.frontend}"`, input: prompt(PROBE_PROMPTS.frontend, "frontend"), ...quiet("") },
    ...(mode === "auto" ? [] : [{ id: "router-named", given: `the prompt "${PROBE_PROMPTS.named}"`, input: prompt(PROBE_PROMPTS.named, "named"), ...(mode === "explicit" ? routed : quiet(turnedDown)) }]),
  ];
}

export function checkProbes(c: ProbeContext, migration: (name: string) => string): Probe[] {
  const write = (name: string, text: string, id: string) =>
    fromAgent(c, "PostToolUse", "Write", { file_path: migration(name), content: text }, id);
  const withResponse = (input: Record<string, unknown>, name: string) => ({ ...input, tool_response: { type: "create", filePath: migration(name), content: (input["tool_input"] as { content: string }).content } });
  const { bad, clean } = PROBE_MIGRATIONS;
  return [
    {
      id: "check-flags-index",
      given: `${c.agentType} writing a migration with a non-concurrent CREATE INDEX`,
      expected: "return a MIGRATION_INDEX_NOT_CONCURRENT finding",
      done: "returned a MIGRATION_INDEX_NOT_CONCURRENT finding",
      input: withResponse(write(bad.name, bad.text, "bad"), bad.name),
      judge: (stdout) => (context(stdout, "PostToolUse")?.includes("MIGRATION_INDEX_NOT_CONCURRENT") ? undefined : said(stdout)),
    },
    {
      id: "check-silent-clean",
      given: `${c.agentType} writing a clean migration`,
      expected: "say nothing",
      done: "said nothing",
      input: withResponse(write(clean.name, clean.text, "clean"), clean.name),
      judge: (stdout) => (stdout.trim() === "" ? undefined : said(stdout)),
    },
  ];
}

/** The probes for one of our hooks; the router's depend on the routing mode its environment sets. */
export function probesFor(hook: ActivationHook, c: ProbeContext, options: { migration: (name: string) => string; routing: RoutingMode }): Probe[] {
  if (hook === "pre-tool-use") return guardProbes(c);
  if (hook === "post-tool-use") return checkProbes(c, options.migration);
  return routerProbes(c, options.routing);
}
