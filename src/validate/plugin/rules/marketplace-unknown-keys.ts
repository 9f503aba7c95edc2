import type { Finding } from "../finding.js";
import { isObject } from "../json-source.js";
import { MARKETPLACE_ENTRY_KEYS, MARKETPLACE_KEYS } from "../schemas/marketplace.js";
import { suggest } from "../../suggest.js";

/** Claude Code ignores keys it does not know, at the top level and in each plugin entry. */
export function marketplaceUnknownKeysRule(marketplace: Record<string, unknown>): Finding[] {
  const findings = unknownKeys(marketplace, MARKETPLACE_KEYS, []);
  const plugins = marketplace.plugins;
  if (Array.isArray(plugins)) {
    plugins.forEach((entry, index) => {
      if (isObject(entry)) findings.push(...unknownKeys(entry, MARKETPLACE_ENTRY_KEYS, ["plugins", index]));
    });
  }
  return findings;
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], at: (string | number)[]): Finding[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = suggest(key, known);
      return { code: "MARKETPLACE_UNKNOWN_KEY", path: [...at, key], part: "key", args: suggestion ? { key, suggestion } : { key } };
    });
}
