import { describe, expect, it } from "vitest";
import { suggest } from "../../src/validate/suggest.js";
import { checkAgentText } from "../../src/validate/agent/index.js";
import { checkHooks, checkPluginManifest } from "../../src/validate/plugin/index.js";

const TOOLS = ["Read", "Write", "Edit", "Grep", "Glob", "Bash", "WebFetch", "NotebookEdit"];
const EVENTS = ["PreToolUse", "PostToolUse", "UserPromptSubmit", "SessionStart"];

describe("suggest: one 'did you mean' for agent files and manifests", () => {
  it.each([
    ["grep", TOOLS, "Grep"], // case only
    ["Grepp", TOOLS, "Grep"], // one edit
    ["Gerp", TOOLS, "Grep"], // a swap is two edits, allowed from four letters
    ["Webfetc", TOOLS, "WebFetch"],
    ["NoteboookEddit", TOOLS, "NotebookEdit"], // long: three edits allowed
    ["PreTooluse", EVENTS, "PreToolUse"],
    ["UserPromptSubmitt", EVENTS, "UserPromptSubmit"],
    ["Bsh", TOOLS, "Bash"], // three letters: one edit
    ["Rd", TOOLS, undefined], // two edits from Read, too many for two letters
    ["x", ["y", "xy"], undefined], // a single letter is never a typo of anything else
    ["Python", TOOLS, undefined],
    ["SessionStartAndEndOfEverything", EVENTS, undefined], // a long word's length difference alone is no match
    ["PostToolUseFailureX", EVENTS, undefined],
    ["", TOOLS, undefined],
  ] as const)("%s → %s", (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected);
  });

  it("suggests the same hook event in an agent's hooks and in hooks.json", () => {
    const agent = checkAgentText("---\nname: a\ndescription: d\nhooks:\n  PreTooluse: []\n---\n", "a.md", { scope: "project" });
    const hooks = checkHooks('{"hooks":{"PreTooluse":[]}}', "hooks.json");
    expect(agent.diagnostics.map((d) => d.message).join()).toContain('"PreToolUse"');
    expect(hooks.diagnostics.map((d) => d.message).join()).toContain('"PreToolUse"');
  });

  it("a plugin.json key far from every known key gets no suggestion", () => {
    const [found] = checkPluginManifest('{"name":"p","descriptionOfThePluginInFull":"x"}', "plugin.json").diagnostics;
    expect(found?.code).toBe("PLUGIN_UNKNOWN_KEY");
    expect(found?.message).not.toContain("Did you mean");
  });
});
