import { existsSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claude,
  DELEGATE_TOOL_USE_ID,
  makeSandbox,
  repoRoot,
  runClaude,
  startFakeApi,
  toolUse,
  type ClaudeRun,
  type FakeApi,
  type RecordedRequest,
  type Responder,
  type Sandbox,
} from "../support/claude.js";
import { addActivationHooks } from "../../src/install/plan/settings.js";

// The activation hooks in the real Claude Code, loaded from this repository with --plugin-dir, from a
// marketplace install, and from a user's settings.json. Concurrent runs: a backend prompt (whose fake model
// also drives the Bash guard checks), a frontend prompt, an explicit @backend-architect mention, and each
// routing mode set the way README tells users to set it.

const AGENT_TYPE = "backend-architect:backend-architect";
const DELEGATION = 'call the Agent tool with subagent_type "backend-architect:backend-architect"';
const IDS = { mainRm: "toolu_main_rm", subRm: "toolu_sub_rm", subNpm: "toolu_sub_npm" };
/** A user-scope install: the agent file in ~/.claude/agents, our hooks merged into ~/.claude/settings.json. */
const USER_TYPE = "backend-architect";

/**
 * Main thread: runs `rm -rf main-build` itself, then delegates to the agent. The subagent runs
 * `rm -rf build` (our guard must deny it), then `npm --version` (must run), then reports.
 */
const guardScript = (agentType: string): Responder => (request) => {
  const answered = (id: string) => request.lastToolResults.some((result) => result.toolUseId === id);
  if (request.isSubagent) {
    if (answered(IDS.subNpm)) return "Subagent report.";
    if (answered(IDS.subRm)) return { content: [toolUse("Bash", { command: "npm --version", description: "npm version" }, IDS.subNpm)] };
    return { content: [toolUse("Bash", { command: "rm -rf build", description: "clean the build" }, IDS.subRm)] };
  }
  if (!request.tools.includes("Agent") || answered(DELEGATE_TOOL_USE_ID)) return "Done.";
  if (answered(IDS.mainRm)) {
    return {
      content: [toolUse("Agent", { description: "design", prompt: "Clean the build, then check npm.", subagent_type: agentType, run_in_background: false }, DELEGATE_TOOL_USE_ID)],
    };
  }
  return { content: [toolUse("Bash", { command: "rm -rf main-build", description: "clean" }, IDS.mainRm)] };
};

interface Outcome {
  sandbox: Sandbox;
  api: FakeApi;
  run: ClaudeRun;
}

const disposers: (() => Promise<unknown>)[] = [];
let backend: Outcome;
let frontend: Outcome;
let explicit: Outcome;
let userScope: Outcome;
/** Routing `explicit` set as the plugin's option (what `/plugin configure` writes), plugin loaded with --plugin-dir. */
let explicitModeBackend: Outcome;
let explicitModeNamed: Outcome;
/** Routing `explicit` chosen at install: `claude plugin install ... --config routing=explicit`. */
let installedExplicit: Outcome;
/** Routing `off` in a user install's settings.json `env`. */
let offModeNamed: Outcome;

async function outcome(
  prompt: string,
  responder: Responder,
  prepare?: (sandbox: Sandbox) => Promise<void>,
  pluginDirs: string[] = [repoRoot],
): Promise<Outcome> {
  const sandbox = await makeSandbox();
  disposers.push(() => sandbox.cleanup());
  await prepare?.(sandbox);
  const api = await startFakeApi(responder);
  disposers.push(() => api.close());
  // Bash is pre-approved so that Claude Code's own permission prompt (which -p mode cannot answer)
  // does not refuse the calls first: what is left to refuse them is our hook.
  const run = await runClaude({ sandbox, api, prompt, pluginDirs, args: ["--allowedTools", "Bash"], timeoutMs: 90_000 });
  return { sandbox, api, run };
}

/** The main model's first real turn (the one offered the Agent tool). */
function firstMainTurn(api: FakeApi): RecordedRequest {
  const request = api.modelRequests().find((r) => !r.isSubagent && r.tools.includes("Agent"));
  if (!request) throw new Error("no main-thread model request was recorded");
  return request;
}

