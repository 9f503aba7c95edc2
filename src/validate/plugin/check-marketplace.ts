import { diagnostic } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { toDiagnostics, type Finding, type JsonRule } from "./finding.js";
import { describeJson, isObject, parseJsonSource, type JsonSource } from "./json-source.js";
import { marketplaceNameRule } from "./rules/marketplace-name.js";
import { localPluginEntries, marketplaceSourceFormRule, type LocalPluginEntry } from "./rules/marketplace-source.js";
import { marketplaceUnknownKeysRule } from "./rules/marketplace-unknown-keys.js";
import { marketplaceShapeFindings } from "./schemas/marketplace.js";

export interface MarketplaceCheck {
  diagnostics: Diagnostic[];
  /** Entries with a local source, to follow and compare with their plugin.json. */
  localPlugins: LocalPluginEntry[];
  /** Places findings from the cross-file checks in this file. */
  place(findings: readonly Finding[]): Diagnostic[];
}

const rules: readonly JsonRule<Record<string, unknown>>[] = [
  marketplaceShapeFindings,
  marketplaceNameRule,
  marketplaceUnknownKeysRule,
  marketplaceSourceFormRule,
];

/** Checks the text of a `.claude-plugin/marketplace.json`. Never throws. */
export function checkMarketplace(text: string, file: string): MarketplaceCheck {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    return {
      diagnostics: [diagnostic("MARKETPLACE_SYNTAX", file, parsed.range, { detail: parsed.detail })],
      localPlugins: [],
      place: () => [],
    };
  }
  const source: JsonSource = parsed.source;
  const place = (findings: readonly Finding[]): Diagnostic[] => toDiagnostics(findings, source, file);
  const value = source.value;
  if (!isObject(value)) {
    return {
      diagnostics: [diagnostic("MARKETPLACE_NOT_OBJECT", file, source.rangeOf([]), { actual: describeJson(value) })],
      localPlugins: [],
      place,
    };
  }
  return { diagnostics: place(rules.flatMap((rule) => rule(value))), localPlugins: localPluginEntries(value), place };
}
