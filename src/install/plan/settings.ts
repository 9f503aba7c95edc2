/**
 * Pure edits of a Claude Code `settings.json` text that register (or remove) our three hooks for installs
 * outside the plugin (user or project scope): the router (UserPromptSubmit), the npm-only guard
 * (PreToolUse on Bash) and the check (PostToolUse on Write|Edit). Everything else in the file is kept:
 * other keys, other events, other hooks in the same event. Our entries are recognised by MARKER among
 * their arguments (or, for entries an older version wrote, in their command), so adding is idempotent
 * and removing takes exactly what we added.
 *
 * Each entry is in Claude Code's exec form, `{"command": "node", "args": [script, ...]}`: Claude Code
 * spawns `node` with those arguments and no shell, on every platform, so a script path with spaces,
 * quotes, `$` or non-ASCII letters reaches node unchanged (shell form would need quoting that bash,
 * sh and PowerShell each read differently). `${CLAUDE_PROJECT_DIR}` in an argument is substituted by
 * Claude Code itself.
 */

import type { ActivationHook } from "../layout/names.js";
import type { SettingsProblem } from "../../diagnostics/codes/install.js";
import { installError } from "../errors.js";
import { appendItem, detectStyle, jsonTree, member, removeItem, type JsonNode, type JsonObjectNode } from "../../parse/json-edit.js";

/** The tag every entry we register carries (a harmless trailing argument our hooks ignore). */
export const ACTIVATION_HOOK_MARKER = "--backend-architect-activation";

export type { ActivationHook } from "../layout/names.js";

/** Where each hook is registered, and how long Claude Code waits for it (seconds), as in the plugin's hooks.json. */
export const ACTIVATION_HOOKS: readonly { hook: ActivationHook; event: string; matcher?: string; timeout: number }[] = [
  { hook: "user-prompt-submit", event: "UserPromptSubmit", timeout: 10 },
  { hook: "pre-tool-use", event: "PreToolUse", matcher: "Bash", timeout: 10 },
  { hook: "post-tool-use", event: "PostToolUse", matcher: "Write|Edit", timeout: 15 },
];

/** The program every entry runs. */
export const HOOK_PROGRAM = "node";

export interface AddActivationHooksOptions {
  /**
   * The script argument for one hook: an absolute path (user scope), or one under
   * `${CLAUDE_PROJECT_DIR}` (project scope), e.g. `${CLAUDE_PROJECT_DIR}/.claude/backend-architect/hooks/pre-tool-use.mjs`.
   */
  scriptFor: (hook: ActivationHook) => string;
  /** The agent type the hooks serve; a user/project agent's type is its name. */
  agentType?: string;
}

/** One of our entries: `node <script> --agent-type <type> <marker>`, in exec form. */
export function activationHookEntry(hook: ActivationHook, script: string, agentType = "backend-architect"): { type: "command"; command: string; args: string[]; timeout: number } {
  const timeout = ACTIVATION_HOOKS.find((entry) => entry.hook === hook)?.timeout ?? 10;
  return { type: "command", command: HOOK_PROGRAM, args: [script, "--agent-type", agentType, ACTIVATION_HOOK_MARKER], timeout };
}

export type SettingsEdit =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; code: SettingsProblem; message: string; hint: string; args: { why: SettingsProblem; detail?: string } };

/** A settings.json we cannot merge into: the reason, worded by the catalog (INSTALL_SETTINGS_INVALID). */
function problem(code: SettingsProblem, detail?: string): Extract<SettingsEdit, { ok: false }> {
  const args = detail === undefined ? { why: code } : { why: code, detail };
  const { message, hint } = installError("INSTALL_SETTINGS_INVALID", args);
  return { ok: false, code, message, hint, args };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for a hook entry this module wrote (exec form, or the shell form of earlier versions). */
export function isActivationEntry(hook: unknown): boolean {
  return isOurs(hook as Json);
}

/** Which of our scripts a hook entry runs (by `.../hooks/<hook>.mjs` in its command or arguments), if any. */
export function activationHookOf(entry: unknown): ActivationHook | undefined {
  return ACTIVATION_HOOKS.find(({ hook }) => runsScript(entry as Json, hook))?.hook;
}

function isOurs(hook: Json): boolean {
  if (!isObject(hook)) return false;
  const args = hook["args"];
  if (Array.isArray(args) && args.includes(ACTIVATION_HOOK_MARKER)) return true;
  // Entries of earlier versions: a shell command with the marker at its end.
  return typeof hook["command"] === "string" && hook["command"].includes(ACTIVATION_HOOK_MARKER);
}

/** Indentation of the existing file (first indented line), so a rewrite looks like the original. */
function indentOf(text: string): string | number {
  const match = /\n([ \t]+)\S/.exec(text);
  return match?.[1] ?? 2;
}

function parse(text: string): { ok: true; settings: JsonObject } | Extract<SettingsEdit, { ok: false }> {
  if (text.trim() === "") return { ok: true, settings: {} };
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    return problem("SETTINGS_NOT_JSON", (error as Error).message);
  }
  if (!isObject(value)) {
    return problem("SETTINGS_NOT_OBJECT");
  }
  const hooks = value["hooks"];
  const malformed =
    (hooks !== undefined && !isObject(hooks)) ||
    (isObject(hooks) && ACTIVATION_HOOKS.some(({ event }) => hooks[event] !== undefined && !Array.isArray(hooks[event])));
  if (malformed) {
    return problem("SETTINGS_HOOKS_MALFORMED");
  }
  return { ok: true, settings: value };
}

