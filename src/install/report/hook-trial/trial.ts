import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import type { ActivationHook } from "../../layout/names.js";
import { routingModeFrom } from "../../../router/mode.js";
import type { RoutingMode } from "../../../router/types.js";
import type { InstallEnv } from "../../plan/scope.js";
import { hookFinding, type HookSource, type HookTrialArgs, type HookTrialCode } from "./codes.js";
import { DEFAULT_HOOK_TIMEOUT_S, describeHook, execArgv, hookForm, shellWords, type HookForm, type HookPlaceholders } from "./command.js";
import { hookEnvironment } from "./environment.js";
import { PROBE_MIGRATIONS, probesFor, type Probe, type ProbeContext } from "./probes.js";
import { findHookRegistrations, projectDirOf, type HookRegistration } from "./registrations.js";
import { runHookCommand, type HookRunResult } from "./run.js";

/** What one synthetic event got. */
export interface ProbeResult {
  id: string;
  given: string;
  expected: string;
  /** What the hook did when it passed: `expected`, done. */
  done: string;
  passed: boolean;
  /** What the hook did instead, when it did not pass. */
  got?: string;
}

/** One registered hook, tried. */
export interface HookTrial {
  source: HookSource;
  file: string;
  event: string;
  hook: ActivationHook;
  /** For a plugin install, its id. */
  plugin?: string;
  form: HookForm;
  /** The command as registered (the shell string, or the program and arguments as JSON). */
  command: string;
  /** The script it runs, where that can be told without running it. */
  script: string | null;
  /** `works`; `quiet`: the router is silent because routing is turned down (not a fault); `broken`: see `code`. */
  status: "works" | "quiet" | "broken";
  /** The finding's code when the status is not `works`. */
  code?: HookTrialCode;
  probes: ProbeResult[];
  /** For the router: the routing mode its environment sets. */
  routing?: RoutingMode;
}

/** A finding from a trial, as doctor reports it. */
export interface HookTrialFinding {
  code: HookTrialCode;
  severity: "error" | "warning" | "info";
  file: string;
  message: string;
  next: string;
  args: Readonly<Record<string, string | number>>;
}

export interface TryHooksOptions extends InstallEnv {
  /** The longest doctor waits for one hook, in seconds, whatever its registered timeout (default 60). */
  maxWaitS?: number;
  platform?: NodeJS.Platform;
}

/** Cap on how many hooks are tried at once. */
const CONCURRENCY = 3;

/**
 * Finds every registration of our hooks and runs each as Claude Code would, with synthetic events: the guard
 * must deny `rm -rf build` from our agent and let `npm test` through; the router must answer a backend prompt
 * and stay silent on a frontend one (or, with routing turned down, be silent for that reason); the check must
 * report a migration with a non-concurrent index and stay silent on a clean one. Nothing of the user's is
 * written: the synthetic migrations go to a temporary folder of doctor's own, removed afterwards.
 */
