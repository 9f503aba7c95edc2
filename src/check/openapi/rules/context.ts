import type { OpenApiCode } from "../../../diagnostics/codes/openapi.js";
import type { DiagnosticArgs } from "../../../diagnostics/findings.js";
import type { Operation } from "../operations.js";
import type { Finding, Part } from "../types.js";
import type { JsonObject } from "../values.js";
import type { Node, SpecView } from "../view.js";

/** What every rule gets: the resolved document, its operations and every schema, and a way to report. */
export interface RuleContext {
  view: SpecView;
  operations: readonly Operation[];
  schemas: readonly Node<JsonObject>[];
  report<C extends OpenApiCode>(code: C, node: Node, part: Part, args: DiagnosticArgs<C>): void;
}

/** One standard, checked over the whole document. */
export type Rule = (context: RuleContext) => void;

export function collector(view: SpecView, operations: readonly Operation[], schemas: readonly Node<JsonObject>[]): { context: RuleContext; findings: Finding[] } {
  const findings: Finding[] = [];
  const context: RuleContext = {
    view,
    operations,
    schemas,
    report(code, node, part, args) {
      findings.push({ code, args, at: node.at, part } as Finding);
    },
  };
  return { context, findings };
}
