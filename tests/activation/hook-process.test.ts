import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const hooksDir = new URL("../../hooks/", import.meta.url);
const userPromptSubmit = new URL("user-prompt-submit.mjs", hooksDir).pathname;
const preToolUse = new URL("pre-tool-use.mjs", hooksDir).pathname;

/** Runs a committed hook file with plain node, as Claude Code does, with `stdin` piped in. */
function runHook(file: string, stdin: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { stdio: ["pipe", "pipe", "pipe"], env: { PATH: process.env["PATH"] ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(stdin);
  });
}

const prompt = (text: string) => JSON.stringify({ session_id: "s", hook_event_name: "UserPromptSubmit", cwd: "/tmp", prompt: text });
const bash = (command: unknown, agentType?: string) =>
  JSON.stringify({ hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command }, ...(agentType ? { agent_type: agentType, agent_id: "a1" } : {}) });
const megabyte = "a".repeat(1024 * 1024);

describe("UserPromptSubmit hook process", () => {
  it("adds delegation context for backend work, naming the plugin agent type, without echoing the prompt", async () => {
    const text = "Design the REST endpoints and the Postgres schema for ZQX-orders";
    const result = await runHook(userPromptSubmit, prompt(text));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.hookSpecificOutput.hookEventName).toBe("UserPromptSubmit");
    expect(output.hookSpecificOutput.additionalContext).toContain('subagent_type "backend-architect:backend-architect"');
    expect(output.hookSpecificOutput.additionalContext).toContain("Agent tool");
    expect(result.stdout).not.toContain("ZQX-orders");
    expect(result.stderr).toBe("");
  });

  it("says the user asked for the agent on an explicit mention, and serves the type it is given", async () => {
    const result = await runHook(userPromptSubmit, prompt("@backend-architect hello"), ["--agent-type", "backend-architect"]);
    const context: string = JSON.parse(result.stdout).hookSpecificOutput.additionalContext;
    expect(context).toContain("The user asked for the backend-architect agent by name");
    expect(context).toContain('subagent_type "backend-architect"');
  });

  it.each([
    ["auto by default", {}, true, true],
    ["explicit from the plugin option", { CLAUDE_PLUGIN_OPTION_ROUTING: "explicit" }, false, true],
    ["explicit from the environment", { BACKEND_ARCHITECT_ROUTING: "explicit" }, false, true],
    ["off from the plugin option", { CLAUDE_PLUGIN_OPTION_ROUTING: "off" }, false, false],
    ["off from the environment, whatever the plugin option", { CLAUDE_PLUGIN_OPTION_ROUTING: "auto", BACKEND_ARCHITECT_ROUTING: "off" }, false, false],
  ])("routing %s: backend prompt → %s, named agent → %s", async (_case, env, backend, named) => {
    const backendRun = await runHook(userPromptSubmit, prompt("Design the REST endpoints and the Postgres schema for our orders service"), [], env);
    const namedRun = await runHook(userPromptSubmit, prompt("@backend-architect center this div"), [], env);
    expect(backendRun.stdout.includes("classified this prompt as backend work")).toBe(backend);
    expect(namedRun.stdout.includes("asked for the backend-architect:backend-architect agent by name")).toBe(named);
    for (const run of [backendRun, namedRun]) expect(run).toMatchObject({ code: 0, stderr: "" });
  });

  it.each([
    ["a frontend prompt", prompt("Make the navbar sticky and animate the hamburger menu")],
    ["a mention of the agent in inline code", prompt("what does `@backend-architect` do in the docs?")],
    ["malformed JSON", "{not json"],
    ["empty stdin", ""],
    ["a JSON array", "[1,2]"],
    ["no prompt field", JSON.stringify({ hook_event_name: "UserPromptSubmit" })],
    ["a prompt that is not a string", JSON.stringify({ prompt: 42 })],
    ["a 1 MB prompt of one word", prompt(megabyte)],
    ["a 1 MB prompt of backticks", prompt("`".repeat(1024 * 1024))],
    ["a 1 MB prompt of @ and spaces", prompt("@ ".repeat(512 * 1024))],
  ])("prints nothing and exits 0 for %s", async (_case, stdin) => {
    const result = await runHook(userPromptSubmit, stdin);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each([
    ["at the start", `@backend-architect look at this log:\n${"x ".repeat(512 * 1024)}`, true],
    ["at the end", `${"x ".repeat(512 * 1024)}\n@backend-architect what went wrong?`, true],
    ["only in the middle (outside the head and tail the hook reads)", `${"x ".repeat(256 * 1024)} @backend-architect ${"x ".repeat(256 * 1024)}`, false],
  ])("in a 1 MB paste, a mention %s is seen: %s", async (_case, text, seen) => {
    const result = await runHook(userPromptSubmit, prompt(text));
    expect(result.code).toBe(0);
    expect(result.stdout.includes("asked for the backend-architect:backend-architect agent")).toBe(seen);
  });

  it("still decides on a backend request with a 1 MB paste", async () => {
    const request = "Design the REST endpoints and the Postgres schema for our orders service, with idempotent payment capture. The current tables:\n";
    const paste = "CREATE TABLE orders (id bigserial primary key, user_id bigint not null, total numeric(12,2));\n".repeat(12 * 1024);
    const result = await runHook(userPromptSubmit, prompt(request + paste));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).hookSpecificOutput.hookEventName).toBe("UserPromptSubmit");
  });
});

describe("PreToolUse guard process", () => {
  it("denies a non-npm Bash call from the plugin agent with an actionable reason", async () => {
    const result = await runHook(preToolUse, bash("rm -rf build", "backend-architect:backend-architect"));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout).hookSpecificOutput;
    expect(output).toMatchObject({ hookEventName: "PreToolUse", permissionDecision: "deny" });
    expect(output.permissionDecisionReason).toContain("only npm commands");
  });

  it("judges the bare agent type when configured for a user/project install", async () => {
    const denied = await runHook(preToolUse, bash("rm -rf build", "backend-architect"), ["--agent-type", "backend-architect"]);
    expect(JSON.parse(denied.stdout).hookSpecificOutput.permissionDecision).toBe("deny");
  });

  it.each([
    ["an npm command from the agent", bash("npm --version", "backend-architect:backend-architect"), []],
    ["the main thread (no agent_type)", bash("rm -rf build"), []],
    ["another agent", bash("rm -rf build", "general-purpose"), []],
    ["the bare type while serving the plugin type", bash("rm -rf build", "backend-architect"), []],
    ["another tool", JSON.stringify({ tool_name: "Write", agent_type: "backend-architect:backend-architect", tool_input: {} }), []],
    ["malformed JSON", "{", []],
    ["empty stdin", "", []],
    ["a 1 MB command from the main thread", bash(megabyte), []],
  ])("prints nothing and exits 0 for %s", async (_case, stdin, args) => {
    const result = await runHook(preToolUse, stdin, args);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each([
    ["a command that is not a string", bash(["rm", "-rf", "build"], "backend-architect:backend-architect")],
    ["a 1 MB command from the agent", bash(`npm ${megabyte};`, "backend-architect:backend-architect")],
  ])("denies %s from the agent", async (_case, stdin) => {
    const result = await runHook(preToolUse, stdin);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).hookSpecificOutput.permissionDecision).toBe("deny");
  });
});
