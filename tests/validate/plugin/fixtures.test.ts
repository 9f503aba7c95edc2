import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../../src/diagnostics/catalog.js";
import { checkHooks, checkMarketplace, checkPluginManifest } from "../../../src/validate/plugin/index.js";

const fixtures = new URL("../../fixtures/plugins/", import.meta.url).pathname;
const PLUGIN = ".claude-plugin/plugin.json";
const MARKETPLACE = ".claude-plugin/marketplace.json";
const HOOKS = "hooks/hooks.json";

/** Runs the checker for one fixture file; returns `CODE line:col-line:col` per diagnostic. */
function check(fixture: string, file: string): string[] {
  const path = join(fixtures, fixture, file);
  const text = readFileSync(path, "utf8");
  const result = file === PLUGIN ? checkPluginManifest(text, path) : file === MARKETPLACE ? checkMarketplace(text, path) : checkHooks(text, path);
  for (const found of result.diagnostics) expect(found.file).toBe(path);
  return result.diagnostics.map((d) => `${d.code} ${d.start.line}:${d.start.column}-${d.end.line}:${d.end.column}`);
}

describe("plugin.json checks", () => {
  it.each([
    ["name-missing", ["PLUGIN_NAME_MISSING 1:1-3:2"]],
    ["name-invalid", ["PLUGIN_NAME_INVALID 2:11-2:22"]],
    ["name-not-kebab-case", ["PLUGIN_NAME_NOT_KEBAB_CASE 2:11-2:21"]],
    ["version-not-string", ["PLUGIN_VERSION_NOT_STRING 3:14-3:17"]],
    ["description-not-string", ["PLUGIN_DESCRIPTION_NOT_STRING 3:18-3:32"]],
    ["author-string", ["PLUGIN_AUTHOR_INVALID 3:13-3:36"]],
    ["author-no-name", ["PLUGIN_AUTHOR_INVALID 3:13-3:43"]],
    ["homepage-invalid", ["PLUGIN_HOMEPAGE_INVALID 3:15-3:32"]],
    ["repository-object", ["PLUGIN_REPOSITORY_NOT_STRING 3:17-3:73"]],
    ["keywords-string", ["PLUGIN_KEYWORDS_INVALID 3:15-3:29"]],
    ["keywords-number-item", ["PLUGIN_KEYWORDS_INVALID 3:27-3:29"]],
    ["unknown-key", ["PLUGIN_UNKNOWN_KEY 3:3-3:15", "PLUGIN_UNKNOWN_KEY 4:3-4:13"]],
    ["agents-key-folder", ["PLUGIN_AGENTS_KEY_INVALID 3:13-3:24"]],
    ["agents-key-files", ["PLUGIN_AGENTS_KEY_SET 3:3-3:11"]],
    ["manifest-syntax", ["PLUGIN_MANIFEST_SYNTAX 4:1-4:2"]],
    ["manifest-not-object", ["PLUGIN_MANIFEST_NOT_OBJECT 1:1-1:24"]],
    ["valid-plugin", []],
  ])("%s", (fixture, expected) => {
    expect(check(fixture, PLUGIN)).toEqual(expected);
  });

  it("suggests the key a typo meant, and where a marketplace-only key belongs", () => {
    const text = readFileSync(join(fixtures, "unknown-key", PLUGIN), "utf8");
    const [typo, misplaced] = checkPluginManifest(text, "plugin.json").diagnostics;
    expect(typo?.message).toContain('Did you mean "description"?');
    expect(misplaced?.hint).toBe(`Move "category" to the plugin's entry in marketplace.json.`);
    const [stray] = checkPluginManifest('{"name":"p","bin":"./cli.js"}', "plugin.json").diagnostics;
    expect(stray?.hint).toBe('Remove "bin"; nothing reads it.');
  });

  it("suggests the quoted form of a numeric version", () => {
    const [found] = checkPluginManifest('{"name":"p","version":2}', "plugin.json").diagnostics;
    expect(found?.hint).toBe('Quote it: "version": "2.0.0".');
  });

  it.each([
    ['{"name":"my@plugin"}', "PLUGIN_NAME_INVALID"],
    ['{"name":"a:b"}', "PLUGIN_NAME_INVALID"],
    ['{"name":"a/b"}', "PLUGIN_NAME_INVALID"],
    ['{"name":""}', "PLUGIN_NAME_INVALID"],
    ['{"name":7}', "PLUGIN_NAME_INVALID"],
    ['{"name":"my_plugin"}', "PLUGIN_NAME_NOT_KEBAB_CASE"],
    ['{"name":"-x"}', "PLUGIN_NAME_NOT_KEBAB_CASE"],
    ['{"name":"my-plugin-2"}', undefined],
    ['{"name":"p","agents":["./agents/a.md","./agents/"]}', "PLUGIN_AGENTS_KEY_INVALID"],
    ['{"name":"p","homepage":"https://example.com"}', undefined],
    ['{"name":"p","experimental":{},"$schema":"x","displayName":"P"}', undefined],
  ])("%s → %s", (text, code) => {
    expect(checkPluginManifest(text, "plugin.json").diagnostics.map((d) => d.code)).toEqual(code ? [code] : []);
  });
});