/** Drops our entries from every event; drops groups and events we left empty. Returns whether anything went. */
function strip(settings: JsonObject): boolean {
  const hooks = settings["hooks"];
  if (!isObject(hooks)) return false;
  let removed = false;
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    const kept: Json[] = [];
    let removedHere = false;
    for (const group of groups) {
      if (!isObject(group) || !Array.isArray(group["hooks"])) {
        kept.push(group);
        continue;
      }
      const inner = group["hooks"].filter((hook) => !isOurs(hook));
      if (inner.length === group["hooks"].length) kept.push(group);
      else {
        removedHere = true;
        if (inner.length > 0) kept.push({ ...group, hooks: inner });
      }
    }
    // Only an event we emptied goes; a user's own empty list stays.
    if (kept.length > 0 || !removedHere) hooks[event] = kept;
    else delete hooks[event];
    removed ||= removedHere;
  }
  if (removed && Object.keys(hooks).length === 0) delete settings["hooks"];
  return removed;
}

/**
 * The whole file rewritten with its indentation and line endings: for a new file, and as the fallback
 * when the text cannot be edited in place (it always can for JSON that JSON.parse reads, short of absurd nesting).
 */
function serialise(settings: JsonObject, original: string): string {
  const newline = original.includes("\r\n") ? "\r\n" : "\n";
  const text = JSON.stringify(settings, null, indentOf(original));
  const end = original.trim() === "" || /\n$/.test(original) ? newline : "";
  return (newline === "\n" ? text : text.replace(/\n/g, newline)) + end;
}

/**
 * The edited text: the user's bytes with ours taken out or put in by minimal edits (see json-edit.ts), so
 * their formatting survives and uninstall gives back the file byte for byte. The edit must mean exactly
 * what the object edit `desired` means; if it does not, the file is rewritten instead.
 */
function edited(original: string, desired: JsonObject, edit: (text: string) => string | undefined): string {
  if (original.trim() === "") return serialise(desired, original);
  const text = edit(original);
  if (text !== undefined && sameJson(text, desired)) return text;
  return serialise(desired, original);
}

function sameJson(text: string, value: JsonObject): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/** The text with every hook of ours taken out, and the groups, events and `hooks` key that held only ours. */
function removeOursText(text: string): string | undefined {
  let current = text;
  for (let steps = 0; steps < 10_000; steps += 1) {
    const root = jsonTree(current);
    if (root?.type !== "object") return undefined;
    const next = removeOneOfOurs(current, root);
    if (next === undefined) return current;
    current = next;
  }
  return undefined;
}

function removeOneOfOurs(text: string, root: JsonObjectNode): string | undefined {
  const hooksMember = member(root, "hooks");
  if (hooksMember?.value.type !== "object") return undefined;
  const hooks = hooksMember.value;
  for (const event of hooks.members) {
    if (member(hooks, event.key) !== event || event.value.type !== "array") continue;
    const groups = event.value;
    for (const [index, group] of groups.items.entries()) {
      if (group.type !== "object") continue;
      const inner = member(group, "hooks")?.value;
      if (inner?.type !== "array") continue;
      const ours = inner.items.map((hook) => isOursText(text, hook));
      const first = ours.indexOf(true);
      if (first < 0) continue;
      if (ours.includes(false)) return removeItem(text, inner, first);
      if (groups.items.length > 1) return removeItem(text, groups, index);
      if (hooks.members.length > 1) return removeItem(text, hooks, hooks.members.indexOf(event));
      return removeItem(text, root, root.members.indexOf(hooksMember));
    }
  }
  return undefined;
}

function isOursText(text: string, node: JsonNode): boolean {
  try {
    return isOurs(JSON.parse(text.slice(node.start, node.end)) as Json);
  } catch {
    return false;
  }
}

