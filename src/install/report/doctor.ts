import { dirname, join, relative } from "node:path";
import { checkAgentText } from "../../validate/agent/index.js";
import { scanAgentCopies, type AgentCopy, type ClashReport, type ScanOptions } from "./clashes.js";
import { nodeFs, readOrUndefined } from "../io/fs.js";
import { sha256 } from "../state/record.js";
import { AGENT_FILE, type ActivationHook } from "../layout/names.js";
import { loadSource, type SourceOptions } from "../plan/source.js";
import { ourPluginAgentType, pluginAgents } from "../plan/plugin-agents.js";
import type { InstallFs } from "../io/fs.js";
import { getStatus, type ScopeStatus, type StatusOptions } from "./status.js";
import { hookTrialCodes, type HookTrialCode } from "./hook-trial/codes.js";
import { tryHooks, type HookTrial, type TryHooksOptions } from "./hook-trial/trial.js";

export type FindingSeverity = "error" | "warning" | "info";

/** What each of our hooks is, and what is lost without it, in the words doctor uses. */
const HOOK_ROLES: Record<ActivationHook, string> = {
  "user-prompt-submit": "the router (UserPromptSubmit)",
  "pre-tool-use": "the npm-only guard (PreToolUse)",
  "post-tool-use": "the check hook (PostToolUse)",
};
const HOOK_LOSS: Record<ActivationHook, string> = {
  "user-prompt-submit": "prompts are not routed to the agent",
  "pre-tool-use": "its Bash calls are not limited to npm",
  "post-tool-use": "the migrations and API contracts it writes are not checked",
};

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

const installCodes = [
  "DOCTOR_NOT_INSTALLED",
  "DOCTOR_EDITED",
  "DOCTOR_MISSING",
  "DOCTOR_NOT_OURS",
  "DOCTOR_OUTDATED",
  "DOCTOR_INVALID_COPY",
  "DOCTOR_HIDDEN",
  "DOCTOR_PLUGIN_DISABLED",
  "DOCTOR_PLUGIN_AND_FILE",
  "DOCTOR_RECORD_UNREADABLE",
  "DOCTOR_HOOKS_NOT_REGISTERED",
  "DOCTOR_PLUGIN_DIR_INVALID",
  "DOCTOR_PLUGIN_AGENT_CLASH",
] as const;