export async function tryHooks(options: TryHooksOptions): Promise<{ trials: HookTrial[]; findings: HookTrialFinding[] }> {
  const registrations = await findHookRegistrations(options);
  if (registrations.length === 0) return { trials: [], findings: [] };
  const scratch = await mkdtemp(join(tmpdir(), "backend-architect-doctor-"));
  try {
    const migrations = join(scratch, "db", "migrations");
    await mkdir(migrations, { recursive: true });
    for (const { name, text } of Object.values(PROBE_MIGRATIONS)) await writeFile(join(migrations, name), text);
    const projectDir = await projectDirOf(options);
    const results: { trial: HookTrial; finding?: HookTrialFinding }[] = [];
    for (let i = 0; i < registrations.length; i += CONCURRENCY) {
      const batch = registrations.slice(i, i + CONCURRENCY);
      results.push(...(await Promise.all(batch.map((registration) => tryOne(registration, { ...options, projectDir, scratch, migrations })))));
    }
    return { trials: results.map((r) => r.trial), findings: results.flatMap((r) => (r.finding ? [r.finding] : [])) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

interface TrialContext extends TryHooksOptions {
  projectDir: string;
  scratch: string;
  migrations: string;
}

type Verdict = { status: "works" } | { status: "quiet" | "broken"; code: HookTrialCode; args: Record<string, string | number> };

async function tryOne(registration: HookRegistration, context: TrialContext): Promise<{ trial: HookTrial; finding?: HookTrialFinding }> {
  const env = await hookEnvironment({ ...context, ...(registration.plugin ? { plugin: registration.plugin } : {}) });
  const placeholders: HookPlaceholders = { projectDir: context.projectDir, ...(registration.plugin ? { pluginRoot: registration.plugin.root } : {}) };
  const trial: HookTrial = {
    source: registration.source,
    file: registration.file,
    event: registration.event,
    hook: registration.hook,
    ...(registration.plugin ? { plugin: registration.plugin.id } : {}),
    form: hookForm(registration.entry),
    command: describeHook(registration.entry),
    script: null,
    status: "works",
    probes: [],
  };
  const base = { hook: registration.hook, source: registration.source, file: registration.file, plugin: registration.plugin?.id ?? "" };
  const verdict = await judge(registration, trial, { ...context, env, placeholders });
  if (verdict.status === "works") return { trial };
  trial.status = verdict.status;
  trial.code = verdict.code;
  const args = { ...base, ...verdict.args };
  const worded = hookFinding(verdict.code, args as HookTrialArgs<typeof verdict.code>);
  return { trial, finding: { ...worded, file: registration.file, args } };
}

type JudgeContext = TrialContext & { env: Record<string, string | undefined>; placeholders: HookPlaceholders };

async function judge(registration: HookRegistration, trial: HookTrial, context: JudgeContext): Promise<Verdict> {
  const { entry } = registration;
  const platform = context.platform ?? process.platform;
  const located = locateScript(registration, context, platform);
  trial.script = located.script ?? null;
  if (located.verdict) return located.verdict;

  const seconds = Math.min(entry.timeout ?? DEFAULT_HOOK_TIMEOUT_S, context.maxWaitS ?? 60);
  const facts = { program: located.program, seconds, script: located.script ?? registration.expectedScript, shell: entry.args === undefined };
  const attempt = async (probe: Probe): Promise<Verdict | undefined> => {
    const result = await runHookCommand({ entry, input: probe.input, cwd: context.cwd, env: context.env, placeholders: context.placeholders, timeoutMs: seconds * 1000, platform });
    const record = { id: probe.id, given: probe.given, expected: probe.expected, done: probe.done };
    const failure = failed(result, facts);
    if (failure) {
      trial.probes.push({ ...record, passed: false, got: failure.got });
      return failure.verdict;
    }
    const wrong = probe.judge(result.kind === "exited" ? result.stdout : "");
    trial.probes.push({ ...record, passed: wrong === undefined, ...(wrong === undefined ? {} : { got: wrong }) });
    return wrong === undefined ? undefined : { status: "broken", code: "DOCTOR_HOOK_WRONG_ANSWER", args: { probe: probe.given, expected: probe.expected, got: wrong } };
  };

  const routing = routingModeFrom(context.env);
  if (registration.hook === "user-prompt-submit") trial.routing = routing;
  const probeContext: ProbeContext = { agentType: registration.agentType, cwd: context.cwd, scratch: context.scratch, transcript: join(context.scratch, "transcript.jsonl") };
  for (const probe of probesFor(registration.hook, probeContext, { migration: (name) => join(context.migrations, name), routing })) {
    const verdict = await attempt(probe);
    if (verdict) return verdict;
  }
  // A router that is silent on a backend prompt because routing is turned down does what it is told.
  if (registration.hook === "user-prompt-submit" && routing !== "auto") return { status: "quiet", code: "DOCTOR_ROUTING_QUIET", args: { mode: routing } };
  return { status: "works" };
}

/**
 * The program and the script the entry runs, read without running it: the arguments exec form spawns, or the
 * words the shell makes. A shell command that names our script in its text but not as one word after the shell
 * has read it is a quoting fault; a script that is not there is missing.
 */
function locateScript(registration: HookRegistration, context: JudgeContext, platform: NodeJS.Platform): { program: string; script?: string; verdict?: Verdict } {
  const { entry, expectedScript } = registration;
  const shellEnv = { ...context.env, CLAUDE_PROJECT_DIR: context.placeholders.projectDir, CLAUDE_PLUGIN_ROOT: context.placeholders.pluginRoot };
  const words = entry.args !== undefined ? execArgv(entry, context.placeholders) : platform === "win32" ? undefined : shellWords(entry.command, shellEnv);
  const program = words?.[0] ?? entry.command.trim().split(/\s+/)[0] ?? entry.command;
  const named = words?.slice(1).find((word) => word.replaceAll("\\", "/").endsWith(`/hooks/${registration.hook}.mjs`));
  const script = named === undefined ? undefined : isAbsolute(named) ? named : resolve(context.cwd, named);
  const reachable = script !== undefined && existsSync(script);
  if (entry.args === undefined && !reachable && mentions(entry.command, expectedScript, shellEnv) && existsSync(expectedScript)) {
    return { program, script: expectedScript, verdict: { status: "broken", code: "DOCTOR_HOOK_QUOTING", args: { script: expectedScript, words: JSON.stringify(words?.slice(1) ?? entry.command) } } };
  }
  if (script !== undefined && !reachable) return { program, script, verdict: { status: "broken", code: "DOCTOR_HOOK_MISSING", args: { script } } };
  return script === undefined ? { program } : { program, script };
}

/** A run that did not get as far as an answer: which finding it is, and what happened in words. */
function failed(result: HookRunResult, what: { program: string; seconds: number; script: string; shell: boolean }): { verdict: Verdict; got: string } | undefined {
  if (result.kind === "timeout") return { verdict: { status: "broken", code: "DOCTOR_HOOK_TIMEOUT", args: { seconds: what.seconds } }, got: `no answer within ${what.seconds} s` };
  if (result.kind === "not-started") {
    if (result.reason === "ENOENT") return { verdict: { status: "broken", code: "DOCTOR_HOOK_PROGRAM_MISSING", args: { program: what.program } }, got: `${what.program} not found` };
    return { verdict: { status: "broken", code: "DOCTOR_HOOK_FAILED", args: { exit: "could not be started", output: result.reason } }, got: `could not start (${result.reason})` };
  }
  if (result.code === 0) return undefined;
  const stderr = result.stderr.trim();
  if (what.shell && result.code === 127 && /not found|No such file/.test(stderr) && stderr.includes(what.program)) {
    return { verdict: { status: "broken", code: "DOCTOR_HOOK_PROGRAM_MISSING", args: { program: what.program } }, got: `${what.program} not found` };
  }
  const missing = /Cannot find module '([^']+)'/.exec(stderr)?.[1];
  if (missing !== undefined && missing === what.script) return { verdict: { status: "broken", code: "DOCTOR_HOOK_MISSING", args: { script: missing } }, got: "script not found" };
  const line = firstErrorLine(stderr);
  return { verdict: { status: "broken", code: "DOCTOR_HOOK_FAILED", args: { exit: `exited with code ${result.code}`, output: line } }, got: `exit ${result.code}${line ? `: ${line}` : ""}` };
}

/** The line of stderr that says what went wrong (node prints the source line and a caret first). */
function firstErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  const named = lines.find((line) => /^[A-Za-z]*Error\b|^Error:|not found|denied/i.test(line));
  return (named ?? lines[0] ?? "").slice(0, 300);
}

/** Whether the command text names `path` once `$NAME` / `${NAME}` are read from `env` without any shell rules. */
function mentions(command: string, path: string, env: Readonly<Record<string, string | undefined>>): boolean {
  const expanded = command.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string | undefined, plain: string | undefined) => env[(braced ?? plain) as string] ?? "");
  return expanded.includes(path) || expanded.replace(/\\(.)/g, "$1").includes(path);
}
