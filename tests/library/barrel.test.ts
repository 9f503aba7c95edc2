import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
// Types the public surface promises: the typecheck (part of `npm test`) fails if one goes missing.
import type {
  AgentCheck, AgentDocument, AgentFixResult, AgentInspection, ApplyResult, Diagnostic, DiagnosticCode, DoctorReport,
  HookTrial, InstallError, InstallOutcome, InstallRecord, Plan, Reason, ResolvedAgent, RouteDecision, RouterModel, RoutingMode, ScopeStatus,
  UninstallOutcome, ValidatePathResult, CheckResult, MigrationRunSummary,
} from "../../src/index.js";

export type PublicTypes = [AgentCheck, AgentDocument, AgentFixResult, AgentInspection, ApplyResult, Diagnostic, DiagnosticCode,
  DoctorReport, HookTrial, InstallError, InstallOutcome, InstallRecord, Plan, Reason, ResolvedAgent, RouteDecision, RouterModel, RoutingMode,
  ScopeStatus, UninstallOutcome, ValidatePathResult, CheckResult, MigrationRunSummary];

describe("the library barrel (src/index.ts, the package's one entry)", () => {
  it.each([
    // load and check
    "parseAgent", "resolveAgent", "validateAgent", "checkAgentText", "fixAgentText", "inspectAgentFile", "validatePath", "validateAndFix",
    "checkPluginManifest", "checkMarketplace", "checkHooks",
    // check migrations and contracts
    "checkPaths", "checkText", "checkOpenApi", "isOpenApiDocument",
    // report
    "formatText", "formatJson", "formatSarif", "codeFrame", "displayPath",
    // install
    "install", "planInstall", "applyPlan", "uninstall", "getStatus", "doctor", "tryHooks", "runHookCommand", "scanAgentCopies", "installAsPlugin", "applyAgentFixes",
    // routing and activation
    "route", "routeLines", "explainDecision", "explicitMention", "routingModeFrom", "parseRoutingMode", "committedModel", "parseModelTable",
    "checkNpmOnly", "denialReason", "addActivationHooks", "removeActivationHooks",
  ])("exports the function %s", (name) => {
    expect(typeof (library as Record<string, unknown>)[name]).toBe("function");
  });

  it("its pieces compose: the packaged agent parses, resolves as a plugin agent and checks clean", () => {
    const text = readFileSync(new URL("../../agents/backend-architect.md", import.meta.url), "utf8");
    const document = library.parseAgent(text, "agents/backend-architect.md");
    const resolved = library.resolveAgent(document, { scope: "plugin", pluginName: "backend-architect" });
    expect(resolved).toMatchObject({ loaded: true, agentType: "backend-architect:backend-architect", model: "sonnet" });
    expect(library.validateAgent(document, { scope: "plugin", pluginName: "backend-architect" })).toEqual([]);
    expect(Object.keys(library.catalog)).toContain("AGENT_TOOLS_EMPTY");
    expect(library.route("@backend-architect hi")).toMatchObject({ activate: true, explicit: true, routing: "auto" });
  });
});