/** Every doctor code: the install checks', then those of trying the hooks (hook-trial/codes.ts). */
export const doctorCodes = [...installCodes, ...(Object.keys(hookTrialCodes) as HookTrialCode[])] as const;
export type DoctorCode = (typeof installCodes)[number] | HookTrialCode;

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
  const add = (code: DoctorCode, severity: FindingSeverity, file: string | null, message: string, next: string): void =>
    void findings.push({ code, severity, file, message, next });
  const scopeFlag = (scope: string): string => (scope === "plugin" ? `--plugin-dir ${options.pluginDir ?? "<dir>"}` : `--scope ${scope}`);

  for (const scope of status) {
    if (scope.error) {
      const code = scope.error.code === "INSTALL_PLUGIN_DIR_INVALID" ? "DOCTOR_PLUGIN_DIR_INVALID" : "DOCTOR_RECORD_UNREADABLE";
      add(code, "error", scope.error.path ?? null, scope.error.message, scope.error.hint);
      continue;
    }
    if (scope.hooks?.settingsInvalid) {
      add("DOCTOR_HOOKS_NOT_REGISTERED", "warning", scope.hooks.settings, `This ${scope.scope} install's settings.json is not valid JSON, so Claude Code ignores the whole file: our hooks (and every other setting in it) do not take effect.`, `Fix the JSON in ${scope.hooks.settings}, then run \`backend-architect doctor\` again.`);
    } else if (scope.hooks?.missing) {
      const missing = scope.hooks.missing.map((hook) => HOOK_ROLES[hook]).join(" and ");
      add("DOCTOR_HOOKS_NOT_REGISTERED", "warning", scope.hooks.settings, `This ${scope.scope} install's settings.json registers only part of our hooks: ${missing} ${scope.hooks.missing.length > 1 ? "are" : "is"} not there (an install by an older version, or edited out), so ${scope.hooks.missing.map((hook) => HOOK_LOSS[hook]).join(", and ")}.`, `Register them all with \`backend-architect install ${scopeFlag(scope.scope)}\`, or leave hooks out on purpose with \`--no-hooks\`.`);
    } else if (scope.hooks && !scope.hooks.registered) {
      add("DOCTOR_HOOKS_NOT_REGISTERED", "warning", scope.hooks.settings, `The hooks this ${scope.scope} install registered are no longer in settings.json, so prompts are not routed to the agent, its Bash calls are not limited to npm, and the migrations and API contracts it writes are not checked.`, `Register them again with \`backend-architect install ${scopeFlag(scope.scope)}\`, or leave them out on purpose with \`--no-hooks\`.`);
    }
    if (scope.scope === "plugin") {
      const root = dirname(scope.agentsDir);
      await pluginClash(root, fs, add);
      pluginCopy = await ourPluginCopy(root, scope, fs);
    }
    for (const file of scope.files) {
      const flag = scopeFlag(scope.scope);
      if (file.state === "edited") {
        add("DOCTOR_EDITED", "warning", file.target, `Your ${scope.scope} copy was edited after install; updates will stop at a conflict.`, `Keep your edits (nothing to do), or take the packaged version with \`backend-architect install ${flag} --force\` (your copy is backed up).`);
      } else if (file.state === "missing") {
        add("DOCTOR_MISSING", "warning", file.target, `The install record lists this ${scope.scope} copy, but the file is gone.`, `Reinstall with \`backend-architect install ${flag}\`, or clear the record with \`backend-architect uninstall ${flag}\`.`);
      } else if (file.state === "not-ours") {
        add("DOCTOR_NOT_OURS", "info", file.target, `A file at the ${scope.scope} agent path was not installed by backend-architect.`, `If you want the packaged agent there, run \`backend-architect install ${flag}\` (it shows the diff and asks for --force).`);
      } else if (current && currentSha.has(file.path) && (file.version !== current.version || file.sha256 !== currentSha.get(file.path))) {
        add("DOCTOR_OUTDATED", "warning", file.target, `The ${scope.scope} copy is version ${file.version ?? "?"}; this package has ${current.version}${file.version === current.version ? " with different content" : ""}.`, `Update it with \`backend-architect install ${flag}\`.`);
      }
    }
  }
  const installedAnywhere = status.some((s) => s.files.some((f) => f.state !== "not-ours")) || clashes.copies.length > 0;
  if (!installedAnywhere) {
    add("DOCTOR_NOT_INSTALLED", "info", null, "backend-architect is not installed in any scope Claude Code reads.", "Run `backend-architect install` (user scope) or `backend-architect install --scope project`.");
  }

  for (const copy of clashes.copies) {
    const text = (await readOrUndefined(fs, copy.file).catch(() => undefined))?.toString("utf8");
    if (text === undefined) continue;
    const pluginName = copy.plugin ? copy.agentType.split(":")[0] ?? "plugin" : undefined;
    const check = checkAgentText(text, copy.file, pluginName ? { scope: "plugin", pluginName } : { scope: copy.source === "project" ? "project" : "user" });
    const errors = check.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0 || !check.resolved.loaded) {
      const first = errors[0];
      add("DOCTOR_INVALID_COPY", "error", copy.file, `This ${copy.source} copy has ${errors.length} validation error(s)${first ? `, first: ${first.code} at ${first.start.line}:${first.start.column}` : ""}${check.resolved.loaded ? "" : "; Claude Code does not load it"}.`, `See every finding with \`backend-architect validate ${copy.file}\` and fix them, or reinstall the packaged agent.`);
    }
    if (copy.plugin && !copy.plugin.enabled) {
      add("DOCTOR_PLUGIN_DISABLED", "warning", copy.file, `The plugin ${copy.plugin.id} is installed but not enabled, so Claude Code does not load its agent.`, `Enable it with \`claude plugin enable ${copy.plugin.id}\`, or remove it with \`claude plugin uninstall ${copy.plugin.id}\`.`);
    }
  }
  for (const hidden of clashes.hidden) {
    const winner = clashes.winner as AgentCopy;
    add("DOCTOR_HIDDEN", "warning", hidden.file, `This ${hidden.source} copy is hidden: @agent-backend-architect reaches the ${winner.source} copy ${winner.file} instead.`, `Keep one: remove or rename the copy you do not want (\`backend-architect uninstall --scope ${hidden.source === "project" ? "project" : "user"}\` if it is ours).`);
  }
  const enabledPlugin = clashes.copies.find((c) => c.plugin?.enabled);
  if (enabledPlugin && clashes.winner) {
    add("DOCTOR_PLUGIN_AND_FILE", "info", enabledPlugin.file, `Two agents load: the plugin's @agent-${enabledPlugin.agentType} and the ${clashes.winner.source} file's @agent-backend-architect (${relative(options.cwd, clashes.winner.file) || clashes.winner.file}).`, "Keep one to avoid two near-identical agents competing for delegation: uninstall the file copy or the plugin.");
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
async function pluginClash(
  root: string,
  fs: InstallFs,
  add: (code: DoctorCode, severity: FindingSeverity, file: string | null, message: string, next: string) => void,
): Promise<void> {
  const { pluginName, agents } = await pluginAgents(root, fs);
  const type = ourPluginAgentType(pluginName);
  const same = agents.filter((agent) => agent.agentType === type).map((agent) => agent.file);
  if (same.length < 2) return;
  const ours = join(root, ...AGENT_FILE.split("/"));
  const others = same.filter((file) => file !== ours);
  add(
    "DOCTOR_PLUGIN_AGENT_CLASH",
    "warning",
    others[0] ?? null,
    `${same.length} agent files in the plugin ${root} have the agent type "${type}" (${same.join(", ")}); Claude Code loads only one agent per type, so ${same.length > 2 ? "the others cannot" : "the other cannot"} be reached.`,
    `Keep one: give the other${others.length > 1 ? "s" : ""} another name (the name: line) or move ${others.length > 1 ? "them" : "it"} out of the plugin. backend-architect does not change files it did not write${same.includes(ours) ? `; \`backend-architect uninstall --plugin-dir ${root}\` takes ours out instead` : ""}.`,
  );
}
