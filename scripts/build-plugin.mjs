// Writes plugin/: the copy of the plugin that the marketplace installs (`source: "./plugin"`).
//
// Why a copy: Claude Code runs `npm ci` over every package of the lockfile (development dependencies
// included) when a plugin's root holds package.json and a lockfile, and this repository's root is also the
// npm package. plugin/ holds only what the plugin needs (manifest, icon, agent, hooks, and the README,
// licence and docs the README links), so an install copies a few hundred kilobytes and runs no npm.
// The top-level files stay the source (and `claude --plugin-dir .` still works); a test fails when
// plugin/ is not exactly what this script makes of them.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const pluginCopyDir = join(root, "plugin");

/** The plugin's files, as paths relative to the repository root (and to plugin/). */
export function pluginFiles() {
  const under = (dir, keep = () => true) =>
    readdirSync(join(root, dir), { recursive: true })
      .map((name) => join(dir, String(name)))
      .filter((path) => statSync(join(root, path)).isFile() && keep(path));
  return [
    ".claude-plugin/plugin.json",
    ".claude-plugin/icon.png",
    ...under("agents", (path) => path.endsWith(".md")),
    ...under("hooks"),
    // docs/explain/ holds the parts scripts/build-docs.mjs makes the pages from: the pages are enough.
    ...under("docs", (path) => path.endsWith(".md") && !path.startsWith(join("docs", "explain"))),
    "README.md",
    "LICENSE",
  ].sort();
}

/** Every file now in plugin/, relative to it. */
export function filesInPluginCopy() {
  try {
    return readdirSync(pluginCopyDir, { recursive: true })
      .map(String)
      .filter((path) => statSync(join(pluginCopyDir, path)).isFile())
      .sort();
  } catch {
    return [];
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(pluginCopyDir, { recursive: true, force: true });
  for (const path of pluginFiles()) {
    mkdirSync(dirname(join(pluginCopyDir, path)), { recursive: true });
    copyFileSync(join(root, path), join(pluginCopyDir, path));
  }
  console.log(`plugin/: ${pluginFiles().length} files copied from ${relative(process.cwd(), root) || "."}`);
}
