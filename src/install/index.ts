// The installer's public surface (re-exported by src/index.ts).
export { install, prepareInstall, checkSource, validateSource, type InstallOptions, type InstallOutcome } from "./install.js";
export { planInstall, type Plan, type PlannedFile, type FileAction, type PlanOptions } from "./plan/plan.js";
export { applyPlan, applyPlanLocked, type ApplyOptions, type ApplyResult, type Changes } from "./apply/apply.js";
export { uninstall, type UninstallOptions, type UninstallOutcome } from "./uninstall.js";
export { getStatus, type ScopeStatus, type StatusFile, type CopyState, type StatusOptions } from "./report/status.js";
export { doctor, doctorCodes, type DoctorReport, type DoctorFinding, type DoctorCode, type DoctorOptions } from "./report/doctor.js";
export { tryHooks, type HookTrial, type ProbeResult, type TryHooksOptions } from "./report/hook-trial/trial.js";
export { runHookCommand, type HookRunOptions, type HookRunResult } from "./report/hook-trial/run.js";
export { hookTrialCodes, type HookTrialCode, type HookSource } from "./report/hook-trial/codes.js";
export { scanAgentCopies, type AgentCopy, type ClashReport, type CopySource, type ScanOptions } from "./report/clashes.js";
export { installAsPlugin, findClaude, type AsPluginOptions, type PluginInstall } from "./as-plugin.js";
export { resolveTarget, resolveScope, claudeConfigDir, findGitRoot, type Target, type ScopeKind, type InstallEnv, type ScopeRequest } from "./plan/scope.js";
export { readRecord, type InstallRecord, type RecordedFile, type RecordedEdit } from "./state/record.js";
export { installError, installErrorCatalog, type InstallError, type InstallErrorCode, type InstallWarning, type Result } from "./errors.js";
export { writeFileAtomic, type AtomicWriteOptions } from "./io/atomic-write.js";
export { nodeFs, type InstallFs, type InstallFileHandle, type InstallStats } from "./io/fs.js";
export { unifiedDiff } from "./plan/diff.js";
export { applyAgentFixes, type AgentFixOutcome } from "./agent-fixes.js";
