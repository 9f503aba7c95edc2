import type { DoctorReport } from "./doctor.js";
import type { ScopeStatus } from "./status.js";

const STATE_LABEL = { installed: "installed", edited: "EDITED since install", missing: "MISSING (recorded, file gone)", "not-ours": "not installed by backend-architect" } as const;

const HOOK_LABEL = { "user-prompt-submit": "router", "pre-tool-use": "guard", "post-tool-use": "check" } as const;

/** Text for `status`. Pure. */
export function formatStatus(status: ScopeStatus[]): string {
  const lines: string[] = [];
  for (const scope of status) {
    if (scope.error) {
      lines.push(`${scope.scope}: ${scope.error.code}: ${scope.error.message}`, `  hint: ${scope.error.hint}`);
      continue;
    }
    if (scope.files.length === 0) {
      lines.push(`${scope.scope}: not installed (${scope.agentsDir})`);
      continue;
    }
    for (const file of scope.files) {
      const version = file.version ? ` ${file.version}` : "";
      lines.push(`${scope.scope}: ${file.target}${version} — ${STATE_LABEL[file.state]}`);
      if (file.replacedBackup) lines.push(`  replaced a file of yours, kept as ${file.replacedBackup} (restored by uninstall)`);
    }
    if (scope.hooks?.settingsInvalid) lines.push(`${scope.scope}: hooks NOT running: ${scope.hooks.settings} is not valid JSON`);
    else if (scope.hooks?.missing) lines.push(`${scope.scope}: hooks registered in ${scope.hooks.settings}, except ${scope.hooks.missing.map((hook) => HOOK_LABEL[hook]).join(" and ")} (NOT registered)`);
    else if (scope.hooks) lines.push(`${scope.scope}: hooks (router, guard, check) ${scope.hooks.registered ? "registered" : "NOT registered"} in ${scope.hooks.settings}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Text for `doctor`. Pure. */
export function formatDoctor(report: DoctorReport): string {
  const lines = [formatStatus(report.status).trimEnd()];
  if (report.loads) lines.push(`Claude Code loads @agent-backend-architect from the ${report.loads.source} copy ${report.loads.file}.`);
  const plugin = report.pluginCopy;
  if (plugin) lines.push(`The plugin folder ${plugin.root} holds ${plugin.file}: where the plugin is installed and enabled, Claude Code loads it as @agent-${plugin.agentType}.`);
  else if (!report.loads) lines.push("Claude Code loads no agent named backend-architect from files.");
  for (const copy of report.clashes.copies.filter((c) => c.plugin)) {
    lines.push(`Plugin ${copy.plugin?.id} (${copy.plugin?.enabled ? "enabled" : "disabled"}) provides @agent-${copy.agentType} from ${copy.file}.`);
  }
  if (report.hooks.length > 0) {
    lines.push("Hooks, each run as Claude Code runs it, with synthetic events:");
    for (const trial of report.hooks) {
      const where = trial.plugin ? `plugin ${trial.plugin}` : `${trial.source} settings`;
      const state = trial.status === "works" ? "works" : trial.status === "quiet" ? `quiet (routing ${trial.routing ?? "?"})` : `BROKEN (${trial.code ?? "?"})`;
      lines.push(`  ${HOOK_LABEL[trial.hook]} (${trial.event}), ${where}, ${trial.form} form: ${state}`);
      for (const probe of trial.probes) lines.push(`    ${probe.passed ? "ok" : "NO"}  ${probe.given}: ${probe.passed ? probe.done : `should ${probe.expected}; ${probe.got ?? "it did not"}`}`);
    }
  }
  if (report.findings.length === 0) lines.push("No problems found.");
  for (const finding of report.findings) {
    lines.push("", `${finding.code} (${finding.severity})${finding.file ? ` ${finding.file}` : ""}`, `  ${finding.message}`, `  next: ${finding.next}`);
  }
  return `${lines.join("\n")}\n`;
}
