import { dirname, join, relative } from "node:path";
import { checkAgentText } from "../../validate/agent/index.js";
import { scanAgentCopies, type AgentCopy, type ClashReport, type ScanOptions } from "./clashes.js";
import { nodeFs, readOrUndefined } from "../io/fs.js";
import { sha256 } from "../state/record.js";
import { AGENT_FILE } from "../layout/names.js";
import { loadSource, type SourceOptions } from "../plan/source.js";
import { ourPluginAgentType, pluginAgents } from "../plan/plugin-agents.js";
import type { InstallFs } from "../io/fs.js";
import { getStatus, type ScopeStatus, type StatusOptions } from "./status.js";
import { doctorCodes as doctorCatalog } from "../../diagnostics/codes/doctor.js";
import { render, type ArgsOfSpec, type ArgsParam } from "../../diagnostics/define.js";
import { tryHooks, type HookTrial, type TryHooksOptions } from "./hook-trial/trial.js";

export type FindingSeverity = "error" | "warning" | "info";

/** One thing doctor noticed, with the concrete next step. Codes are permanent (docs/install-errors.md). */
export interface DoctorFinding {
  code: DoctorCode;
  severity: FindingSeverity;
  file: string | null;
  message: string;
  next: string;
  /** The values the wording was made from (the hook codes' arguments), so --json keeps them as data. */
  args?: Readonly<Record<string, string | number>>;
}

/** Every doctor code: the install checks', then those of trying the hooks. Declared and worded in src/diagnostics/codes/doctor.ts. */
export const doctorCodes = Object.keys(doctorCatalog) as DoctorCode[];
export type DoctorCode = keyof typeof doctorCatalog;

/** A finding of one doctor code, worded by the catalog; the arguments stay in it as data. */
export function doctorFinding<C extends DoctorCode>(code: C, file: string | null, ...rest: ArgsParam<ArgsOfSpec<(typeof doctorCatalog)[C]>>): DoctorFinding {
  const args = (rest[0] ?? {}) as ArgsOfSpec<(typeof doctorCatalog)[C]>;
  const { message, hint } = render(doctorCatalog[code], args as never);
  return { code, severity: doctorCatalog[code].severity, file, message, next: hint, args: args as Readonly<Record<string, string | number>> };
}

export interface DoctorReport {
  status: ScopeStatus[];
  /** Each registration of our hooks (plugin install, user and project settings.json), run with synthetic events. */
  hooks: HookTrial[];
  clashes: ClashReport;
  /** The copy `@agent-backend-architect` reaches, if any. */
  loads: AgentCopy | null;
  /** With --plugin-dir: our agent in that plugin folder and the type Claude Code gives it there (null: not ours there). */
  pluginCopy: { root: string; file: string; agentType: string } | null;
  findings: DoctorFinding[];
}

export interface DoctorOptions extends StatusOptions, Pick<ScanOptions, "managedDir">, Pick<TryHooksOptions, "maxWaitS" | "platform"> {
  source?: SourceOptions;
  /** Run the registered hook commands with synthetic events (default true). */
  tryHooks?: boolean;
}

/**
 * Status, plus what Claude Code will actually load, whether our registered hooks really answer, and what to
 * do about each problem. Read-only: the hooks are run with synthetic events, their migrations in a temporary
 * folder of doctor's own.
 */