/** The text with our group appended to each event (creating the event, or `hooks`, at the end if missing). */
function appendOursText(text: string | undefined, groups: readonly { event: string; group: JsonObject }[]): string | undefined {
  let current = text;
  for (const { event, group } of groups) {
    if (current === undefined) return undefined;
    const root = jsonTree(current);
    if (root?.type !== "object") return undefined;
    const style = detectStyle(current, root);
    const hooks = member(root, "hooks")?.value;
    const groupsNode = hooks?.type === "object" ? member(hooks, event)?.value : undefined;
    if (hooks === undefined) current = appendItem(current, root, style, { [event]: [group] }, "hooks");
    else if (hooks.type !== "object") return undefined;
    else if (groupsNode === undefined) current = appendItem(current, hooks, style, [group], event);
    else if (groupsNode.type === "array") current = appendItem(current, groupsNode, style, group);
    else return undefined;
  }
  return current;
}

/** Adds (or refreshes) our UserPromptSubmit, PreToolUse (Bash) and PostToolUse (Write|Edit) hooks. Idempotent. */
export function addActivationHooks(settingsText: string, options: AddActivationHooksOptions): SettingsEdit {
  const parsed = parse(settingsText);
  if (!parsed.ok) return parsed;
  const before = JSON.stringify(parsed.settings);
  const settings = parsed.settings;
  const agentType = options.agentType ?? "backend-architect";
  const ours: { event: string; group: JsonObject }[] = ACTIVATION_HOOKS.map(({ event, hook, matcher }) => {
    const entry: JsonObject = { ...activationHookEntry(hook, options.scriptFor(hook), agentType) };
    return { event, group: matcher === undefined ? { hooks: [entry] } : { matcher, hooks: [entry] } };
  });
  // Ours already there, exactly once per event: nothing to do (re-adding would move `hooks` to the end).
  if (alreadyThere(settings, ours)) return { ok: true, text: settingsText, changed: false };
  strip(settings);
  const hooks: JsonObject = isObject(settings["hooks"]) ? settings["hooks"] : {};
  for (const { event, group } of ours) {
    const groups = hooks[event];
    hooks[event] = Array.isArray(groups) ? [...groups, group] : [group];
  }
  settings["hooks"] = hooks;
  if (JSON.stringify(settings) === before) return { ok: true, text: settingsText, changed: false };
  return { ok: true, text: edited(settingsText, settings, (text) => appendOursText(removeOursText(text), ours)), changed: true };
}

function alreadyThere(settings: JsonObject, ours: readonly { event: string; group: JsonObject }[]): boolean {
  const hooks = settings["hooks"];
  if (!isObject(hooks)) return false;
  const wanted = new Set(ours.map(({ event }) => event));
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    const holding = groups.filter((group) => isObject(group) && Array.isArray(group["hooks"]) && group["hooks"].some(isOurs));
    if (!wanted.has(event)) {
      if (holding.length > 0) return false;
      continue;
    }
    const mine = ours.find((o) => o.event === event);
    if (holding.length !== 1 || JSON.stringify(holding[0]) !== JSON.stringify(mine?.group)) return false;
  }
  return ours.every(({ event }) => Array.isArray(hooks[event]));
}

/** Removes exactly the hooks `addActivationHooks` added; everything else stays, byte for byte. */
export function removeActivationHooks(settingsText: string): SettingsEdit {
  const parsed = parse(settingsText);
  if (!parsed.ok) return parsed;
  if (!strip(parsed.settings)) return { ok: true, text: settingsText, changed: false };
  return { ok: true, text: edited(settingsText, parsed.settings, removeOursText), changed: true };
}

/**
 * Which of our hooks the settings text registers, each under its own event: a hook counts when an entry
 * of ours there runs its script (`.../hooks/<hook>.mjs`). An error for a file that is not settings.
 */
export function registeredActivationHooks(settingsText: string): { ok: true; hooks: ActivationHook[] } | Extract<SettingsEdit, { ok: false }> {
  const parsed = parse(settingsText);
  if (!parsed.ok) return parsed;
  const hooks = parsed.settings["hooks"];
  const found = ACTIVATION_HOOKS.filter(({ event, hook }) => {
    const groups = isObject(hooks) ? hooks[event] : undefined;
    if (!Array.isArray(groups)) return false;
    return groups.some((group) => isObject(group) && Array.isArray(group["hooks"]) && group["hooks"].some((entry) => isOurs(entry) && runsScript(entry, hook)));
  });
  return { ok: true, hooks: found.map(({ hook }) => hook) };
}

function runsScript(entry: Json, hook: ActivationHook): boolean {
  if (!isObject(entry)) return false;
  const words = [entry["command"], ...(Array.isArray(entry["args"]) ? entry["args"] : [])];
  return words.some((word) => typeof word === "string" && word.replaceAll("\\", "/").includes(`/hooks/${hook}.mjs`));
}
