// A rolldown plugin for every bundle that includes src/version.ts (or its build, dist/version.js): that module
// reads package.json beside it through import.meta, which a bundle that runs elsewhere (a hook in a plugin's
// folder, the validator's cache) cannot do. The bundle gets the same values, read from package.json now.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function inlineVersion(root) {
  const modules = new Set([join(root, "dist", "version.js"), join(root, "src", "version.ts")]);
  return {
    name: "inline-version",
    load(id) {
      if (!modules.has(id)) return null;
      const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
      return `export const packageVersion = ${JSON.stringify(manifest.version)};\nexport const claudeCodeRelease = ${JSON.stringify(manifest.config.referee)};\n`;
    },
  };
}