export async function doctor(options: DoctorOptions): Promise<DoctorReport> {
  const fs = options.fs ?? nodeFs;
  const status = await getStatus(options);
  const clashes = await scanAgentCopies(options);
  const withHooks = await loadSource({ hooks: true, ...options.source });
  const source = withHooks.ok ? withHooks : await loadSource({ ...options.source, hooks: false });
  const current = source.ok ? source.value : undefined;
  const currentSha = new Map(current?.files.map((file) => [file.path, sha256(file.content)]));
  const findings: DoctorFinding[] = [];
  let pluginCopy: DoctorReport["pluginCopy"] = null;
  const add = <C extends DoctorCode>(code: C, file: string | null, ...args: ArgsParam<ArgsOfSpec<(typeof doctorCatalog)[C]>>): void =>
    void findings.push(doctorFinding(code, file, ...args));
  const scopeFlag = (scope: string): string => (scope === "plugin" ? `--plugin-dir ${options.pluginDir ?? "<dir>"}` : `--scope ${scope}`);

  for (const scope of status) {
    if (scope.error) {
      const code = scope.error.code === "INSTALL_PLUGIN_DIR_INVALID" ? "DOCTOR_PLUGIN_DIR_INVALID" : "DOCTOR_RECORD_UNREADABLE";
      add(code, scope.error.path ?? null, { error: scope.error.code, detail: scope.error.message, next: scope.error.hint });
      continue;
    }
    const scoped = { scope: scope.scope, flag: scopeFlag(scope.scope) };
    if (scope.hooks?.settingsInvalid) {
      add("DOCTOR_HOOKS_NOT_REGISTERED", scope.hooks.settings, { ...scoped, problem: "settings-invalid", settings: scope.hooks.settings });
    } else if (scope.hooks?.missing) {
      add("DOCTOR_HOOKS_NOT_REGISTERED", scope.hooks.settings, { ...scoped, problem: "partial", settings: scope.hooks.settings, missing: scope.hooks.missing.join(",") });
    } else if (scope.hooks && !scope.hooks.registered) {
      add("DOCTOR_HOOKS_NOT_REGISTERED", scope.hooks.settings, { ...scoped, problem: "gone", settings: scope.hooks.settings });
    }
    if (scope.scope === "plugin") {
      const root = dirname(scope.agentsDir);
      await pluginClash(root, fs, add);
      pluginCopy = await ourPluginCopy(root, scope, fs);
    }
    for (const file of scope.files) {
      if (file.state === "edited") {
        add("DOCTOR_EDITED", file.target, scoped);
      } else if (file.state === "missing") {
        add("DOCTOR_MISSING", file.target, scoped);
      } else if (file.state === "not-ours") {
        add("DOCTOR_NOT_OURS", file.target, scoped);
      } else if (current && currentSha.has(file.path) && (file.version !== current.version || file.sha256 !== currentSha.get(file.path))) {
        add("DOCTOR_OUTDATED", file.target, { ...scoped, version: file.version ?? "?", current: current.version, sameVersion: file.version === current.version ? "yes" : "no" });
      }
    }
  }
  const installedAnywhere = status.some((s) => s.files.some((f) => f.state !== "not-ours")) || clashes.copies.length > 0;
  if (!installedAnywhere) {
    add("DOCTOR_NOT_INSTALLED", null);
  }

  for (const copy of clashes.copies) {
    const text = (await readOrUndefined(fs, copy.file).catch(() => undefined))?.toString("utf8");
    if (text === undefined) continue;
    const pluginName = copy.plugin ? copy.agentType.split(":")[0] ?? "plugin" : undefined;
    const check = checkAgentText(text, copy.file, pluginName ? { scope: "plugin", pluginName } : { scope: copy.source === "project" ? "project" : "user" });
    const errors = check.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || !check.resolved.loaded) {
      const first = errors[0];
      const where = { source: copy.source, file: copy.file, errors: errors.length, loaded: check.resolved.loaded ? "yes" : "no" } as const;
      add("DOCTOR_INVALID_COPY", copy.file, first ? { ...where, first: `${first.code} at ${first.start.line}:${first.start.column}` } : where);
    }
    if (copy.plugin && !copy.plugin.enabled) {
      add("DOCTOR_PLUGIN_DISABLED", copy.file, { plugin: copy.plugin.id });
    }
  }
  for (const hidden of clashes.hidden) {
    const winner = clashes.winner as AgentCopy;
    add("DOCTOR_HIDDEN", hidden.file, { source: hidden.source, winnerSource: winner.source, winnerFile: winner.file, scope: hidden.source === "project" ? "project" : "user" });
  }
  const enabledPlugin = clashes.copies.find((c) => c.plugin?.enabled);
  if (enabledPlugin && clashes.winner) {
    add("DOCTOR_PLUGIN_AND_FILE", enabledPlugin.file, { agentType: enabledPlugin.agentType, winnerSource: clashes.winner.source, winnerFile: relative(options.cwd, clashes.winner.file) || clashes.winner.file });
  }
  const tried = options.tryHooks === false ? { trials: [], findings: [] } : await tryHooks(options);
  findings.push(...tried.findings);
  return { status, hooks: tried.trials, clashes, loads: clashes.winner ?? null, pluginCopy, findings };
}

/** Our agent in a plugin folder (installed there, edited or not), with the agent type Claude Code gives it. */
async function ourPluginCopy(root: string, scope: ScopeStatus, fs: InstallFs): Promise<DoctorReport["pluginCopy"]> {
  const ours = scope.files.find((file) => file.path === AGENT_FILE && (file.state === "installed" || file.state === "edited"));
  if (!ours) return null;
  const { agents } = await pluginAgents(root, fs);
  const agent = agents.find((found) => found.file === ours.target);
  return agent ? { root, file: agent.file, agentType: agent.agentType } : null;
}

/**
 * Two or more agent files of the plugin with our agent type: Claude Code loads one, the others cannot be
 * reached. A warning, like DOCTOR_HIDDEN (the same thing across scopes) and validate's PLUGIN_AGENT_TYPE_CLASH:
 * the plugin loads and one agent works; error is kept for copies Claude Code does not load at all.
 */
async function pluginClash(root: string, fs: InstallFs, add: (code: "DOCTOR_PLUGIN_AGENT_CLASH", file: string | null, args: ArgsOfSpec<(typeof doctorCatalog)["DOCTOR_PLUGIN_AGENT_CLASH"]>) => void): Promise<void> {
  const { pluginName, agents } = await pluginAgents(root, fs);
  const type = ourPluginAgentType(pluginName);
  const same = agents.filter((agent) => agent.agentType === type).map((agent) => agent.file);
  if (same.length < 2) return;
  const ours = join(root, ...AGENT_FILE.split("/"));
  const others = same.filter((file) => file !== ours);
  add("DOCTOR_PLUGIN_AGENT_CLASH", others[0] ?? null, {
    count: same.length,
    root,
    agentType: type,
    files: same.join(", "),
    others: others.length,
    oursAmong: same.includes(ours) ? "yes" : "no",
  });
}
