import { describe, expect, it } from "vitest";
import { OffsetMap } from "../../src/parse/positions.js";
import { checkAgentText } from "../../src/validate/agent/index.js";

describe("positions", () => {
  it.each([
    ["plain", "ab\ncd", 4, { line: 2, column: 2 }],
    ["CRLF keeps the carriage return inside the line", "ab\r\ncd", 5, { line: 2, column: 2 }],
    ["a BOM takes no column", "\uFEFFab\ncd", 1, { line: 1, column: 1 }],
    ["a BOM only shifts line 1", "\uFEFFab\ncd", 5, { line: 2, column: 2 }],
  ])("%s", (_, text, offset, position) => {
    expect(new OffsetMap(text).position(offset)).toEqual(position);
  });

  it("a BOM and CRLF file reports the same positions as its plain twin", () => {
    const plain = "---\nname: twin\ndescription: Reviews code.\ntools: Read, Grepp\n---\n\nbody\n";
    const windows = `\uFEFF${plain.replaceAll("\n", "\r\n")}`;
    const at = (text: string) => checkAgentText(text, "f.md", { scope: "user" }).diagnostics.map((d) => [d.code, d.start, d.end]);
    expect(at(windows)).toEqual(at(plain));
    expect(at(plain)).toEqual([["AGENT_TOOL_UNKNOWN", { line: 4, column: 14 }, { line: 4, column: 19 }]]);
  });

  it("the head of a BOM file's frontmatter starts at column 1", () => {
    const { diagnostics } = checkAgentText("\uFEFF---\ndescription: x\n---\n", "f.md", { scope: "user" });
    expect(diagnostics[0]).toMatchObject({ code: "AGENT_NAME_MISSING", start: { line: 1, column: 1 }, end: { line: 1, column: 4 } });
  });
});
