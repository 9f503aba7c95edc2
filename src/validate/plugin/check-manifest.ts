import { diagnostic } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { toDiagnostics, type Finding, type JsonRule } from "./finding.js";
import { describeJson, isObject, parseJsonSource } from "./json-source.js";
import { pluginAgentsKeyRule } from "./rules/plugin-agents-key.js";
import { pluginNameRule } from "./rules/plugin-name.js";
import { pluginUnknownKeysRule } from "./rules/plugin-unknown-keys.js";
import { pluginManifestShapeFindings } from "./schemas/plugin-manifest.js";

export interface ManifestCheck {
  /** The parsed manifest when it is a JSON object, else undefined. */
  manifest: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
}

const rules: readonly JsonRule<Record<string, unknown>>[] = [
  pluginManifestShapeFindings,
  pluginNameRule,
  pluginUnknownKeysRule,
  pluginAgentsKeyRule,
];

/** Checks the text of a `.claude-plugin/plugin.json`. Never throws. */
export function checkPluginManifest(text: string, file: string): ManifestCheck {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    return { manifest: undefined, diagnostics: [diagnostic("PLUGIN_MANIFEST_SYNTAX", file, parsed.range, { detail: parsed.detail })] };
  }
  const { source } = parsed;
  const value = source.value;
  if (!isObject(value)) {
    return {
      manifest: undefined,
      diagnostics: [diagnostic("PLUGIN_MANIFEST_NOT_OBJECT", file, source.rangeOf([]), { actual: describeJson(value) })],
    };
  }
  const findings: Finding[] = rules.flatMap((rule) => rule(value));
  return { manifest: value, diagnostics: toDiagnostics(findings, source, file) };
}
