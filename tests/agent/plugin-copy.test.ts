import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesInPluginCopy, pluginCopyDir, pluginFiles } from "../../scripts/build-plugin.mjs";
import { repoRoot } from "../support/claude.js";

// plugin/ is what the marketplace installs: the plugin's own files and nothing of the npm package.
describe("plugin/ (the copy the marketplace installs)", () => {
  it("holds exactly the plugin's files, byte for byte as at the top (run `npm run build` if this fails)", () => {
    expect(filesInPluginCopy()).toEqual(pluginFiles());
    for (const path of pluginFiles()) {
      expect(readFileSync(join(pluginCopyDir, path)).equals(readFileSync(join(repoRoot, path))), `plugin/${path} is stale`).toBe(true);
    }
  });

  it("has no package.json or lockfile, and its hooks import nothing but node: built-ins", () => {
    const files = filesInPluginCopy();
    for (const name of ["package.json", "package-lock.json", "npm-shrinkwrap.json", "bun.lock", "bun.lockb", "yarn.lock", "pnpm-lock.yaml"]) {
      expect(files).not.toContain(name);
    }
    expect(files).toEqual(expect.arrayContaining(["agents/backend-architect.md", "hooks/hooks.json", ".claude-plugin/plugin.json"]));
  });
});
