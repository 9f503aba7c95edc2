import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgent } from "../../src/parse/index.js";
import { resolveAgent, type AgentScope, type ResolvedAgent } from "../../src/resolve/index.js";
import { KNOWN_TOOLS, MODEL_ALIASES } from "../../src/resolve/registry.js";
import { validateAgent } from "../../src/validate/agent/index.js";
import {
  makeSandbox,
  runClaude,
  startFakeApi,
  toolUse,
  type ClaudeRun,
  type FakeApi,
  type RecordedRequest,
  type Responder,
  type Sandbox,
} from "../support/claude.js";
import { refereeVersion } from "../../scripts/referee.mjs";
import { corpus, corpusFiles, fixtureFiles, type CorpusFile } from "./corpus.js";

// Runtime parity: the real Claude Code loads every corpus file, as a plugin agent and as a user agent,
// and our resolver must agree on each: loaded or not, agent type, the description the model is shown,
// the tools the subagent gets, and its model. All plugin agents go into ONE plugin (a subfolder per file
// keeps their types apart); user agents go into a few HOMEs whose files share no name. One `claude -p`
// run per group: a fake main model announces nothing itself; it calls the Agent tool for every agent
// the session announced, in batches under Claude Code's limit of 20 concurrent subagents, and each
// subagent's first request shows its tools and model.

const PLUGIN = "parity";
const MAIN_MODEL = "parity-main-model";
const PINS = { ANTHROPIC_DEFAULT_SONNET_MODEL: "pin-sonnet", ANTHROPIC_DEFAULT_OPUS_MODEL: "pin-opus", ANTHROPIC_DEFAULT_HAIKU_MODEL: "pin-haiku" };
const BATCH = 20;
/** Built-in tools a `claude -p` subagent can have at all (the rest of the registry is absent in `-p`). */
const SESSION_TOOLS = new Set([
  "Agent", "Bash", "CronCreate", "CronDelete", "CronList", "Edit", "EnterWorktree", "ExitWorktree", "Glob", "Grep",
  "ListAgents", "Monitor", "NotebookEdit", "Read", "ReportFindings", "SendMessage", "Skill", "TaskStop", "WebFetch",
  "WebSearch", "Write",
]);
/** Tool names in a request that are plumbing, not grants. */
const PLUMBING = new Set(["ToolSearch", "DeferredToolPlaceholder"]);

const marker = (agentType: string): string => `PARITY-TARGET <${agentType}> END`;

/** A main model that delegates to every agent `targets` names, BATCH at a time, then says "Done.". */
function delegateToAll(targets: (request: RecordedRequest) => string[]): Responder {
  return (request) => {
    if (request.isSubagent) return "ok";
    const asked = new Set(
      request.messages.flatMap((message) =>
        Array.isArray(message.content) ? message.content.flatMap((block) => (block.type === "tool_use" && typeof block.id === "string" ? [block.id] : [])) : [],
      ),
    );
    const pending = targets(request).filter((_, index) => !asked.has(`toolu_parity_${index}`));
    if (pending.length === 0) return "Done.";
    const all = targets(request);
    return {
      content: pending.slice(0, BATCH).map((agentType) =>
        toolUse("Agent", { description: "parity", prompt: marker(agentType), subagent_type: agentType, run_in_background: false }, `toolu_parity_${all.indexOf(agentType)}`),
      ),
    };
  };
}

interface Group {
  scope: AgentScope;
  /** The files in this group, and where each goes. */
  members: { file: CorpusFile; relativePath: string }[];
  sandbox: Sandbox;
  api: FakeApi;
  run: ClaudeRun;
}

// The corpus, and our fixtures, whose edge cases (BOM, CRLF, tabs, odd delimiters...) the corpus lacks.
const files = [...corpusFiles(), ...fixtureFiles()];
const groups: Group[] = [];
let builtIns: Set<string>;

