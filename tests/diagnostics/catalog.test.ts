import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog, catalogEntries, type Code } from "../../src/diagnostics/catalog.js";
import { formatSarif } from "../../src/diagnostics/format/sarif.js";

const root = new URL("../../", import.meta.url).pathname;
const codesDir = join(root, "src", "diagnostics", "codes");

/** Every .ts file of src/ but the catalog's own family files, with its text. */
const sources = readdirSync(join(root, "src"), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join(root, "src", name))
  .filter((file) => !file.startsWith(codesDir))
  .map((file) => ({ file: relative(root, file), text: readFileSync(file, "utf8") }));

/** The prefixes of the catalog's codes; a quoted word with one of them is a code. */
const PREFIXES = ["AGENT", "PLUGIN", "MARKETPLACE", "HOOKS", "PATH", "FIX", "CHECK", "MIGRATION", "OPENAPI", "INSTALL", "UNINSTALL", "DOCTOR", "USAGE", "ROUTE"];
const CODE_LITERAL = new RegExp(`["'\`](?:${PREFIXES.join("|")})_[A-Z0-9_]+["'\`]`, "g");

const codes = Object.keys(catalog) as Code[];
const pages = ["diagnostics", "install-errors", "usage-errors"].map((page) => readFileSync(join(root, "docs", `${page}.md`), "utf8"));

describe("the catalog", () => {
  it("declares every code used anywhere in src/", () => {
    const used = sources.flatMap(({ file, text }) => [...text.matchAll(CODE_LITERAL)].map((match) => ({ file, code: match[0].slice(1, -1) })));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter(({ code }) => !Object.hasOwn(catalog, code))).toEqual([]);
  });

  it.each(codes)("%s is emitted somewhere in src/", (code) => {
    // As a literal ("CODE"), or through its family (codes.CODE) or a list of the family's codes.
    const emitted = sources.some(({ text }) => text.includes(`"${code}"`) || text.includes(`.${code}`));
    expect(emitted, `${code} is declared but nothing in src/ emits it`).toBe(true);
  });

  it.each(codes)("%s is documented under its own heading", (code) => {
    expect(pages.some((page) => page.includes(`\n### ${code}\n`))).toBe(true);
  });

  it.each(catalogEntries())("%s has a title, and a message and hint without an Error: prefix", (_code, entry) => {
    expect(entry.title.length).toBeGreaterThan(3);
    expect(entry.title).not.toMatch(/\.$/);
    expect(["error", "warning", "info"]).toContain(entry.severity);
    const blanks = new Proxy({}, { get: (_target, key) => (typeof key === "string" ? `{${key}}` : undefined) }) as never;
    let message = "";
    try {
      message = entry.message(blanks);
    } catch {
      return; // a wording that needs real values (e.g. a lookup by hook) is covered by its family's tests
    }
    expect(message).not.toMatch(/^(Error|Warning)\b/i);
  });

  it("gives SARIF each finding code as a rule, titled, with its peer rule where one exists", () => {
    const log = JSON.parse(formatSarif([], { cwd: root, toolVersion: "0.0.0" })) as {
      runs: { tool: { driver: { rules: { id: string; name: string; properties?: { peer: string } }[] } } }[];
    };
    const rules = new Map(log.runs[0]?.tool.driver.rules.map((rule) => [rule.id, rule]));
    expect(rules.get("MIGRATION_INDEX_NOT_CONCURRENT")).toMatchObject({ name: "CREATE INDEX without CONCURRENTLY", properties: { peer: "squawk `require-concurrent-index-creation`, eugene E6" } });
    expect(rules.get("AGENT_TOOLS_EMPTY")?.properties).toBeUndefined();
    expect(rules.has("INSTALL_CONFLICT")).toBe(false);
  });
});
