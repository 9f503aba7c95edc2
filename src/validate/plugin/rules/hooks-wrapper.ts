import type { Finding } from "../finding.js";
import { describeJson, isObject } from "../json-source.js";
import { HOOK_EVENTS, hooksFileSchema } from "../schemas/hooks.js";

/** Without the `hooks` wrapper object the whole plugin fails to load. Returns a finding, or none if the wrapper is there. */
export function hooksWrapperRule(file: unknown): Finding[] {
  if (hooksFileSchema.safeParse(file).success) return [];
  if (!isObject(file)) return [{ code: "HOOKS_WRAPPER_MISSING", path: [], args: { reason: `the file holds ${describeJson(file)}` } }];
  if ("hooks" in file) {
    return [{ code: "HOOKS_WRAPPER_MISSING", path: ["hooks"], args: { reason: `"hooks" is ${describeJson(file.hooks)}` } }];
  }
  const known: readonly string[] = HOOK_EVENTS;
  const event = Object.keys(file).find((key) => known.includes(key));
  return event
    ? [{ code: "HOOKS_WRAPPER_MISSING", path: [event], part: "key", args: { reason: `the event "${event}" is at the top level` } }]
    : [{ code: "HOOKS_WRAPPER_MISSING", path: [], args: { reason: 'there is no "hooks" key' } }];
}
