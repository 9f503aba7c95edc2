import { routeCodes } from "../diagnostics/codes/route.js";
import { render } from "../diagnostics/define.js";
import { route, type RouteOptions } from "./route.js";
import type { RouteDecision } from "./types.js";

export type RouteLineErrorCode = "ROUTE_LINE_NOT_JSON" | "ROUTE_LINE_NO_PROMPT";

/** A decision for one input line, or a decision-shaped refusal that keeps the output aligned with the input. */
export type RouteLineResult =
  | ({ ok: true } & RouteDecision)
  | { ok: false; line: number; code: RouteLineErrorCode; message: string; hint: string };

/**
 * Routes `{"prompt": "..."}` lines (JSON Lines). Blank lines are skipped; every other line gets exactly
 * one result, in order, so the n-th result answers the n-th non-blank line.
 */
export function routeLines(input: string, options: RouteOptions = {}): RouteLineResult[] {
  const results: RouteLineResult[] = [];
  const lines = input.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      results.push({
        ok: false,
        line: index + 1,
        code: "ROUTE_LINE_NOT_JSON",
        ...render(routeCodes.ROUTE_LINE_NOT_JSON, { line: index + 1 }),
      });
      continue;
    }
    const prompt = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["prompt"] : undefined;
    if (typeof prompt !== "string") {
      results.push({
        ok: false,
        line: index + 1,
        code: "ROUTE_LINE_NO_PROMPT",
        ...render(routeCodes.ROUTE_LINE_NO_PROMPT, { line: index + 1 }),
      });
      continue;
    }
    results.push({ ok: true, ...route(prompt, options) });
  }
  return results;
}
