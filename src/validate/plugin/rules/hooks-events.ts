import type { Finding } from "../finding.js";
import { describeJson, isObject } from "../json-source.js";
import { HOOK_EVENTS, HOOK_TYPES, commandHookSchema, hookGroupSchema } from "../schemas/hooks.js";
import { suggest } from "../../suggest.js";

/** Each event name must be known, hold a list of groups, each with a list of well-formed hooks. */
export function hooksEventsRule(file: Record<string, unknown>): Finding[] {
  const events = file.hooks;
  if (!isObject(events)) return [];
  const known: readonly string[] = HOOK_EVENTS;
  const findings: Finding[] = [];
  for (const [event, groups] of Object.entries(events)) {
    if (!known.includes(event)) {
      const suggestion = suggest(event, known);
      findings.push({ code: "HOOKS_UNKNOWN_EVENT", path: ["hooks", event], part: "key", args: suggestion ? { event, suggestion } : { event } });
      continue;
    }
    if (!Array.isArray(groups)) {
      findings.push({ code: "HOOKS_EVENT_NOT_LIST", path: ["hooks", event], args: { event, actual: describeJson(groups) } });
      continue;
    }
    groups.forEach((group, index) => findings.push(...groupFindings(group, ["hooks", event, index])));
  }
  return findings;
}

function groupFindings(group: unknown, at: (string | number)[]): Finding[] {
  if (!hookGroupSchema.safeParse(group).success) {
    const reason = !isObject(group)
      ? `is ${describeJson(group)}, not an object`
      : typeof group.matcher !== "string" && group.matcher !== undefined
        ? `has a "matcher" that is ${describeJson(group.matcher)}, not a string`
        : `has "hooks" ${describeJson(group.hooks)} where a list of hooks belongs`;
    return [{ code: "HOOKS_GROUP_INVALID", path: at, args: { reason } }];
  }
  const hooks = (group as { hooks: unknown[] }).hooks;
  return hooks.flatMap((hook, index) => hookFindings(hook, [...at, "hooks", index]));
}

function hookFindings(hook: unknown, at: (string | number)[]): Finding[] {
  if (!isObject(hook)) return [{ code: "HOOKS_TYPE_INVALID", path: at, args: { actual: describeJson(hook) } }];
  const types: readonly unknown[] = HOOK_TYPES;
  if (!types.includes(hook.type)) {
    return [{ code: "HOOKS_TYPE_INVALID", path: "type" in hook ? [...at, "type"] : at, args: { actual: describeJson(hook.type) } }];
  }
  if (hook.type !== "command" || commandHookSchema.safeParse(hook).success) return [];
  const findings: Finding[] = [];
  if (typeof hook.command !== "string" || hook.command.trim() === "") {
    const reason = hook.command === undefined ? 'has no "command"' : `has a "command" that is ${describeJson(hook.command)}`;
    findings.push({ code: "HOOKS_COMMAND_MISSING", path: hook.command === undefined ? at : [...at, "command"], args: { reason } });
  }
  if (hook.timeout !== undefined && !(typeof hook.timeout === "number" && hook.timeout > 0)) {
    findings.push({ code: "HOOKS_TIMEOUT_INVALID", path: [...at, "timeout"], args: { actual: describeJson(hook.timeout) } });
  }
  return findings;
}