function toolResult(api: FakeApi, id: string) {
  for (const request of api.modelRequests()) {
    const found = request.lastToolResults.find((result) => result.toolUseId === id);
    if (found) return found;
  }
  throw new Error(`no tool result for ${id} was recorded`);
}

beforeAll(async () => {
  const builds = async (sandbox: Sandbox) => {
    await mkdir(join(sandbox.project, "build"));
    await mkdir(join(sandbox.project, "main-build"));
  };
  const userInstall = async (sandbox: Sandbox) => {
    await builds(sandbox);
    const claudeDir = join(sandbox.home, ".claude");
    await mkdir(join(claudeDir, "agents"), { recursive: true });
    await copyFile(join(repoRoot, "agents", "backend-architect.md"), join(claudeDir, "agents", "backend-architect.md"));
    const settings = addActivationHooks('{"env": {"KEEP": "1"}}', { scriptFor: (hook) => join(repoRoot, "hooks", `${hook}.mjs`) });
    if (!settings.ok) throw new Error(settings.message);
    await writeFile(join(claudeDir, "settings.json"), settings.text);
  };
  const pluginOption = (routing: string) => async (sandbox: Sandbox) => {
    await mkdir(join(sandbox.home, ".claude"), { recursive: true });
    await writeFile(join(sandbox.home, ".claude", "settings.json"), JSON.stringify({ pluginConfigs: { "backend-architect@inline": { options: { routing } } } }));
  };
  const installWithConfig = async (sandbox: Sandbox) => {
    const add = await claude(["plugin", "marketplace", "add", repoRoot], { sandbox });
    if (add.code !== 0) throw new Error(add.stderr);
    const install = await claude(["plugin", "install", "backend-architect@backend-architect-marketplace", "--config", "routing=explicit"], { sandbox });
    if (install.code !== 0) throw new Error(install.stderr);
  };
  const userInstallOff = async (sandbox: Sandbox) => {
    const claudeDir = join(sandbox.home, ".claude");
    await mkdir(join(claudeDir, "agents"), { recursive: true });
    await copyFile(join(repoRoot, "agents", "backend-architect.md"), join(claudeDir, "agents", "backend-architect.md"));
    const settings = addActivationHooks('{"env": {"BACKEND_ARCHITECT_ROUTING": "off"}}', { scriptFor: (hook) => join(repoRoot, "hooks", `${hook}.mjs`) });
    if (!settings.ok) throw new Error(settings.message);
    await writeFile(join(claudeDir, "settings.json"), settings.text);
  };
  const BACKEND_PROMPT = "Design the REST endpoints and the Postgres schema for our orders service";
  [backend, frontend, explicit, userScope, explicitModeBackend, explicitModeNamed, installedExplicit, offModeNamed] = await Promise.all([
    outcome(BACKEND_PROMPT, guardScript(AGENT_TYPE), builds),
    outcome("Make the navbar sticky and animate the hamburger menu", () => "OK"),
    outcome("@backend-architect sketch the services for a food delivery platform", () => "OK"),
    outcome("@agent-backend-architect clean up and check npm", guardScript(USER_TYPE), userInstall, []),
    outcome(BACKEND_PROMPT, () => "OK", pluginOption("explicit")),
    outcome("@backend-architect sketch the services for a food delivery platform", () => "OK", pluginOption("explicit")),
    outcome(BACKEND_PROMPT, () => "OK", installWithConfig, []),
    outcome("@agent-backend-architect sketch the services for a food delivery platform", () => "OK", userInstallOff, []),
  ]);
}, 180_000);

afterAll(async () => {
  for (const dispose of disposers.reverse()) await dispose();
});

