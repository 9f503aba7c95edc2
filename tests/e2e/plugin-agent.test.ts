import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeHook, hookEntryFrom } from "../../src/install/report/hook-trial/command.js";
import { runHookCommand } from "../../src/install/report/hook-trial/run.js";
import {
  agentAnnouncement,
  cloneRepo,
  claude,
  delegateTo,
  expectedSubagentTools,
  installFromMarketplace,
  makeSandbox,
  readAgentFile,
  repoRoot,
  runClaude,
  startFakeApi,
  toolEntries,
  type AgentFile,
  type ClaudeRun,
  type CommandResult,
  type FakeApi,
  type MarketplaceInstall,
  type RecordedRequest,
  type Sandbox,
} from "../support/claude.js";

// The plugin as a user gets it, loaded by the real Claude Code, both ways it can be installed. One
// delegation run per route checks the announcement, the explicit-invocation note, and the subagent's
// prompt, tools and model together; everything independent runs concurrently in beforeAll.

const PLUGIN = "backend-architect";
const AGENT_TYPE = `${PLUGIN}:backend-architect`;
const AGENT_PATH = join("agents", "backend-architect.md");
const INVOKE_NOTE = `The user has expressed a desire to invoke the agent "${AGENT_TYPE}"`;
// Distinct ids per alias and for the main thread: a subagent on any other model than `sonnet` shows up.
const MODEL_PINS = {
  ANTHROPIC_DEFAULT_SONNET_MODEL: "e2e-pinned-sonnet",
  ANTHROPIC_DEFAULT_OPUS_MODEL: "e2e-pinned-opus",
  ANTHROPIC_DEFAULT_HAIKU_MODEL: "e2e-pinned-haiku",
};
const MAIN_MODEL = "e2e-main-thread-model";
const TASK = "Design the REST API and Postgres schema for an orders service with idempotent payment capture.";
const PROMPT = `@agent-${AGENT_TYPE} please design our orders service.`;
// The seed's permissions: Read, Write, Edit, Bash (npm only, enforced by a hook), the supabase-gtm-mcp tools.
const SEED_TOOLS = ["Bash", "Edit", "Read", "Write"];
const SEED_MCP_SERVER = "supabase-gtm-mcp";

interface RouteOutcome {
  sandbox: Sandbox;
  api: FakeApi;
  run: ClaudeRun;
  /** The agent file as the route delivers it (the clone's for the marketplace route). */
  agent: AgentFile;
  /** What the plugin's UserPromptSubmit hooks say for {@link PROMPT}, run by hand from the same folder. */
  hookContexts: string[];
  /** How the session must report the loaded plugin: its `source`, and the folders it may be read from. */
  expectedPlugin: { source: string; paths: string[] };
  marketplace?: { clone: string; install: MarketplaceInstall; list: CommandResult };
}

// Everything started is stopped in afterAll, even when beforeAll failed half-way: afterAll first waits
// for all work still in flight (a rejected Promise.all leaves the rest running), then disposes.
const disposers: (() => Promise<unknown>)[] = [];
const inFlight: Promise<unknown>[] = [];

function track<T>(work: Promise<T>): Promise<T> {
  inFlight.push(work);
  return work;
}

async function sandboxed(): Promise<Sandbox> {
  const sandbox = await makeSandbox();
  disposers.push(() => sandbox.cleanup());
  return sandbox;
}

async function fakeApi(...args: Parameters<typeof startFakeApi>): Promise<FakeApi> {
  const api = await startFakeApi(...args);
  disposers.push(() => api.close());
  return api;
}

async function delegationRun(sandbox: Sandbox, pluginDirs: string[]): Promise<{ api: FakeApi; run: ClaudeRun }> {
  const api = await fakeApi(delegateTo(AGENT_TYPE, TASK));
  const run = await runClaude({ sandbox, api, prompt: PROMPT, pluginDirs, args: ["--model", MAIN_MODEL], env: MODEL_PINS });
  return { api, run };
}