describe("marketplace.json checks", () => {
  it.each([
    ["marketplace-syntax", ["MARKETPLACE_SYNTAX 3:3-3:4"]],
    ["marketplace-not-object", ["MARKETPLACE_NOT_OBJECT 1:1-1:25"]],
    ["marketplace-name-invalid", ["MARKETPLACE_NAME_INVALID 2:11-2:22"]],
    ["marketplace-owner-missing", ["MARKETPLACE_OWNER_INVALID 1:1-4:2"]],
    ["marketplace-plugins-invalid", ["MARKETPLACE_PLUGINS_INVALID 4:14-4:32"]],
    ["marketplace-entry-name-missing", ["MARKETPLACE_ENTRY_NAME_INVALID 4:15-4:33"]],
    ["marketplace-entry-source-bare", ["MARKETPLACE_ENTRY_SOURCE_INVALID 4:44-4:51"]],
    ["marketplace-unknown-key", ["MARKETPLACE_UNKNOWN_KEY 5:3-5:15", "MARKETPLACE_UNKNOWN_KEY 4:50-4:57"]],
    ["valid-plugin", []],
  ])("%s", (fixture, expected) => {
    expect(check(fixture, MARKETPLACE)).toEqual(expected);
  });
});

describe("hooks.json checks", () => {
  it.each([
    ["hooks-syntax", ["HOOKS_SYNTAX 3:14-3:15"]],
    ["hooks-no-wrapper", ["HOOKS_WRAPPER_MISSING 2:3-2:21"]],
    ["hooks-unknown-event", ["HOOKS_UNKNOWN_EVENT 3:5-3:24"]],
    ["hooks-event-not-list", ["HOOKS_EVENT_NOT_LIST 3:13-3:71"]],
    ["hooks-group-invalid", ["HOOKS_GROUP_INVALID 3:14-3:54"]],
    ["hooks-type-invalid", ["HOOKS_TYPE_INVALID 3:36-3:43"]],
    ["hooks-command-missing", ["HOOKS_COMMAND_MISSING 3:26-3:61"]],
    ["hooks-timeout-string", ["HOOKS_TIMEOUT_INVALID 3:80-3:84"]],
    ["hooks-plugin-root-unquoted", ["HOOKS_PLUGIN_ROOT_UNQUOTED 3:66-3:109"]],
    ["valid-plugin", []],
  ])("%s", (fixture, expected) => {
    expect(check(fixture, HOOKS)).toEqual(expected);
  });

  it.each([
    ['{"hooks":[]}', "HOOKS_WRAPPER_MISSING"],
    ["[]", "HOOKS_WRAPPER_MISSING"],
    ['{"description":"none"}', "HOOKS_WRAPPER_MISSING"],
    ['{"modules":["./m.js"]}', undefined],
    ['{"hooks":{}}', undefined],
    ['{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"x","timeout":0}]}]}}', "HOOKS_TIMEOUT_INVALID"],
    ['{"hooks":{"Stop":[{"hooks":[{"type":"command","command":""}]}]}}', "HOOKS_COMMAND_MISSING"],
    ['{"hooks":{"Stop":[{"hooks":["echo hi"]}]}}', "HOOKS_TYPE_INVALID"],
    ['{"hooks":{"Stop":[{"hooks":[{"type":"http","url":"http://127.0.0.1"}]}]}}', undefined],
  ])("%s → %s", (text, code) => {
    expect(checkHooks(text, "hooks.json").diagnostics.map((d) => d.code)).toEqual(code ? [code] : []);
  });
});

describe("every plugin-side code has a failing fixture above", () => {
  it("the catalog's severities are the ones Claude Code's consequence calls for", () => {
    // Errors: the plugin or marketplace fails to load or install. Warnings: something is ignored.
    const errors = ["PLUGIN_VERSION_NOT_STRING", "PLUGIN_AGENTS_KEY_INVALID", "HOOKS_WRAPPER_MISSING", "PLUGIN_NAME_INVALID"];
    const warnings = ["PLUGIN_AGENTS_KEY_SET", "PLUGIN_UNKNOWN_KEY", "HOOKS_UNKNOWN_EVENT", "HOOKS_PLUGIN_ROOT_UNQUOTED", "MARKETPLACE_SOURCE_NOT_FOUND", "MARKETPLACE_SOURCE_NAME_MISMATCH", "MARKETPLACE_VERSION_MISMATCH", "PLUGIN_NAME_NOT_KEBAB_CASE"] as const;
    for (const code of errors) expect(catalog[code as keyof typeof catalog].severity).toBe("error");
    for (const code of warnings) expect(catalog[code].severity).toBe("warning");
  });
});
