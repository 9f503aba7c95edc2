import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentAnnouncement, delegateTo, makeSandbox, runClaude, startFakeApi, text, type ClaudeRun, type FakeApi, type Sandbox } from "../support/claude.js";

// The harness itself, against a throwaway plugin: if these fail, every other end-to-end test is moot.
describe("e2e harness (fake API + real Claude Code)", () => {
  let sandbox: Sandbox;
  let api: FakeApi;
  let run: ClaudeRun;
  const plugin = { name: "harness-probe", agent: "probe" };
  const agentType = `${plugin.name}:${plugin.agent}`;
  const body = "# Probe\n\nYou are the probe agent. Marker 7f3a.";

  // The caller's own Claude Code settings must not reach the child: set some for the duration of setup.
  // (Checked: with ANTHROPIC_MODEL in its environment, Claude Code sends that id for the main thread.)
  const leaked = { ANTHROPIC_MODEL: "leaked-main-model" };
  const saved = Object.fromEntries(Object.keys(leaked).map((key) => [key, process.env[key]]));

  beforeAll(async () => {
    Object.assign(process.env, leaked);
    sandbox = await makeSandbox();
    const dir = join(sandbox.root, "plugin");
    await mkdir(join(dir, ".claude-plugin"), { recursive: true });
    await mkdir(join(dir, "agents"));
    await writeFile(join(dir, ".claude-plugin", "plugin.json"), JSON.stringify({ name: plugin.name, version: "1.0.0" }));
    await writeFile(
      join(dir, "agents", `${plugin.agent}.md`),
      `---\nname: ${plugin.agent}\ndescription: "Probe agent for the harness."\ntools: "Read, Edit"\nmodel: haiku\n---\n\n${body}\n`,
    );
    await writeFile(join(dir, "agents", "listed.md"), `---\nname: listed\ndescription: "Tools as a list."\ntools:\n  - Read\n  - "Bash(npm:*)"\n  - mcp__none__*\n---\nListed.\n`);
    await writeFile(join(dir, "agents", "open.md"), `---\nname: open\ndescription: "No tools line."\n---\nOpen.\n`);
    api = await startFakeApi(delegateTo(agentType, "Probe the thing", { subagentReply: "probe says hi", finalReply: "all done" }));
    run = await runClaude({ sandbox, api, prompt: "start", pluginDirs: [dir], env: { ANTHROPIC_DEFAULT_HAIKU_MODEL: "pinned-haiku-for-test" } });
  });

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await api?.close();
    await sandbox?.cleanup();
  });

  it("runs to a clean exit with an init event that lists the plugin agent", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.init.agents).toContain(agentType);
    expect(run.init.plugins.map((p) => p.name)).toContain(plugin.name);
  });

  it("records a main-thread turn, one subagent turn and the main model's follow-up, in that order", () => {
    const calls = api.modelRequests();
    expect(calls.map((r) => r.isSubagent)).toEqual([false, true, false]);
    expect(calls[0]?.tools).toContain("Agent");
    expect(calls[0]?.text).toContain(agentAnnouncement(agentType, "Probe agent for the harness.", "Read, Edit"));
    expect(calls[2]?.lastToolResults.map((r) => r.text).join("\n")).toContain("probe says hi");
    expect(run.result?.["result"]).toBe("all done");
  });

  it.each([
    { agent: "listed", description: "Tools as a list.", tools: ["Read", "Bash(npm:*)", "mcp__none__*"], shown: "Read, Bash(npm:*), mcp__none__*" },
    { agent: "open", description: "No tools line.", tools: undefined, shown: "All tools" },
  ])("announces $agent with its tools shown as `$shown`", ({ agent, description, tools, shown }) => {
    const line = agentAnnouncement(`${plugin.name}:${agent}`, description, tools);
    expect(line.endsWith(`(Tools: ${shown})`)).toBe(true);
    expect(api.modelRequests()[0]?.text).toContain(line);
  });

  it("shows the subagent's prompt, tools and model as Claude Code sent them", () => {
    const sub = api.modelRequests().find((r) => r.isSubagent);
    expect(sub?.systemBlocks.some((b) => b.startsWith(body))).toBe(true);
    expect(sub?.loadedTools.slice().sort()).toEqual(["Edit", "Read"]);
    expect(sub?.model).toBe("pinned-haiku-for-test");
    expect(api.modelRequests()[0]?.model).not.toBe(leaked.ANTHROPIC_MODEL);
    expect(run.init.model).not.toBe(leaked.ANTHROPIC_MODEL);
    expect(sub?.lastUserTexts).toContain("Probe the thing");
  });
});

// Paths the referee did not use in these runs, answered so that a future version that does gets a
// well-formed reply rather than a hang.
describe("fake API off the streaming path", () => {
  let api: FakeApi;

  beforeAll(async () => {
    api = await startFakeApi((request) => {
      if (request.lastUserTexts.includes("explode")) throw new Error("scripted failure");
      return { content: [text("plain answer")] };
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (path: string, body: unknown) =>
    fetch(`${api.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const ask = (words: string, stream?: boolean) => ({ model: "m", max_tokens: 5, messages: [{ role: "user", content: words }], ...(stream === undefined ? {} : { stream }) });

  it.each([
    { name: "a non-streaming message", path: "/v1/messages", body: ask("hi"), status: 200, json: { type: "message", model: "m", content: [{ type: "text", text: "plain answer" }], stop_reason: "end_turn" } },
    { name: "count_tokens", path: "/v1/messages/count_tokens?beta=true", body: ask("hi"), status: 200, json: { input_tokens: 1 } },
    { name: "an unknown path", path: "/v1/models", body: {}, status: 404, json: { type: "error", error: { type: "not_found_error" } } },
    { name: "a responder that throws", path: "/v1/messages", body: ask("explode", true), status: 500, json: { type: "error", error: { type: "api_error", message: "fake API responder failed: scripted failure" } } },
  ])("answers $name with $status", async ({ path, body, status, json }) => {
    const response = await post(path, body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject(json);
  });

  it("records every request, and lists only POST /v1/messages as model calls", () => {
    expect(api.requests.map((r) => r.url)).toEqual(["/v1/messages", "/v1/messages/count_tokens?beta=true", "/v1/models", "/v1/messages"]);
    expect(api.modelRequests().map((r) => r.index)).toEqual([0, 3]);
    expect(api.requests[0]?.lastUserTexts).toEqual(["hi"]);
  });
});
