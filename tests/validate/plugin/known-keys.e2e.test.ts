import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claude, makeSandbox, type Sandbox } from "../../support/claude.js";
import { PLUGIN_MANIFEST_KEYS } from "../../../src/validate/plugin/schemas/plugin-manifest.js";
import { validatePath } from "../../../src/validate/path.js";

// Which top-level keys of plugin.json Claude Code knows is Claude Code's to say: `claude plugin validate` warns
// "Unknown field" (or "belongs in the marketplace entry") for the others. Every key we know, and names people
// write that we do not, go into one manifest; the referee's unknown keys must be exactly our PLUGIN_UNKNOWN_KEY ones.
const CANDIDATES = ["network", "defaultEnabled", "metadata", "recommends", "permissions", "hosts", "source", "category", "tags", "strict", "agent", "zzzUnknown"];
const KEYS = [...new Set([...PLUGIN_MANIFEST_KEYS, ...CANDIDATES])].filter((key) => key !== "name");

let sandbox: Sandbox;
let referee: string[];
let ours: string[];

beforeAll(async () => {
  sandbox = await makeSandbox();
  const dir = join(sandbox.root, "plugins", "keys");
  await mkdir(join(dir, ".claude-plugin"), { recursive: true });
  // null everywhere: a known key with a wrong value is a type error, never an unknown field.
  const manifest = Object.fromEntries([["name", "keys"], ...KEYS.map((key) => [key, null])]);
  await writeFile(join(dir, ".claude-plugin", "plugin.json"), JSON.stringify(manifest, null, 2));
  const result = await claude(["plugin", "validate", dir, "--json"], { sandbox });
  const report = JSON.parse(result.stdout) as { manifest: { warnings: { path: string; message: string }[] } };
  referee = report.manifest.warnings
    .filter((w) => /^Unknown field|belongs in the marketplace entry/.test(w.message))
    .map((w) => w.path)
    .sort();
  const { diagnostics } = await validatePath([dir]);
  ours = diagnostics
    .filter((d) => d.code === "PLUGIN_UNKNOWN_KEY")
    .map((d) => /key "([^"]+)"/.exec(d.message)?.[1] ?? d.message)
    .sort();
});
afterAll(async () => sandbox?.cleanup());

describe("plugin.json keys", () => {
  it("the referee names some keys unknown (the probe works)", () => {
    expect(referee).toContain("zzzUnknown");
  });

  it("are unknown to us exactly when they are unknown to the real Claude Code", () => {
    expect(ours).toEqual(referee);
  });
});
