import { diagnostic } from "../../diagnostics/findings.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { toDiagnostics, type Finding } from "./finding.js";
import { isObject, parseJsonSource } from "./json-source.js";
import { hooksEventsRule } from "./rules/hooks-events.js";
import { hooksPluginRootQuotedRule } from "./rules/hooks-plugin-root-quoted.js";
import { hooksWrapperRule } from "./rules/hooks-wrapper.js";

/** Checks the text of a plugin's `hooks/hooks.json`. Never throws. */
export function checkHooks(text: string, file: string): { diagnostics: Diagnostic[] } {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return { diagnostics: [diagnostic("HOOKS_SYNTAX", file, parsed.range, { detail: parsed.detail })] };
  const value = parsed.source.value;
  const wrapper = hooksWrapperRule(value);
  const findings: Finding[] =
    wrapper.length > 0 || !isObject(value) ? wrapper : [...hooksEventsRule(value), ...hooksPluginRootQuotedRule(value)];
  return { diagnostics: toDiagnostics(findings, parsed.source, file) };
}
