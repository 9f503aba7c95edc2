import type { z } from "zod";
import type { Finding } from "../finding.js";
import type { JsonPath } from "../json-source.js";

/** Turns a schema's issues into findings, one per top-level field, by asking `classify` for the code. */
export function zodFindings(
  schema: z.ZodType,
  value: unknown,
  classify: (path: JsonPath) => Finding | undefined,
): Finding[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== "symbol");
    const finding = classify(path);
    if (!finding) continue;
    const key = `${finding.code} ${JSON.stringify(finding.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** The value at `path` inside `root`, or undefined. */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
