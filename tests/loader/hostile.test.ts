import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import { parseAgent } from "../../src/parse/index.js";
import { checkAgentText } from "../../src/validate/agent/index.js";
import { fixturesRoot } from "./corpus.js";

const scratch = mkdtempSync(join(tmpdir(), "ba-hostile-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a ---js frontmatter is never evaluated", () => {
  const payload = readFileSync(join(fixturesRoot, "frontmatter-language.fail.md"), "utf8");

  it("the payload is live: gray-matter's defaults would run it and create a file", () => {
    const target = join(scratch, "default-engines");
    process.env["PWNED_FILE"] = target;
    try {
      matter(payload, { excerpt: false });
    } finally {
      delete process.env["PWNED_FILE"];
    }
    expect(existsSync(target)).toBe(true);
  });

  it("our parser reads it in every scope without running it, and says why Claude Code ignores it", () => {
    const target = join(scratch, "ours");
    process.env["PWNED_FILE"] = target;
    try {
      for (const scope of ["user", "project", "plugin"] as const) {
        const check = checkAgentText(payload, "payload.md", { scope, pluginName: "p" });
        expect(check.diagnostics.map((d) => d.code)).toContain("AGENT_FRONTMATTER_LANGUAGE");
      }
    } finally {
      delete process.env["PWNED_FILE"];
    }
    expect(existsSync(target)).toBe(false);
  });

  it("leaves nothing in gray-matter's module-wide cache", () => {
    const text = "---\nname: cache-probe\ndescription: x\n---\nbody\n";
    parseAgent(text, "probe.md");
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).not.toContain(text);
  });
});

describe("inputs built to hurt return a diagnostic", () => {
  it("a YAML alias bomb is refused, not expanded", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const text = `---\nname: bomb\ndescription: boom\n${levels.join("\n")}\n---\nbody\n`;
    const check = checkAgentText(text, "bomb.md", { scope: "user" });
    expect(check.diagnostics.map((d) => d.code)).toEqual(["AGENT_YAML_INVALID"]);
    expect(check.diagnostics[0]?.message).toMatch(/alias/i);
    expect(check.resolved.loaded).toBe(false);
  });

  it("a 50 MB file is skipped as Claude Code skips it, without being parsed", () => {
    const text = `---\nname: huge\ndescription: huge\n---\n${"x".repeat(50 * 1024 * 1024)}`;
    const check = checkAgentText(text, "huge.md", { scope: "plugin", pluginName: "p" });
    expect(check.diagnostics.map((d) => d.code)).toEqual(["AGENT_FILE_TOO_LARGE"]);
    expect(check.document.frontmatterText).toBeNull();
    expect(check.resolved).toMatchObject({ loaded: false, dropReason: "too-large" });
  });

  it("a file of exactly 1 MiB still loads; one byte more does not", () => {
    const head = "---\nname: edge\ndescription: edge\n---\n";
    const exact = head + "x".repeat(1024 * 1024 - head.length);
    expect(checkAgentText(exact, "exact.md", { scope: "user" }).resolved.loaded).toBe(true);
    expect(checkAgentText(`${exact}x`, "over.md", { scope: "user" }).resolved.loaded).toBe(false);
  });

  it("a 1 MB single line of flow-collection items is not fed to the YAML parser", () => {
    const text = `---\nname: wide\ndescription: [${"a, ".repeat(330_000)}\n---\nbody\n`;
    const check = checkAgentText(text, "wide.md", { scope: "user" });
    expect(check.diagnostics.map((d) => d.code)).toEqual(["AGENT_FRONTMATTER_TOO_COMPLEX"]);
    expect(check.document.yaml).toBeNull();
  });

  it("a 1 MB single line of broken YAML that Claude Code's retry cannot fix gets its diagnostic", () => {
    const text = `---\nname: wide\ndescription: ok\n  ${"broken: yaml ".repeat(80_000)}\n---\nbody\n`;
    const check = checkAgentText(text, "wide.md", { scope: "user" });
    expect(check.diagnostics.map((d) => d.code)).toEqual(["AGENT_YAML_INVALID"]);
  });

  it("a 1 MB file that is one line with no frontmatter gets its diagnostic", () => {
    const check = checkAgentText("-".repeat(1_000_000), "dashes.md", { scope: "user" });
    expect(check.diagnostics.map((d) => d.code)).toEqual(["AGENT_NO_FRONTMATTER"]);
  });

  it("deeply nested flow collections do not blow the stack", () => {
    for (const depth of [5_000, 50_000]) {
      const text = `---\nname: deep\ndescription: deep\nx: ${"[".repeat(depth)}${"]".repeat(depth)}\n---\n`;
      expect(() => checkAgentText(text, "deep.md", { scope: "user" })).not.toThrow();
    }
  });

  it("__proto__ and constructor keys stay data: no prototype pollution", () => {
    const text = readFileSync(join(fixturesRoot, "edge-proto-key.md"), "utf8");
    const { document } = checkAgentText(text, "proto.md", { scope: "user" });
    expect(Object.getPrototypeOf(document.data)).toBeNull();
    expect(Object.hasOwn(document.data, "__proto__")).toBe(true);
    expect(document.data["constructor"]).toBe("nope");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("degenerate inputs are results, not exceptions", () => {
  it.each([
    ["empty", ""],
    ["only a BOM", "\uFEFF"],
    ["only a delimiter", "---"],
    ["empty frontmatter", "---\n---\n"],
    ["delimiters with spaces", "--- \n--- \n"],
    ["four dashes", "----\nname: x\n----\n"],
    ["comment-only frontmatter", "---\n# nothing\n---\nbody"],
    ["a scalar", "---\njust text\n---\n"],
    ["lone surrogate", "---\nname: \uD800\ndescription: x\n---\n"],
    ["NUL bytes", "---\nname: a\u0000b\ndescription: x\n---\n"],
    ["a second document", "---\nname: a\n...\n---\n"],
    ["duplicate keys", "---\nname: a\nname: b\ndescription: x\n---\n"],
    ["binary noise", "\u00ff\u00fe\u0000\u0001---\n\u0002"],
  ])("%s", (_, text) => {
    for (const scope of ["user", "plugin"] as const) {
      const check = checkAgentText(text, "odd.md", { scope, pluginName: "p" });
      expect(typeof check.resolved.loaded).toBe("boolean");
      expect(Array.isArray(check.diagnostics)).toBe(true);
    }
  });
});