describe("UserPromptSubmit hook in Claude Code", () => {
  it("loads the plugin with its hooks", () => {
    expect(backend.run.init.agents).toContain(AGENT_TYPE);
    expect(backend.run.init.plugins.map((plugin) => plugin.name)).toContain("backend-architect");
  });

  it("puts the delegation request in front of the model for a backend prompt", () => {
    const request = firstMainTurn(backend.api);
    expect(request.includes(DELEGATION)).toBe(true);
    expect(request.includes("classified this prompt as backend work")).toBe(true);
  });

  it("adds nothing for a frontend prompt", () => {
    expect(frontend.run.code).toBe(0);
    const seen = frontend.api.modelRequests().filter((request) => request.includes(DELEGATION) || request.includes("backend-architect plugin"));
    expect(seen).toEqual([]);
    expect(firstMainTurn(frontend.api).includes("Make the navbar sticky")).toBe(true);
  });

  it("names the agent and says the user asked for it on @backend-architect", () => {
    const request = firstMainTurn(explicit.api);
    expect(request.includes(`The user asked for the ${AGENT_TYPE} agent by name`)).toBe(true);
    expect(request.includes(DELEGATION)).toBe(true);
  });
});

describe("PreToolUse guard in Claude Code", () => {
  it("denies the agent's rm -rf build with our reason, and nothing is deleted", () => {
    const result = toolResult(backend.api, IDS.subRm);
    expect(result.text).toContain("only npm commands");
    expect(result.text).toContain("it runs `rm`, not npm");
    expect(existsSync(join(backend.sandbox.project, "build"))).toBe(true);
  });

  it("lets the agent's npm --version run", () => {
    const result = toolResult(backend.api, IDS.subNpm);
    expect(result.isError).toBe(false);
    expect(result.text).toMatch(/^\s*\d+\.\d+\.\d+/);
  });

  it("leaves the main thread's Bash call alone", () => {
    const result = toolResult(backend.api, IDS.mainRm);
    expect(result.text).not.toContain("backend-architect plugin");
    expect(existsSync(join(backend.sandbox.project, "main-build"))).toBe(false);
  });
});

describe("the same hooks registered in a user's settings.json (non-plugin install)", () => {
  it("loads the user agent under its bare type", () => {
    expect(userScope.run.init.agents).toContain(USER_TYPE);
  });

  it("asks the model to delegate to the bare agent type on @agent-backend-architect", () => {
    const request = firstMainTurn(userScope.api);
    expect(request.includes(`The user asked for the ${USER_TYPE} agent by name`)).toBe(true);
    expect(request.includes(`subagent_type "${USER_TYPE}"`)).toBe(true);
  });

  it("guards that agent's Bash: rm denied and nothing deleted, npm runs, the main thread untouched", () => {
    expect(toolResult(userScope.api, IDS.subRm).text).toContain("only npm commands");
    expect(existsSync(join(userScope.sandbox.project, "build"))).toBe(true);
    expect(toolResult(userScope.api, IDS.subNpm).text).toMatch(/^\s*\d+\.\d+\.\d+/);
    expect(existsSync(join(userScope.sandbox.project, "main-build"))).toBe(false);
  });
});

describe("routing modes in Claude Code, set the ways README describes", () => {
  const noted = (outcome: Outcome) => outcome.api.modelRequests().some((request) => request.includes(DELEGATION) || request.includes("backend-architect plugin's router"));

  it("auto (the default): a backend prompt gets the delegation note", () => {
    expect(noted(backend)).toBe(true);
  });

  it("explicit, as the plugin's option: a backend prompt gets nothing, naming the agent still routes", () => {
    expect(explicitModeBackend.run.code).toBe(0);
    expect(noted(explicitModeBackend)).toBe(false);
    expect(firstMainTurn(explicitModeNamed.api).includes(`The user asked for the ${AGENT_TYPE} agent by name`)).toBe(true);
  });

  it("explicit, chosen at install with claude plugin install --config routing=explicit: a backend prompt gets nothing", () => {
    expect(installedExplicit.run.init.agents).toContain(AGENT_TYPE);
    expect(installedExplicit.run.code).toBe(0);
    expect(noted(installedExplicit)).toBe(false);
  });

  it("off, in a user install's settings.json env: even naming the agent adds nothing from our hook", () => {
    expect(offModeNamed.run.init.agents).toContain(USER_TYPE);
    expect(offModeNamed.run.code).toBe(0);
    expect(offModeNamed.api.modelRequests().some((request) => request.includes("Delegate the task to that agent"))).toBe(false);
  });
});