/** A name as a plain reader sees it, only to keep two files of one name out of the same HOME. */
function rawName(text: string): string {
  return /^["']?name["']?:\s*["']?([^"'\r\n]*)/m.exec(text)?.[1]?.trim() ?? "";
}

function userGroups(): CorpusFile[][] {
  const result: CorpusFile[][] = [];
  for (const file of files) {
    const name = rawName(file.text);
    let group = result.find((members) => !members.some((other) => name !== "" && rawName(other.text) === name));
    if (!group) result.push((group = []));
    group.push(file);
  }
  return result;
}

async function runGroup(scope: AgentScope, members: CorpusFile[]): Promise<Group> {
  const sandbox = await makeSandbox();
  const placed = members.map((file, index) => {
    const fileName = file.id.split("/").pop() ?? file.id;
    const number = String(index).padStart(3, "0");
    return { file, relativePath: scope === "plugin" ? `f${number}/${fileName}` : `${number}-${fileName}` };
  });
  const agentsDir = scope === "plugin" ? join(sandbox.root, PLUGIN, "agents") : join(sandbox.home, ".claude", "agents");
  if (scope === "plugin") {
    await mkdir(join(sandbox.root, PLUGIN, ".claude-plugin"), { recursive: true });
    await writeFile(join(sandbox.root, PLUGIN, ".claude-plugin", "plugin.json"), JSON.stringify({ name: PLUGIN }));
  }
  for (const { file, relativePath } of placed) {
    const path = join(agentsDir, relativePath);
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, file.text);
  }
  // Whom to call: every custom agent the session announces (the group's names, for user agents).
  const candidates = scope === "plugin" ? null : new Set(members.map((file) => rawName(file.text)));
  const targets = (request: RecordedRequest): string[] => {
    const announced = [...request.text.matchAll(/^- (\S[^\n]*?): /gm)].map((match) => match[1] ?? "");
    return [...new Set(announced.filter((type) => (candidates ? candidates.has(type) : type.startsWith(`${PLUGIN}:`))))];
  };
  const api = await startFakeApi(delegateToAll(targets));
  const run = await runClaude({
    sandbox,
    api,
    prompt: "Delegate to every agent.",
    pluginDirs: scope === "plugin" ? [join(sandbox.root, PLUGIN)] : [],
    args: ["--model", MAIN_MODEL],
    env: PINS,
    timeoutMs: 90_000,
  });
  return { scope, members: placed, sandbox, api, run };
}

beforeAll(async () => {
  const plan: [AgentScope, CorpusFile[]][] = [["plugin", files], ...userGroups().map((members): [AgentScope, CorpusFile[]] => ["user", members])];
  // Two at a time: two cores.
  for (let index = 0; index < plan.length; index += 2) {
    groups.push(...(await Promise.all(plan.slice(index, index + 2).map(([scope, members]) => runGroup(scope, members)))));
  }
  const plugin = groups.find((group) => group.scope === "plugin");
  builtIns = new Set((plugin?.run.init.agents ?? []).filter((type) => !type.startsWith(`${PLUGIN}:`)));
}, 240_000);

afterAll(async () => {
  await Promise.all(groups.map(async ({ api, sandbox }) => Promise.all([api.close(), sandbox.cleanup()])));
});

interface Case {
  scope: AgentScope;
  id: string;
  group: Group;
  relativePath: string;
  file: CorpusFile;
}

function cases(scope: AgentScope): Case[] {
  return groups
    .filter((group) => group.scope === scope)
    .flatMap((group) => group.members.map(({ file, relativePath }) => ({ scope, id: file.id, group, relativePath, file })));
}

function ours(c: Case): ResolvedAgent {
  const document = parseAgent(c.file.text, c.file.path);
  return resolveAgent(document, { scope: c.scope, pluginName: PLUGIN, relativePath: c.relativePath });
}

function subagentRequest(group: Group, agentType: string): RecordedRequest | undefined {
  return group.api.modelRequests().find((request) => request.isSubagent && request.text.includes(marker(agentType)));
}

/** Whether `sent` is what Claude Code sends for `model` (null: the parent's model). */
function sentModelMatches(model: string | null, sent: string): boolean {
  if (model === null) return sent === MAIN_MODEL;
  const alias = model.toLowerCase().replace(/\[1m\]$/, "");
  const pinned = { sonnet: PINS.ANTHROPIC_DEFAULT_SONNET_MODEL, opus: PINS.ANTHROPIC_DEFAULT_OPUS_MODEL, haiku: PINS.ANTHROPIC_DEFAULT_HAIKU_MODEL }[alias];
  if (pinned) return sent === pinned || sent === `${pinned}[1m]`;
  // Other aliases (fable, best, ...) resolve to a current Claude model id; anything else goes out verbatim.
  if (MODEL_ALIASES.includes(alias)) return sent !== MAIN_MODEL && sent.startsWith("claude-");
  return sent === model;
}

function grantedTools(request: RecordedRequest): string[] {
  return request.tools.filter((tool) => !PLUMBING.has(tool) && !tool.startsWith("mcp__")).sort();
}

function expectedTools(resolved: ResolvedAgent, allTools: string[]): string[] {
  const base = resolved.tools ?? allTools;
  const bash = base.includes("Bash");
  const disallowed = new Set(resolved.disallowedTools);
  return base.filter((tool) => SESSION_TOOLS.has(tool) && !disallowed.has(tool) && !(bash && (tool === "Glob" || tool === "Grep"))).sort();
}

describe.each(["plugin", "user"] as const)(`Claude Code ${refereeVersion()} loads every corpus file as a %s agent as we resolve it`, (scope) => {
  it("runs the real Claude Code once per group, cleanly", () => {
    for (const group of groups.filter((g) => g.scope === scope)) expect(group.run.code, group.run.stderr).toBe(0);
    expect(cases(scope)).toHaveLength(files.length);
  });

  it("agrees on which files load, under which agent type", () => {
    for (const group of groups.filter((g) => g.scope === scope)) {
      const loaded = group.run.init.agents.filter((type) => !builtIns.has(type)).sort();
      const expected = group.members
        .map(({ file, relativePath }) => resolveAgent(parseAgent(file.text, file.path), { scope, pluginName: PLUGIN, relativePath }))
        .flatMap((resolved) => (resolved.loaded && resolved.agentType !== null ? [resolved.agentType] : []))
        .sort();
      expect(loaded).toEqual(expected);
    }
  });

  it.each(files.map((file) => file.id))("%s: description, tools and model", (id) => {
    const c = cases(scope).find((candidate) => candidate.id === id);
    if (!c) throw new Error(`no case for ${id}`);
    const resolved = ours(c);
    if (!resolved.loaded || resolved.agentType === null) return;
    const main = c.group.api.modelRequests().find((request) => !request.isSubagent);
    expect(main?.text).toContain(`- ${resolved.agentType}: ${resolved.description ?? ""} (`);
    const request = subagentRequest(c.group, resolved.agentType);
    const allTools = allToolsOf(scope);
    const expected = expectedTools(resolved, allTools);
    // Entries that all come to nothing in this session (unknown names, MCP servers not connected here):
    // Claude Code refuses to start the agent. An empty `tools` starts it with no tools at all.
    if (resolved.toolEntries.length > 0 && expected.length === 0) {
      expect(request).toBeUndefined();
      return;
    }
    expect(request, `no subagent request for ${resolved.agentType}`).toBeDefined();
    if (!request) return;
    expect(sentModelMatches(resolved.model, request.model), `model ${request.model} for ${String(resolved.model)}`).toBe(true);
    expect(grantedTools(request)).toEqual(expected);
  });
});

/** The tools of the first agent that has every tool (no `tools`, no `disallowedTools`): the session's full set. */
function allToolsOf(scope: AgentScope): string[] {
  for (const group of groups.filter((g) => g.scope === scope)) {
    for (const { file, relativePath } of group.members) {
      const resolved = resolveAgent(parseAgent(file.text, file.path), { scope, pluginName: PLUGIN, relativePath });
      if (!resolved.loaded || resolved.tools !== null || resolved.disallowedTools.length > 0 || !resolved.agentType) continue;
      const request = subagentRequest(group, resolved.agentType);
      if (request) return grantedTools(request);
    }
  }
  throw new Error(`no ${scope} agent with every tool was spawned`);
}

// What Claude Code did to each file, as observed in its runs (the description aside: whether a value
// only loaded through the quoting retry cannot be seen from outside, so that one is our parser's word).
function mangling(c: Case): string[] {
  const document = parseAgent(c.file.text, c.file.path);
  const resolved = resolveAgent(document, { scope: c.scope, pluginName: PLUGIN, relativePath: c.relativePath });
  const agentType = resolved.agentType ?? "";
  const found: string[] = [];
  if (!c.group.run.init.agents.includes(agentType)) return ["dropped"];
  const main = c.group.api.modelRequests().find((request) => !request.isSubagent);
  if (main?.text.includes(`- ${agentType}: Agent from ${PLUGIN} plugin (`)) found.push("placeholder description");
  if (document.yaml === "retry") found.push("recovered through the retry");
  // Fewer tools than written: names written (aliases mapped, wildcard and MCP aside) that the session has,
  // Glob/Grep folded into Bash, against what the subagent got; no subagent at all counts as none.
  const written = new Set(
    resolved.toolEntries.flatMap((entry) => (entry.kind === "wildcard" || entry.kind === "mcp" ? [] : [entry.canonical ?? entry.entry])),
  );
  const expectedCount = [...written].filter((name) => !(KNOWN_TOOLS.includes(name) && !SESSION_TOOLS.has(name)) && !(written.has("Bash") && (name === "Glob" || name === "Grep"))).length;
  const request = subagentRequest(c.group, agentType);
  const granted = request ? grantedTools(request).length : 0;
  if (resolved.tools !== null && (granted < expectedCount || (resolved.toolEntries.length === 0 && granted === 0))) found.push("fewer tools than written");
  return found;
}

describe.each(["plugin", "user"] as const)("every file Claude Code mangles as a %s agent gets a diagnostic", (scope) => {
  it.each(files.map((file) => file.id))("%s", (id) => {
    const c = cases(scope).find((candidate) => candidate.id === id);
    if (!c) throw new Error(`no case for ${id}`);
    const mangled = mangling(c);
    if (mangled.length === 0) return;
    const document = parseAgent(c.file.text, c.file.path);
    const diagnostics = validateAgent(document, { scope, pluginName: PLUGIN, relativePath: c.relativePath });
    expect(diagnostics.length, `${id} was ${mangled.join(", ")} and got no diagnostic`).toBeGreaterThan(0);
  });

  it.skipIf(!corpus.present)(`the corpus does hold files Claude Code mangles, of every kind${corpus.skipNote}`, () => {
    const kinds = new Set(cases(scope).flatMap((c) => mangling(c)));
    expect([...kinds].sort()).toEqual(
      scope === "plugin"
        ? ["fewer tools than written", "placeholder description", "recovered through the retry"]
        : ["dropped", "fewer tools than written", "recovered through the retry"],
    );
  });
});
