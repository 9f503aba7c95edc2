import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixAgentText } from "../../src/fix/index.js";
import { parseAgent } from "../../src/parse/index.js";
import { resolveAgent } from "../../src/resolve/index.js";
import { checkAgentText } from "../../src/validate/agent/index.js";
import { corpusFiles, fixtureFiles, fixturesRoot } from "./corpus.js";

const fixture = (name: string) => readFileSync(join(fixturesRoot, name), "utf8");
const codes = (text: string) => checkAgentText(text, "f.md", { scope: "user" }).diagnostics.map((d) => d.code);
const view = (text: string, scope: "user" | "plugin") => {
  const { loaded, agentType, description, tools, mcpTools, model } = resolveAgent(parseAgent(text, "f.md"), { scope, pluginName: "p" });
  return { loaded, agentType, description, tools, mcpTools, model };
};

describe("fixAgentText", () => {
  const recovered = corpusFiles().filter((file) => parseAgent(file.text, file.id).yaml === "retry");

  const cases: [string, string][] = [
    ["yaml-recovered.fail.md", fixture("yaml-recovered.fail.md")],
    ["yaml-tabs.fail.md", fixture("yaml-tabs.fail.md")],
    ["edge-blank-lines-after-opening.md", fixture("edge-blank-lines-after-opening.md")],
    ...recovered.map((file): [string, string] => [file.id, file.text]),
  ];
  it.each(cases)("%s: parses as written afterwards, to exactly what Claude Code loaded before", (_, text) => {
    const { text: fixed, changes } = fixAgentText(text);
    expect(changes.length).toBeGreaterThan(0);
    expect(parseAgent(fixed, "f.md").yaml).toBe("strict");
    expect(codes(fixed)).not.toContain("AGENT_YAML_RECOVERED");
    expect(codes(fixed)).not.toContain("AGENT_YAML_TABS");
    for (const scope of ["user", "plugin"] as const) expect(view(fixed, scope)).toEqual(view(text, scope));
    expect(fixAgentText(fixed)).toEqual({ text: fixed, changes: [] });
  });

  it("quotes the value that needed the retry and touches no other line", () => {
    const text = fixture("yaml-recovered.fail.md");
    const { text: fixed, changes } = fixAgentText(text);
    expect(changes).toEqual([{ code: "AGENT_YAML_RECOVERED", line: 3, key: "description", summary: "quoted the value of `description`" }]);
    const before = text.split("\n");
    const after = fixed.split("\n");
    expect(after.filter((line, index) => line !== before[index])).toEqual(['description: "Use when asked: review this diff for bugs."']);
  });

  it("puts a multi-line tools block on one line, so Claude Code grants the tools it names", () => {
    const text = fixture("tools-misread.fail.md");
    expect(view(text, "user").tools).toEqual([]);
    const { text: fixed, changes } = fixAgentText(text);
    expect(changes.map((c) => c.code)).toEqual(["AGENT_TOOLS_MISREAD"]);
    expect(fixed).toContain("tools: Read, Grep\n---");
    expect(view(fixed, "user").tools).toEqual(["Grep", "Read"]);
    expect(codes(fixed)).toEqual([]);
  });

  it("keeps CRLF line endings", () => {
    const text = "---\r\nname: crlf\r\ndescription: Reviews code.\r\ntools: |\r\n  Read\r\n  Grep\r\n---\r\nbody\r\n";
    const { text: fixed } = fixAgentText(text);
    expect(fixed).toBe("---\r\nname: crlf\r\ndescription: Reviews code.\r\ntools: Read, Grep\r\n---\r\nbody\r\n");
  });

  it.each(["clean.pass.md", "yaml-invalid.fail.md", "no-frontmatter.fail.md", "tools-empty.fail.md", "frontmatter-language.fail.md"])(
    "%s: nothing safe to do, so nothing is done",
    (name) => {
      const text = fixture(name);
      expect(fixAgentText(text)).toEqual({ text, changes: [] });
    },
  );

  it("never throws, and never changes what Claude Code loads from a file it can read", () => {
    const seeds = [...corpusFiles(), ...fixtureFiles()].map((file) => file.text.slice(0, 1200));
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.constantFrom(": ", "\t", "#", "|", "\n", "  - x\n", "`"), (seed, at, insert) => {
        const position = at % (seed.length + 1);
        const text = seed.slice(0, position) + insert + seed.slice(position);
        const { text: fixed, changes } = fixAgentText(text);
        if (changes.every((c) => c.code !== "AGENT_TOOLS_MISREAD")) {
          for (const scope of ["user", "plugin"] as const) expect(view(fixed, scope)).toEqual(view(text, scope));
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
