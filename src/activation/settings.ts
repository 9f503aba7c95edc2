/**
 * Pure edits of a Claude Code `settings.json` text that register (or remove) our two activation hooks
 * for installs outside the plugin (user or project scope). Everything else in the file is kept: other
 * keys, other events, other hooks in the same event. Our entries are recognised by MARKER in their
 * command, so adding is idempotent and removing takes exactly what we added.
 */

/** The tag every command we register carries (a harmless trailing argument our hooks ignore). */
export const ACTIVATION_HOOK_MARKER = "--backend-architect-activation";

export type ActivationHook = "user-prompt-submit" | "pre-tool-use";

export interface AddActivationHooksOptions {
  /** The command that runs one hook script, e.g. `node "/home/me/.claude/backend-architect/hooks/pre-tool-use.mjs"`. */
  commandFor: (hook: ActivationHook) => string;
  /** The agent type the hooks serve; a user/project agent's type is its name. */
  agentType?: string;
  /** Seconds Claude Code waits for each hook. */
  timeout?: number;
}

export type SettingsEdit =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; code: "SETTINGS_NOT_JSON" | "SETTINGS_NOT_OBJECT" | "SETTINGS_HOOKS_MALFORMED"; message: string; hint: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const EVENTS: readonly { event: string; hook: ActivationHook; matcher?: string }[] = [
  { event: "UserPromptSubmit", hook: "user-prompt-submit" },
  { event: "PreToolUse", hook: "pre-tool-use", matcher: "Bash" },
];

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOurs(hook: Json): boolean {
  return isObject(hook) && typeof hook["command"] === "string" && hook["command"].includes(ACTIVATION_HOOK_MARKER);
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
    return {
      ok: false,
      code: "SETTINGS_NOT_JSON",
      message: `settings.json is not valid JSON (${(error as Error).message}), so the activation hooks cannot be merged into it.`,
      hint: "Fix the JSON (Claude Code ignores a settings file it cannot parse), then run the command again.",
    };
  }
  if (!isObject(value)) {
    return {
      ok: false,
      code: "SETTINGS_NOT_OBJECT",
      message: "settings.json does not hold a JSON object, so the activation hooks cannot be merged into it.",
      hint: "Make the file a JSON object ({}), then run the command again.",
    };
  }
  const hooks = value["hooks"];
  const malformed =
    (hooks !== undefined && !isObject(hooks)) ||
    (isObject(hooks) && EVENTS.some(({ event }) => hooks[event] !== undefined && !Array.isArray(hooks[event])));
  if (malformed) {
    return {
      ok: false,
      code: "SETTINGS_HOOKS_MALFORMED",
      message: 'settings.json has a "hooks" entry that is not in Claude Code\'s shape ({"<Event>": [ ... ]}), so ours cannot be merged in safely.',
      hint: 'Fix or remove the "hooks" entry, then run the command again.',
    };
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
    for (const group of groups) {
      if (!isObject(group) || !Array.isArray(group["hooks"])) {
        kept.push(group);
        continue;
      }
      const inner = group["hooks"].filter((hook) => !isOurs(hook));
      if (inner.length === group["hooks"].length) kept.push(group);
      else {
        removed = true;
        if (inner.length > 0) kept.push({ ...group, hooks: inner });
      }
    }
    if (kept.length > 0) hooks[event] = kept;
    else if (removed) delete hooks[event];
  }
  if (removed && Object.keys(hooks).length === 0) delete settings["hooks"];
  return removed;
}

function serialise(settings: JsonObject, original: string): string {
  const newline = original.includes("\r\n") ? "\r\n" : "\n";
  const text = JSON.stringify(settings, null, indentOf(original));
  return (newline === "\n" ? text : text.replace(/\n/g, newline)) + newline;
}

/** Adds (or refreshes) our UserPromptSubmit and PreToolUse(Bash) hooks. Idempotent. */
export function addActivationHooks(settingsText: string, options: AddActivationHooksOptions): SettingsEdit {
  const parsed = parse(settingsText);
  if (!parsed.ok) return parsed;
  const before = JSON.stringify(parsed.settings);
  const settings = parsed.settings;
  strip(settings);
  const agentType = options.agentType ?? "backend-architect";
  const hooks: JsonObject = isObject(settings["hooks"]) ? settings["hooks"] : {};
  for (const { event, hook, matcher } of EVENTS) {
    const command = `${options.commandFor(hook)} --agent-type ${agentType} ${ACTIVATION_HOOK_MARKER}`;
    const entry: JsonObject = { type: "command", command, timeout: options.timeout ?? 10 };
    const group: JsonObject = matcher === undefined ? { hooks: [entry] } : { matcher, hooks: [entry] };
    const groups = hooks[event];
    hooks[event] = Array.isArray(groups) ? [...groups, group] : [group];
  }
  settings["hooks"] = hooks;
  if (JSON.stringify(settings) === before) return { ok: true, text: settingsText, changed: false };
  return { ok: true, text: serialise(settings, settingsText), changed: true };
}

/** Removes exactly the hooks `addActivationHooks` added; everything else stays. */
export function removeActivationHooks(settingsText: string): SettingsEdit {
  const parsed = parse(settingsText);
  if (!parsed.ok) return parsed;
  if (!strip(parsed.settings)) return { ok: true, text: settingsText, changed: false };
  return { ok: true, text: serialise(parsed.settings, settingsText), changed: true };
}
