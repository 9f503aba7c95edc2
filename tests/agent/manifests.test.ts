import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROUTING_ENV, ROUTING_MODES } from "../../src/router/mode.js";
import { repoRoot } from "./agent-file.js";

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, repoRoot), "utf8")) as Record<string, unknown>;

const pkg = readJson("package.json");
const plugin = readJson(".claude-plugin/plugin.json");
const marketplace = readJson(".claude-plugin/marketplace.json");
const entries = Array.isArray(marketplace["plugins"]) ? (marketplace["plugins"] as Record<string, unknown>[]) : [];
const entry = entries[0] ?? {};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isStringList = (value: unknown): boolean =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item !== "");

describe(".claude-plugin/plugin.json", () => {
  it.each([
    { field: "name", ok: (v: unknown) => v === "backend-architect" },
    { field: "version", ok: (v: unknown) => typeof v === "string" && v === pkg["version"] },
    { field: "description", ok: (v: unknown) => typeof v === "string" && v.length >= 40 },
    { field: "author", ok: (v: unknown) => typeof v === "object" && v !== null && typeof (v as { name?: unknown }).name === "string" },
    { field: "license", ok: (v: unknown) => v === "MIT" && v === pkg["license"] },
    { field: "homepage", ok: (v: unknown) => typeof v === "string" && new URL(v).protocol === "https:" },
    { field: "repository", ok: (v: unknown) => typeof v === "string" && new URL(v).protocol === "https:" },
    { field: "keywords", ok: isStringList },
  ])("has a valid $field", ({ field, ok }) => {
    expect(ok(plugin[field]), `${field}: ${JSON.stringify(plugin[field])}`).toBe(true);
  });

  it("has no agents key, so Claude Code scans agents/ itself", () => {
    expect(plugin).not.toHaveProperty("agents");
  });

  it("offers the routing modes the hook reads as a userConfig option (CLAUDE_PLUGIN_OPTION_ROUTING), auto by default", () => {
    expect(plugin["userConfig"]).toEqual({
      routing: { type: "string", title: expect.any(String), description: expect.any(String), options: [...ROUTING_MODES], default: "auto" },
    });
    expect(ROUTING_ENV.pluginOption).toBe("CLAUDE_PLUGIN_OPTION_ROUTING");
  });
});

describe(".claude-plugin/marketplace.json", () => {
  it("is a kebab-case marketplace with an owner and a description", () => {
    expect(marketplace["name"]).toMatch(KEBAB);
    expect(marketplace["owner"]).toMatchObject({ name: expect.any(String) });
    expect(marketplace["metadata"]).toMatchObject({ description: expect.stringMatching(/\S{3}/) });
  });

  it("lists its one plugin, from the plugin/ copy (no package.json there, so no npm at install), at the same version as package.json and plugin.json", () => {
    expect(entries).toHaveLength(1);
    expect(entry).toMatchObject({
      name: plugin["name"],
      source: "./plugin",
      version: pkg["version"],
      description: expect.stringMatching(/\S{3}/),
      category: expect.stringMatching(KEBAB),
    });
    expect(plugin["version"]).toBe(entry["version"]);
    expect(isStringList(entry["keywords"])).toBe(true);
  });
});
