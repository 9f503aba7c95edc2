import { describe, expect, it } from "vitest";
import { parseAgent } from "../../src/parse/index.js";
import { resolveAgent } from "../../src/resolve/index.js";
import { validateAgent } from "../../src/validate/agent/index.js";
import { corpus, corpusFiles } from "./corpus.js";

// The 61 real agent files: 9 fail a strict YAML parse, 4 have no frontmatter. What Claude Code makes of
// each of those 13 is locked here (and checked against the real Claude Code in parity.test.ts).

const files = corpusFiles();

describe.skipIf(!corpus.present)(`the corpus${corpus.skipNote}`, () => {
  it("has 61 files: 9 that fail strict YAML (4 recovered by the retry, 5 not) and 4 without frontmatter", () => {
    const documents = files.map((file) => parseAgent(file.text, file.id));
    expect(documents).toHaveLength(61);
    expect(documents.filter((d) => d.yaml === "retry")).toHaveLength(4);
    expect(documents.filter((d) => d.yaml === "failed")).toHaveLength(5);
    expect(documents.filter((d) => !d.hasFrontmatter)).toHaveLength(4);
  });

  const odd = files.filter((file) => {
    const document = parseAgent(file.text, file.id);
    return !document.hasFrontmatter || document.yaml !== "strict";
  });

  it.each(odd.map((file) => [file.id, file] as const))("%s resolves as Claude Code loads it", (_, file) => {
    const document = parseAgent(file.text, file.id);
    const view = (["user", "plugin"] as const).map((scope) => {
      const options = { scope, pluginName: "corpus" };
      const resolved = resolveAgent(document, options);
      return {
        scope,
        loaded: resolved.loaded,
        agentType: resolved.agentType,
        description: resolved.description?.slice(0, 120) ?? null,
        tools: resolved.tools,
        mcpTools: resolved.mcpTools,
        model: resolved.model,
        codes: validateAgent(document, options, resolved).map((d) => `${d.code} ${d.start.line}:${d.start.column}`),
      };
    });
    expect(view).toMatchSnapshot();
  });
});