async function marketplaceRoute(): Promise<RouteOutcome> {
  const sandbox = await sandboxed();
  const clone = await cloneRepo(join(sandbox.root, "clone"));
  const install = await installFromMarketplace(sandbox, clone, PLUGIN);
  const list = await claude(["plugin", "list", "--json"], { sandbox });
  const { api, run } = await delegationRun(sandbox, []);
  const agent = await readAgentFile(join(clone, AGENT_PATH));
  // A local-folder marketplace plugin is copied to the cache, yet sessions read it from the folder
  // (`readFromFolder` in `plugin list --json`); either is this install.
  const entry = (JSON.parse(list.stdout || "[]") as { id: string; installPath?: string; readFromFolder?: string }[]).find(
    (p) => p.id === `${PLUGIN}@${install.marketplace}`,
  );
  const paths = [entry?.installPath, entry?.readFromFolder].filter((p): p is string => p !== undefined);
  const expectedPlugin = { source: `${PLUGIN}@${install.marketplace}`, paths };
  const hookContexts = await promptHookContexts(clone, PROMPT, sandbox);
  return { sandbox, api, run, agent, hookContexts, expectedPlugin, marketplace: { clone, install, list } };
}

async function pluginDirRoute(): Promise<RouteOutcome> {
  const sandbox = await sandboxed();
  const { api, run } = await delegationRun(sandbox, [repoRoot]);
  const agent = await readAgentFile(join(repoRoot, AGENT_PATH));
  const hookContexts = await promptHookContexts(repoRoot, PROMPT, sandbox);
  return { sandbox, api, run, agent, hookContexts, expectedPlugin: { source: `${PLUGIN}@inline`, paths: [repoRoot] } };
}

/**
 * Runs the plugin's UserPromptSubmit hook commands (from its hooks/hooks.json) outside Claude Code, as
 * Claude Code would (runHookCommand: exec form, `${CLAUDE_PLUGIN_ROOT}` substituted, the event JSON on
 * stdin). Returns each hook's additionalContext (or plain stdout), so a test can check Claude Code passed it
 * on to the model.
 */
async function promptHookContexts(pluginRoot: string, prompt: string, sandbox: Sandbox): Promise<string[]> {
  type HookConfig = { hooks?: Record<string, { hooks?: unknown[] }[]> };
  const config = JSON.parse(await readFile(join(pluginRoot, "hooks", "hooks.json"), "utf8")) as HookConfig;
  const entries = (config.hooks?.["UserPromptSubmit"] ?? []).flatMap((group) => group.hooks ?? []).flatMap((hook) => hookEntryFrom(hook) ?? []);
  const event = { session_id: "e2e", transcript_path: join(sandbox.root, "transcript.jsonl"), cwd: sandbox.project, prompt_id: "e2e", permission_mode: "default", hook_event_name: "UserPromptSubmit", prompt };
  return Promise.all(
    entries.map(async (entry) => {
      const run = await runHookCommand({ entry, input: event, cwd: sandbox.project, env: sandbox.env, placeholders: { projectDir: sandbox.project, pluginRoot }, timeoutMs: 30_000 });
      if (run.kind !== "exited" || run.code !== 0) throw new Error(`hook ${describeHook(entry)}: ${JSON.stringify(run)}`);
      try {
        const output = JSON.parse(run.stdout) as { hookSpecificOutput?: { additionalContext?: string } };
        return output.hookSpecificOutput?.additionalContext ?? "";
      } catch {
        return run.stdout.trim();
      }
    }),
  );
}

// Only the exact `@agent-<plugin>:<agent>` form asks the model to invoke a plugin agent.
const MENTIONS = [
  { mention: `@agent-${AGENT_TYPE}`, note: true },
  { mention: `@agent-${PLUGIN}`, note: false },
  { mention: `@${PLUGIN}`, note: false },
];

async function mentionRun(mention: string): Promise<{ sandbox: Sandbox; api: FakeApi; run: ClaudeRun }> {
  const sandbox = await sandboxed();
  const api = await fakeApi();
  const run = await runClaude({ sandbox, api, prompt: `${mention} how should I version this API?`, pluginDirs: [repoRoot] });
  return { sandbox, api, run };
}

