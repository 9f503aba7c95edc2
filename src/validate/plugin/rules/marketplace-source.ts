import type { Finding } from "../finding.js";
import { isObject } from "../json-source.js";

/** A plugin entry whose source is a folder next to the marketplace. */
export interface LocalPluginEntry {
  index: number;
  name: string;
  /** As written, e.g. "./" or "./plugins/x". */
  source: string;
  version?: string;
}

/** A string source must be a relative path starting with "./" (Claude Code rejects bare names without metadata.pluginRoot). */
export function marketplaceSourceFormRule(marketplace: Record<string, unknown>): Finding[] {
  const plugins = marketplace.plugins;
  if (!Array.isArray(plugins)) return [];
  const hasPluginRoot = isObject(marketplace.metadata) && typeof marketplace.metadata.pluginRoot === "string";
  return plugins.flatMap((entry, index): Finding[] => {
    if (!isObject(entry) || typeof entry.source !== "string") return [];
    const source = entry.source;
    if (source.startsWith("./") || source === "." || (hasPluginRoot && !source.startsWith("/") && !source.includes(".."))) return [];
    return [
      {
        code: "MARKETPLACE_ENTRY_SOURCE_INVALID",
        path: ["plugins", index, "source"],
        args: { reason: `is "${source}", which does not start with "./"` },
      },
    ];
  });
}

/** The entries that point at a local folder, for the cross-file checks. */
export function localPluginEntries(marketplace: Record<string, unknown>): LocalPluginEntry[] {
  const plugins = marketplace.plugins;
  if (!Array.isArray(plugins)) return [];
  return plugins.flatMap((entry, index): LocalPluginEntry[] => {
    if (!isObject(entry) || typeof entry.name !== "string" || typeof entry.source !== "string") return [];
    if (!entry.source.startsWith("./") && entry.source !== ".") return [];
    const local: LocalPluginEntry = { index, name: entry.name, source: entry.source };
    if (typeof entry.version === "string") local.version = entry.version;
    return [local];
  });
}

/**
 * Compares an entry with the plugin.json found at its source (undefined: none there). The entry
 * is what users install; plugin.json is what Claude Code loads.
 */
export function marketplaceEntryRule(entry: LocalPluginEntry, manifest: Record<string, unknown> | undefined): Finding[] {
  const at = ["plugins", entry.index] as const;
  if (manifest === undefined) {
    return [{ code: "MARKETPLACE_SOURCE_NOT_FOUND", path: [...at, "source"], args: { source: entry.source, name: entry.name } }];
  }
  const findings: Finding[] = [];
  if (typeof manifest.name === "string" && manifest.name !== entry.name) {
    findings.push({ code: "MARKETPLACE_SOURCE_NAME_MISMATCH", path: [...at, "name"], args: { name: entry.name, actual: manifest.name } });
  }
  if (entry.version !== undefined && typeof manifest.version === "string" && manifest.version !== entry.version) {
    findings.push({
      code: "MARKETPLACE_VERSION_MISMATCH",
      path: [...at, "version"],
      args: { version: entry.version, actual: manifest.version },
    });
  }
  return findings;
}
