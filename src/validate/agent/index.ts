import type { Diagnostic } from "../../diagnostics/types.js";
import { parseAgent } from "../../parse/index.js";
import type { AgentDocument } from "../../parse/types.js";
import { resolveAgent, type ResolveOptions, type ResolvedAgent } from "../../resolve/index.js";
import { makeContext } from "./context.js";
import { agentRules } from "./rules/index.js";

export type { AgentRule, AgentRuleContext } from "./context.js";

export type ValidateAgentOptions = ResolveOptions;

/** Everything there is to say about one agent file in one scope: parse findings, then every rule's. */
export function validateAgent(document: AgentDocument, options: ValidateAgentOptions, resolved = resolveAgent(document, options)): Diagnostic[] {
  const found: Diagnostic[] = [...document.diagnostics];
  const context = makeContext(document, resolved, options, found);
  for (const rule of agentRules) rule(context);
  return found.sort(byPosition);
}

export interface AgentCheck {
  document: AgentDocument;
  resolved: ResolvedAgent;
  diagnostics: Diagnostic[];
}

/** Parses, resolves and validates one agent file's text. Never throws on any input. */
export function checkAgentText(text: string, file: string, options: ValidateAgentOptions): AgentCheck {
  const document = parseAgent(text, file);
  const resolved = resolveAgent(document, options);
  return { document, resolved, diagnostics: validateAgent(document, options, resolved) };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || a.code.localeCompare(b.code);
}