const VALIDATIONS = [
  { target: ".", args: ["--strict", "--profile", "directory"] },
  { target: join(".claude-plugin", "plugin.json"), args: ["--strict"] },
].map((v) => ({ ...v, label: `claude plugin validate ${v.target} ${v.args.join(" ")}` }));

let routes: Record<"marketplace" | "plugin-dir", RouteOutcome>;
let mentions: Awaited<ReturnType<typeof mentionRun>>[];
let validations: CommandResult[];

beforeAll(async () => {
  // One HOME per concurrent `claude` process: two at once in one HOME race on its ~/.claude.json and may print a
  // "configuration file not found ... backup exists" notice on stderr.
  const validationSandboxes = await Promise.all(VALIDATIONS.map(() => sandboxed()));
  const [marketplace, pluginDir, mentionRuns, validationRuns] = await Promise.all([
    track(marketplaceRoute()),
    track(pluginDirRoute()),
    Promise.all(MENTIONS.map(({ mention }) => track(mentionRun(mention)))),
    Promise.all(
      VALIDATIONS.map(({ target, args }, i) =>
        track(claude(["plugin", "validate", target, ...args, "--json"], { sandbox: validationSandboxes[i] as Sandbox, cwd: repoRoot })),
      ),
    ),
  ]);
  routes = { marketplace, "plugin-dir": pluginDir };
  mentions = mentionRuns;
  validations = validationRuns;
});

afterAll(async () => {
  await Promise.allSettled(inFlight);
  await Promise.all(disposers.map((dispose) => dispose()));
});

function mainRequest(api: FakeApi): RecordedRequest {
  const first = api.modelRequests().find((r) => !r.isSubagent);
  if (first === undefined) throw new Error("Claude Code made no main-thread model call");
  return first;
}

function subagentRequest(api: FakeApi): RecordedRequest {
  const sub = api.modelRequests().find((r) => r.isSubagent);
  if (sub === undefined) throw new Error(`no subagent model call: was ${AGENT_TYPE} spawned? calls: ${api.modelRequests().length}`);
  return sub;
}

describe("claude plugin validate", () => {
  it.each(VALIDATIONS.map((v, i) => ({ ...v, i })))("$label passes with no error or warning", ({ i }) => {
    const result = validations[i];
    expect(result?.stderr).toBe("");
    const report = JSON.parse(result?.stdout ?? "") as {
      success: boolean;
      manifest: { errors: unknown[]; warnings: unknown[] };
      provides: { agents: string[] };
      hosts: { named: string[]; declared: { plugin: boolean } };
      directory?: { findings: unknown[]; undecided: unknown[]; incomplete: boolean };
    };
    expect(report.manifest).toMatchObject({ errors: [], warnings: [] });
    if (report.directory !== undefined) expect(report.directory).toMatchObject({ findings: [], undecided: [], incomplete: false });
    expect(report.provides.agents).toEqual([AGENT_TYPE]);
    // plugin.json states that no part of the plugin reaches a host (tests/check/no-network.test.ts shows it).
    expect(report.hosts).toMatchObject({ named: [], declared: { plugin: true } });
    expect(report.success).toBe(true);
    expect(result?.code).toBe(0);
  });
});

describe("the agent file", () => {
  it("grants the seed's tool permissions, and the MCP server's tools by a server entry", async () => {
    const agent = await readAgentFile(join(repoRoot, AGENT_PATH));
    expect(expectedSubagentTools(agent.frontmatter["tools"])).toEqual(SEED_TOOLS);
    expect(toolEntries(agent.frontmatter["tools"]).filter((e) => e.startsWith(`mcp__${SEED_MCP_SERVER}`))).toHaveLength(1);
  });
});

