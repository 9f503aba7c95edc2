import { describe, expect, it } from "vitest";
import { execArgv, hookEntryFrom, shellWords, substitutePlaceholders } from "../../src/install/report/hook-trial/command.js";
import { runHookCommand } from "../../src/install/report/hook-trial/run.js";

// How a registered hook command becomes a process, as Claude Code does it: exec form's per-argument
// substitution, and the words a POSIX shell makes of a shell-form string.

describe("exec form: placeholders substituted per argument, as plain text", () => {
  const values = { projectDir: "/p/it's $HOME `x`", pluginRoot: "/plug in" };
  it.each([
    ["${CLAUDE_PROJECT_DIR}/.claude/x.mjs", "/p/it's $HOME `x`/.claude/x.mjs"],
    ["${CLAUDE_PLUGIN_ROOT}/hooks/x.mjs", "/plug in/hooks/x.mjs"],
    // No shell reads exec form, so the unbraced spelling stays as written.
    ["$CLAUDE_PROJECT_DIR/x.mjs", "$CLAUDE_PROJECT_DIR/x.mjs"],
    ["${HOME}/x.mjs", "${HOME}/x.mjs"],
  ])("%s", (text, expected) => {
    expect(substitutePlaceholders(text, values)).toBe(expected);
  });

  it("a plugin placeholder outside a plugin is refused (Claude Code refuses such a hook)", () => {
    expect(substitutePlaceholders("${CLAUDE_PLUGIN_ROOT}/x", { projectDir: "/p" })).toBeUndefined();
    expect(execArgv({ command: "node", args: ["${CLAUDE_PLUGIN_ROOT}/x"] }, { projectDir: "/p" })).toBeUndefined();
  });

  it("reads an entry from JSON, and only a command hook", () => {
    expect(hookEntryFrom({ type: "command", command: "node", args: ["a", 1], timeout: 10 })).toEqual({ command: "node", args: ["a", "1"], timeout: 10 });
    expect(hookEntryFrom({ type: "prompt", prompt: "x" })).toBeUndefined();
    expect(hookEntryFrom({ type: "command", command: "" })).toBeUndefined();
  });
});

describe("shell form: the words /bin/sh makes", () => {
  const env = { D: "/a b", E: "" };
  it.each([
    ['node "/my home/x.mjs" --a b', ["node", "/my home/x.mjs", "--a", "b"]],
    ["node /my home/x.mjs", ["node", "/my", "home/x.mjs"]],
    ["node '/it''s/x'", ["node", "/its/x"]],
    ['node "$D/x.mjs"', ["node", "/a b/x.mjs"]],
    ['node "${D}/x.mjs"', ["node", "/a b/x.mjs"]],
    ["node $D/x.mjs", ["node", "/a", "b/x.mjs"]],
    ['node "a\\"b" c\\ d', ["node", 'a"b', "c d"]],
    ['node "" $E x', ["node", "", "x"]],
    ["node a#b", ["node", "a#b"]],
  ])("%s", (command, words) => {
    expect(shellWords(command, env)).toEqual(words);
  });

  it.each(["a | b", "a; b", "a && b", "a > f", "node $(pwd)/x", "node `pwd`", "node *.mjs", "node ~/x", "node 'open", "# comment"])("gives up on %s (judged by running it)", (command) => {
    expect(shellWords(command, env)).toBeUndefined();
  });
});

describe("runHookCommand", () => {
  const base = { cwd: process.cwd(), env: { PATH: process.env["PATH"] ?? "" }, placeholders: { projectDir: "/proj dir" }, timeoutMs: 20_000 };

  it("exec form: the program gets each argument whole, CLAUDE_PROJECT_DIR is set, the event is on stdin", async () => {
    const script = "let s='';process.stdin.on('data',c=>s+=c).on('end',()=>console.log(JSON.stringify([process.argv.slice(1),process.env.CLAUDE_PROJECT_DIR,JSON.parse(s)])))";
    const result = await runHookCommand({ ...base, entry: { command: process.execPath, args: ["-e", script, "${CLAUDE_PROJECT_DIR}/a b", "$x `y`"] }, input: { n: 1 } });
    expect(result).toMatchObject({ kind: "exited", code: 0 });
    expect(result.kind === "exited" && JSON.parse(result.stdout)).toEqual([["/proj dir/a b", "$x `y`"], "/proj dir", { n: 1 }]);
  });

  it("shell form: /bin/sh -c, with the environment Claude Code sets", async () => {
    const result = await runHookCommand({ ...base, entry: { command: 'printf "%s" "$CLAUDE_PROJECT_DIR"' }, input: {} });
    expect(result).toMatchObject({ kind: "exited", code: 0, stdout: "/proj dir" });
  });

  it("a program that is not there: not started, ENOENT", async () => {
    expect(await runHookCommand({ ...base, entry: { command: "no-such-program-here", args: [] }, input: {} })).toEqual({ kind: "not-started", reason: "ENOENT" });
  });

  it("past the time limit: stopped, with its process group", async () => {
    const result = await runHookCommand({ ...base, entry: { command: "sleep 30 & wait" }, input: {}, timeoutMs: 300 });
    expect(result.kind).toBe("timeout");
  });
});
