import { describe, expect, it } from "vitest";
import { agentCodes } from "../../src/diagnostics/codes/agent.js";
import { doctorCodes } from "../../src/diagnostics/codes/doctor.js";
import { installCodes } from "../../src/diagnostics/codes/install.js";
import { render } from "../../src/diagnostics/define.js";

// Wording bugs the typed catalog fixed: counts are numbers now, so the text says "1 error" and "2 errors"
// rather than "error(s)"; and the unclosed-frontmatter message no longer chains two "so" clauses.
describe("catalog wording", () => {
  it.each([
    [1, "(1 error)"],
    [3, "(3 errors)"],
  ])("INSTALL_SOURCE_INVALID counts %i as %s", (count, text) => {
    expect(render(installCodes.INSTALL_SOURCE_INVALID, { path: "a.md", count }).message).toContain(text);
  });

  it.each([
    [1, "has 1 validation warning:"],
    [2, "has 2 validation warnings:"],
  ])("INSTALL_SOURCE_WARNINGS counts %i as %s", (count, text) => {
    expect(render(installCodes.INSTALL_SOURCE_WARNINGS, { path: "a.md", count }).message).toContain(text);
  });

  it.each([
    [1, "has 1 validation error, first"],
    [2, "has 2 validation errors, first"],
  ])("DOCTOR_INVALID_COPY counts %i as %s", (errors, text) => {
    const args = { source: "user", file: "a.md", errors, first: "AGENT_NAME_MISSING at 1:1", loaded: "no" } as const;
    expect(render(doctorCodes.DOCTOR_INVALID_COPY, args).message).toContain(text);
  });

  it.each([
    [1, "user", "The frontmatter is never closed by a second `---` line, so Claude Code sees none: it does not load this agent, and says nothing."],
    [0, "user", "The file has no frontmatter: Claude Code does not load this agent, and says nothing."],
    [0, "plugin", "The file has no frontmatter: Claude Code loads it named after the file, with a placeholder description, every tool and the parent's model."],
  ])("AGENT_NO_FRONTMATTER (unclosed %i, %s scope) reads as one sentence", (unclosed, scope, text) => {
    expect(render(agentCodes.AGENT_NO_FRONTMATTER, { unclosed, scope }).message).toBe(text);
  });
});

describe("INSTALL_PLUGIN_DIR_INVALID", () => {
  it("counts the plugin's validation errors without '(s)'", async () => {
    const { pluginProblem } = await import("../../src/install/plan/plugin-check.js");
    const root = new URL("../fixtures/plugins/manifest-syntax", import.meta.url).pathname;
    const error = await pluginProblem(root);
    expect(error?.message).toContain("(1 validation error already before installing)");
  });
});
