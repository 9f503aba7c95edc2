import type { Finding } from "../finding.js";
import { PLUGIN_MANIFEST_KEYS } from "../schemas/plugin-manifest.js";
import { suggest } from "../../suggest.js";

/** Keys people put in plugin.json that belong in the plugin's marketplace entry. */
const MARKETPLACE_ENTRY_KEYS = new Set(["source", "category", "tags", "strict"]);

/** Claude Code ignores keys it does not know: usually a typo or a field from another manifest format. */
export function pluginUnknownKeysRule(manifest: Record<string, unknown>): Finding[] {
  const known: readonly string[] = PLUGIN_MANIFEST_KEYS;
  return Object.keys(manifest)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = suggest(key, known);
      const args: { key: string; suggestion?: string; where?: string } = { key };
      if (suggestion) args.suggestion = suggestion;
      else if (MARKETPLACE_ENTRY_KEYS.has(key)) args.where = "the plugin's entry in marketplace.json";
      return { code: "PLUGIN_UNKNOWN_KEY", path: [key], part: "key", args } satisfies Finding;
    });
}
