import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVATION_HOOK_MARKER, addActivationHooks, registeredActivationHooks, removeActivationHooks, type ActivationHook } from "../../src/install/plan/settings.js";
import { foreign, settingsStyles } from "./settings-styles.js";

const scriptFor = (hook: ActivationHook) => `/home/me/.claude/backend-architect/hooks/${hook}.mjs`;
const entry = (hook: ActivationHook, timeout = 10) => ({
  type: "command",
  command: "node",
  args: [scriptFor(hook), "--agent-type", "backend-architect", ACTIVATION_HOOK_MARKER],
  timeout,
});

function added(text: string): string {
  const result = addActivationHooks(text, { scriptFor });
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe("addActivationHooks", () => {
  it.each([
    ["a missing file (empty text)", ""],
    ["an empty object", "{}\n"],
    ["settings with other keys and hooks", `${JSON.stringify(foreign, null, 2)}\n`],
    ["settings indented with tabs", `${JSON.stringify(foreign, null, "\t")}\n`],
  ])("registers the three hooks into %s, in exec form, and keeps everything else", (_case, text) => {
    const result = addActivationHooks(text, { scriptFor });
    expect(result).toMatchObject({ ok: true, changed: true });
    if (!result.ok) return;
    const settings = JSON.parse(result.text);
    const before = text.trim() === "" ? {} : JSON.parse(text);
    for (const [key, value] of Object.entries(before)) if (key !== "hooks") expect(settings[key]).toEqual(value);
    for (const [event, groups] of Object.entries(before.hooks ?? {})) expect(settings.hooks[event]).toEqual(expect.arrayContaining(groups as unknown[]));
    expect(settings.hooks.UserPromptSubmit.at(-1)).toEqual({ hooks: [entry("user-prompt-submit")] });
    expect(settings.hooks.PreToolUse.at(-1)).toEqual({ matcher: "Bash", hooks: [entry("pre-tool-use")] });
    expect(settings.hooks.PostToolUse.at(-1)).toEqual({ matcher: "Write|Edit", hooks: [entry("post-tool-use", 15)] });
    if (text.includes("\t")) expect(result.text).toMatch(/\n\t"/);
  });

  it("is idempotent: a second add changes nothing and returns the text as given", () => {
    const once = added(JSON.stringify(foreign));
    expect(addActivationHooks(once, { scriptFor })).toEqual({ ok: true, text: once, changed: false });
  });

  it("is idempotent also when the user's keys follow `hooks` (a second add does not move it)", () => {
    const once = added("{}").replace(/\n}\n$/, ',\n  "theme": "dark"\n}\n');
    expect(addActivationHooks(once, { scriptFor })).toEqual({ ok: true, text: once, changed: false });
  });

  it("replaces an older registration of ours instead of adding a second one", () => {
    const old = added("{}");
    const moved = addActivationHooks(old, { scriptFor: (hook) => `/new/place/${hook}.mjs` });
    expect(moved).toMatchObject({ ok: true, changed: true });
    if (!moved.ok) return;
    const settings = JSON.parse(moved.text);
    expect(settings.hooks.UserPromptSubmit).toHaveLength(1);
    expect(settings.hooks.UserPromptSubmit[0].hooks[0].args[0]).toBe("/new/place/user-prompt-submit.mjs");
  });

  it("replaces the shell-form entries of an earlier version with exec-form ones", () => {
    const shellForm = (hook: ActivationHook) => ({ type: "command", command: `node "${scriptFor(hook)}" --agent-type backend-architect ${ACTIVATION_HOOK_MARKER}`, timeout: 10 });
    const old = { model: "opus", hooks: { UserPromptSubmit: [{ hooks: [shellForm("user-prompt-submit")] }], PreToolUse: [{ matcher: "Bash", hooks: [shellForm("pre-tool-use")] }] } };
    const result = addActivationHooks(`${JSON.stringify(old, null, 2)}\n`, { scriptFor });
    expect(result.ok && JSON.parse(result.text)).toEqual({
      model: "opus",
      hooks: {
        UserPromptSubmit: [{ hooks: [entry("user-prompt-submit")] }],
        PreToolUse: [{ matcher: "Bash", hooks: [entry("pre-tool-use")] }],
        PostToolUse: [{ matcher: "Write|Edit", hooks: [entry("post-tool-use", 15)] }],
      },
    });
    expect(removeActivationHooks(JSON.stringify(old))).toMatchObject({ ok: true, changed: true, text: '{"model":"opus"}' });
  });

  it("uses the agent type it is given", () => {
    const text = addActivationHooks("{}", { scriptFor, agentType: "my-architect" });
    expect(text.ok && JSON.parse(text.text).hooks.PreToolUse[0].hooks[0].args).toEqual([scriptFor("pre-tool-use"), "--agent-type", "my-architect", ACTIVATION_HOOK_MARKER]);
  });

  it.each([
    ["not JSON", "{ model: opus", "SETTINGS_NOT_JSON"],
    ["a JSON array", "[]", "SETTINGS_NOT_OBJECT"],
    ["hooks that are a list", '{"hooks": []}', "SETTINGS_HOOKS_MALFORMED"],
    ["an event that is an object", '{"hooks": {"PreToolUse": {}}}', "SETTINGS_HOOKS_MALFORMED"],
  ])("refuses %s with a code and a hint, never throwing", (_case, text, code) => {
    for (const result of [addActivationHooks(text, { scriptFor }), removeActivationHooks(text)]) {
      expect(result).toMatchObject({ ok: false, code });
      if (!result.ok) expect(result.hint.length).toBeGreaterThan(0);
    }
  });
});

describe("registeredActivationHooks", () => {
  it.each([
    { case: "all three", text: () => added("{}"), hooks: ["user-prompt-submit", "pre-tool-use", "post-tool-use"] },
    { case: "none (no file)", text: () => "", hooks: [] },
    { case: "none (only the user's)", text: () => JSON.stringify(foreign), hooks: [] },
    {
      case: "the two an earlier version registered (shell form, no check hook)",
      text: () => JSON.stringify({ hooks: { UserPromptSubmit: [{ hooks: [{ type: "command", command: `node "/h/hooks/user-prompt-submit.mjs" ${ACTIVATION_HOOK_MARKER}` }] }], PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: `node "/h/hooks/pre-tool-use.mjs" ${ACTIVATION_HOOK_MARKER}` }] }] } }),
      hooks: ["user-prompt-submit", "pre-tool-use"],
    },
    {
      case: "a Windows path",
      text: () => JSON.stringify({ hooks: { PostToolUse: [{ matcher: "Write|Edit", hooks: [{ type: "command", command: "node", args: ["C:\\Users\\Zoë\\.claude\\backend-architect\\hooks\\post-tool-use.mjs", ACTIVATION_HOOK_MARKER] }] }] } }),
      hooks: ["post-tool-use"],
    },
    {
      case: "ours under the wrong event",
      text: () => JSON.stringify({ hooks: { Stop: [{ hooks: [entry("pre-tool-use")] }] } }),
      hooks: [],
    },
  ])("finds $case", ({ text, hooks }) => {
    expect(registeredActivationHooks(text())).toEqual({ ok: true, hooks });
  });

  it("refuses a file that is not JSON", () => {
    expect(registeredActivationHooks("{,")).toMatchObject({ ok: false, code: "SETTINGS_NOT_JSON" });
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

describe("the user's formatting", () => {
  it.each(settingsStyles)("%s: add keeps every byte of the user's text, and remove gives back the original exactly", (_case, text) => {
    const withOurs = added(text);
    const removed = removeActivationHooks(withOurs);
    expect(removed).toMatchObject({ ok: true, changed: true });
    if (removed.ok) expect(removed.text).toBe(text);
  });

  it.each(settingsStyles)("%s: what add writes has the file's indentation, line endings and final newline", (_case, text) => {
    const withOurs = added(text);
    const bare = text.replace(/^\uFEFF/, "");
    // A one-line file stays on one line; an empty object has no style to keep and gets Claude Code's (2 spaces).
    const oneLine = !bare.trim().includes("\n") && bare.trim() !== "{}";
    expect(withOurs.trim().includes("\n")).toBe(!oneLine);
    expect(/\r?\n$/.test(withOurs)).toBe(/\r?\n$/.test(text));
    if (text.includes("\r\n")) expect(withOurs.replace(/\r\n/g, "")).not.toContain("\n");
    const unit = /\n([ \t]+)\S/.exec(bare)?.[1];
    for (const line of withOurs.split(/\r?\n/)) {
      const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
      if (unit?.startsWith("\t")) expect(indent).toMatch(/^\t*$/);
      if (unit?.startsWith(" ")) expect(indent.length % unit.length, JSON.stringify(line)).toBe(0);
      if (unit?.startsWith(" ")) expect(indent).toMatch(/^ *$/);
    }
    // The user's keys keep their order, ours come last.
    const keys = Object.keys(JSON.parse(bare.trim() === "" ? "{}" : bare));
    expect(Object.keys(JSON.parse(withOurs.replace(/^\uFEFF/, ""))).slice(0, keys.length)).toEqual(keys);
  });

  it.each([
    ["an empty hooks object", '{"model":"opus","hooks":{}}\n'],
    ["an empty list under one of our events", '{"hooks":{"UserPromptSubmit":[]}}\n'],
  ])("a one-line file with %s stays on one line", (_case, text) => {
    const withOurs = added(text);
    expect(withOurs.indexOf("\n")).toBe(withOurs.length - 1);
  });

  it("a file made only of our hooks comes back as an empty object", () => {
    const removed = removeActivationHooks(added(""));
    expect(removed.ok && removed.text).toBe("{}\n");
  });
});

describe("the user's formatting, over generated settings", () => {
  const hookEntry = fc.record({ type: fc.constant("command"), command: fc.string() });
  const group = fc.record({ matcher: fc.option(fc.string(), { nil: undefined }), hooks: fc.array(hookEntry, { maxLength: 3 }) }, { requiredKeys: ["hooks"] });
  // A user's empty `hooks` or empty list under one of our events cannot be told, once ours is out again, from
  // one we emptied: the text alone cannot give those back (the install record does: hooks-and-plugins.test.ts).
  const events = fc.dictionary(fc.constantFrom("UserPromptSubmit", "PreToolUse", "PostToolUse", "Stop", "Notification"), fc.array(group, { maxLength: 3 }), { minKeys: 1 }).filter(
    (value) => (value["UserPromptSubmit"]?.length ?? 1) > 0 && (value["PreToolUse"]?.length ?? 1) > 0 && (value["PostToolUse"]?.length ?? 1) > 0,
  );
  const others = fc.dictionary(fc.string().filter((key) => key !== "hooks" && key !== "__proto__"), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
  const settings = fc.tuple(others, fc.option(events, { nil: undefined })).map(([rest, hooks]) => (hooks === undefined ? rest : { ...rest, hooks }));
  const style = fc.constantFrom<[string | number | undefined, string]>([undefined, ""], [undefined, "\n"], [2, "\n"], [4, "\n"], ["\t", "\n"], [2, ""]);

  it("install then uninstall gives back the file byte for byte", () => {
    fc.assert(
      fc.property(settings, style, (value, [indent, end]) => {
        const text = `${JSON.stringify(value, null, indent)}${end}`;
        const removed = removeActivationHooks(added(text));
        expect(removed.ok && removed.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
