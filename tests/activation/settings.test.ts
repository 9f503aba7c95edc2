import { describe, expect, it } from "vitest";
import { ACTIVATION_HOOK_MARKER, addActivationHooks, removeActivationHooks, type ActivationHook } from "../../src/activation/settings.js";

const commandFor = (hook: ActivationHook) => `node "/home/me/.claude/backend-architect/hooks/${hook}.mjs"`;

function added(text: string): string {
  const result = addActivationHooks(text, { commandFor });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

const foreign = {
  model: "opus",
  permissions: { allow: ["Bash(git status)"] },
  hooks: {
    PreToolUse: [{ matcher: "Write", hooks: [{ type: "command", command: "lint-on-write" }] }],
    Stop: [{ hooks: [{ type: "command", command: "say done" }] }],
  },
};

describe("addActivationHooks", () => {
  it.each([
    ["a missing file (empty text)", ""],
    ["an empty object", "{}\n"],
    ["settings with other keys and hooks", `${JSON.stringify(foreign, null, 2)}\n`],
    ["settings indented with tabs", `${JSON.stringify(foreign, null, "\t")}\n`],
  ])("registers both hooks into %s and keeps everything else", (_case, text) => {
    const result = addActivationHooks(text, { commandFor });
    expect(result).toMatchObject({ ok: true, changed: true });
    if (!result.ok) return;
    const settings = JSON.parse(result.text);
    const before = text.trim() === "" ? {} : JSON.parse(text);
    for (const [key, value] of Object.entries(before)) if (key !== "hooks") expect(settings[key]).toEqual(value);
    for (const [event, groups] of Object.entries(before.hooks ?? {})) expect(settings.hooks[event]).toEqual(expect.arrayContaining(groups as unknown[]));
    expect(settings.hooks.UserPromptSubmit.at(-1)).toEqual({
      hooks: [{ type: "command", command: `${commandFor("user-prompt-submit")} --agent-type backend-architect ${ACTIVATION_HOOK_MARKER}`, timeout: 10 }],
    });
    expect(settings.hooks.PreToolUse.at(-1)).toEqual({
      matcher: "Bash",
      hooks: [{ type: "command", command: `${commandFor("pre-tool-use")} --agent-type backend-architect ${ACTIVATION_HOOK_MARKER}`, timeout: 10 }],
    });
    if (text.includes("\t")) expect(result.text).toMatch(/\n\t"/);
  });

  it("is idempotent: a second add changes nothing and returns the text as given", () => {
    const once = added(JSON.stringify(foreign));
    expect(addActivationHooks(once, { commandFor })).toEqual({ ok: true, text: once, changed: false });
  });

  it("replaces an older registration of ours instead of adding a second one", () => {
    const old = added("{}");
    const moved = addActivationHooks(old, { commandFor: (hook) => `node "/new/place/${hook}.mjs"` });
    expect(moved).toMatchObject({ ok: true, changed: true });
    if (!moved.ok) return;
    const settings = JSON.parse(moved.text);
    expect(settings.hooks.UserPromptSubmit).toHaveLength(1);
    expect(settings.hooks.UserPromptSubmit[0].hooks[0].command).toContain("/new/place/");
  });

  it("uses the agent type it is given", () => {
    const text = addActivationHooks("{}", { commandFor, agentType: "my-architect" });
    expect(text.ok && text.text).toContain("--agent-type my-architect");
  });

  it.each([
    ["not JSON", "{ model: opus", "SETTINGS_NOT_JSON"],
    ["a JSON array", "[]", "SETTINGS_NOT_OBJECT"],
    ["hooks that are a list", '{"hooks": []}', "SETTINGS_HOOKS_MALFORMED"],
    ["an event that is an object", '{"hooks": {"PreToolUse": {}}}', "SETTINGS_HOOKS_MALFORMED"],
  ])("refuses %s with a code and a hint, never throwing", (_case, text, code) => {
    for (const result of [addActivationHooks(text, { commandFor }), removeActivationHooks(text)]) {
      expect(result).toMatchObject({ ok: false, code });
      if (!result.ok) expect(result.hint.length).toBeGreaterThan(0);
    }
  });
});

describe("removeActivationHooks", () => {
  it("takes back exactly what add put in", () => {
    const original = `${JSON.stringify(foreign, null, 2)}\n`;
    const removed = removeActivationHooks(added(original));
    expect(removed).toMatchObject({ ok: true, changed: true });
    if (removed.ok) expect(JSON.parse(removed.text)).toEqual(foreign);
  });

  it("drops the hooks key it emptied", () => {
    const removed = removeActivationHooks(added('{"model": "opus"}'));
    expect(removed.ok && JSON.parse(removed.text)).toEqual({ model: "opus" });
  });

  it("keeps a foreign hook that shares a group with ours", () => {
    const settings = JSON.parse(added("{}"));
    settings.hooks.PreToolUse[0].hooks.push({ type: "command", command: "audit-bash" });
    const removed = removeActivationHooks(JSON.stringify(settings));
    expect(removed.ok && JSON.parse(removed.text)).toEqual({
      hooks: { PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: "audit-bash" }] }] },
    });
  });

  it.each([["{}"], [JSON.stringify(foreign)], [""]])("changes nothing when none of ours is there: %s", (text) => {
    expect(removeActivationHooks(text)).toEqual({ ok: true, text, changed: false });
  });
});
