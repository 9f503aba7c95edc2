/**
 * Which agent files Claude Code (the pinned release) loads from a plugin folder, as checked with the real
 * Claude Code: without an `agents` key in plugin.json, every `agents/**\/*.md`, typed
 * `<plugin>:<subfolders>:<name>`; with one, only the listed `./...md` files, typed `<plugin>:<name>` (a list
 * ignores subfolders). One rule, used by validate (agent-type clashes) and by the installer (a plugin install).
 */
export type PluginAgentFiles = { kind: "folder" } | { kind: "listed"; entries: string[] };

/** The rule a plugin.json value (already parsed; anything else counts as no manifest) sets. */
export function pluginAgentFiles(manifest: unknown): PluginAgentFiles {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest) || !("agents" in manifest)) return { kind: "folder" };
  const value = (manifest as Record<string, unknown>)["agents"];
  const list = Array.isArray(value) ? value : [value];
  return { kind: "listed", entries: list.filter((entry): entry is string => typeof entry === "string" && /^\.\/.+\.md$/.test(entry)) };
}

/**
 * The path, relative to the plugin's `agents/` folder, that an agent's type is built from (see
 * `ResolveOptions.relativePath`): a listed file's subfolders are not part of its type.
 */
export function typingPath(files: PluginAgentFiles, relativeToAgents: string): string {
  return files.kind === "listed" ? (relativeToAgents.split("/").pop() ?? relativeToAgents) : relativeToAgents;
}