describe("a fresh clone as a marketplace (no npm install, no build)", () => {
  it("is a clone without node_modules or dist", () => {
    const clone = routes.marketplace.marketplace?.clone ?? "";
    expect(existsSync(join(clone, AGENT_PATH))).toBe(true);
    expect(existsSync(join(clone, "node_modules"))).toBe(false);
    expect(existsSync(join(clone, "dist"))).toBe(false);
  });

  it("is added and installed by `claude plugin`, and listed as enabled", () => {
    const { install, list } = routes.marketplace.marketplace ?? {};
    expect(install?.add.code, install?.add.stderr).toBe(0);
    expect(install?.install.code, install?.install.stderr).toBe(0);
    expect(list?.code, list?.stderr).toBe(0);
    const plugins = JSON.parse(list?.stdout ?? "") as { id: string; enabled: boolean; scope: string }[];
    expect(plugins).toContainEqual(expect.objectContaining({ id: `${PLUGIN}@${install?.marketplace}`, enabled: true, scope: "user" }));
  });
});

describe.each(["marketplace", "plugin-dir"] as const)("installed via %s, the real Claude Code", (route) => {
  const outcome = (): RouteOutcome => routes[route];

  it("runs the delegation to the end", () => {
    const { run, api } = outcome();
    expect(run.code, run.stderr).toBe(0);
    const last = api.modelRequests().at(-1);
    expect(last?.isSubagent).toBe(false);
    expect(last?.lastToolResults.map((r) => r.text).join("\n")).toContain("Subagent report.");
  });

  it(`lists ${AGENT_TYPE} in the init event, from the plugin it installed`, () => {
    const { run, expectedPlugin } = outcome();
    expect(run.init.agents).toContain(AGENT_TYPE);
    const plugin = run.init.plugins.find((p) => p.name === PLUGIN);
    expect(plugin?.source).toBe(expectedPlugin.source);
    expect(expectedPlugin.paths).toContain(plugin?.path);
  });

  it("announces the agent to the main model with our description and tools", () => {
    const { api, agent } = outcome();
    const description = agent.frontmatter["description"];
    expect(typeof description === "string" && description.trim() !== "").toBe(true);
    expect(mainRequest(api).text).toContain(agentAnnouncement(AGENT_TYPE, String(description).trim(), agent.frontmatter["tools"]));
  });

  it("passes on what the plugin's UserPromptSubmit hook says, run from this folder with no build", () => {
    const { api, hookContexts } = outcome();
    expect(hookContexts.filter((context) => context !== "")).not.toHaveLength(0);
    for (const context of hookContexts) expect(mainRequest(api).text).toContain(context);
  });

  it(`tells the main model the user wants the agent when the prompt says @agent-${AGENT_TYPE}`, () => {
    expect(mainRequest(outcome().api).text).toContain(INVOKE_NOTE);
  });

  it("starts the subagent's system prompt with our body, verbatim", () => {
    const { api, agent } = outcome();
    expect(agent.body.length).toBeGreaterThan(0);
    const sub = subagentRequest(api);
    expect(sub.lastUserTexts).toContain(TASK);
    expect(sub.systemBlocks.filter((block) => block.startsWith(agent.body))).toHaveLength(1);
  });

  it("gives the subagent exactly the tools our frontmatter grants, and no MCP tool", () => {
    const { api, agent } = outcome();
    const sub = subagentRequest(api);
    expect(sub.loadedTools.slice().sort()).toEqual(expectedSubagentTools(agent.frontmatter["tools"]));
    expect(sub.loadedTools.slice().sort()).toEqual(SEED_TOOLS);
    expect(sub.tools.filter((name) => name.startsWith("mcp__"))).toEqual([]);
  });

  it("runs the subagent on the model `sonnet` resolves to", () => {
    const { api } = outcome();
    expect(mainRequest(api).model).toBe(MAIN_MODEL);
    expect(subagentRequest(api).model).toBe(MODEL_PINS.ANTHROPIC_DEFAULT_SONNET_MODEL);
  });
});

describe("explicit invocation by mention (plugin-dir)", () => {
  it.each(MENTIONS.map((m, i) => ({ ...m, i })))("$mention adds the invoke note: $note", ({ i, note }) => {
    const outcome = mentions[i];
    expect(outcome?.run.code, outcome?.run.stderr).toBe(0);
    expect(outcome?.run.init.agents).toContain(AGENT_TYPE);
    const request = outcome === undefined ? undefined : mainRequest(outcome.api);
    expect(request?.includes(INVOKE_NOTE)).toBe(note);
  });
});
