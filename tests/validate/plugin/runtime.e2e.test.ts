import { cp } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claude, makeSandbox, runClaude, startFakeApi, type ClaudeRun, type RecordedRequest, type Sandbox } from "../../support/claude.js";
import { validatePath } from "../../../src/validate/path.js";

// The severities of the plugin-side codes, checked against what the referee (Claude Code) really loads:
// every fixture below is passed with --plugin-dir in ONE `claude -p` run, and the init event says
// which plugins and agents loaded. An error must mean "does not load" or "loses a whole component";
// a warning must mean "loads".
const fixtures = new URL("../../fixtures/plugins/", import.meta.url).pathname;
const cases = {
  "valid-plugin": { loads: true, error: false },
  "name-not-kebab-case": { loads: true, error: false },
  "unknown-key": { loads: true, error: false },
  "hooks-unknown-event": { loads: true, error: false },
  "hooks-plugin-root-unquoted": { loads: true, error: false },
  "agents-key-files": { loads: true, error: false },
  "version-not-string": { loads: false, error: true },
  "agents-key-folder": { loads: false, error: true },
  // Not fatal in the referee (the runtime notes said it was): the plugin and its agents load, its hooks do not.
  "hooks-no-wrapper": { loads: true, error: true },
  "name-invalid": { loads: false, error: true },
  "manifest-syntax": { loads: false, error: true },
  // Errors only because `claude plugin validate` fails on them: the runtime loads these plugins.
  "author-string": { loads: true, error: true },
  "homepage-invalid": { loads: true, error: true },
  "repository-object": { loads: true, error: true },
  "keywords-string": { loads: true, error: true },
  "description-not-string": { loads: true, error: true },
} as const;

describe("plugin severities against the real Claude Code", () => {
  let sandbox: Sandbox;
  let run: ClaudeRun;
  let requests: RecordedRequest[] = [];
  const dirs: Record<string, string> = {};

  beforeAll(async () => {
    sandbox = await makeSandbox();
    for (const name of Object.keys(cases)) {
      dirs[name] = join(sandbox.root, "plugins", name);
      await cp(join(fixtures, name), dirs[name], { recursive: true });
    }
    const api = await startFakeApi();
    try {
      run = await runClaude({ sandbox, api, prompt: "hi", pluginDirs: Object.values(dirs) });
      requests = [...api.requests];
    } finally {
      await api.close();
    }
  });
  afterAll(async () => sandbox?.cleanup());

  it.each(Object.entries(cases))("%s: %o", async (name, { loads, error }) => {
    const dir = dirs[name] ?? "";
    const loaded = run.init.plugins.some((plugin) => plugin.path === dir || plugin.path.startsWith(`${dir}/`));
    expect(loaded).toBe(loads);
    const { diagnostics } = await validatePath([dir]);
    expect(diagnostics.some((found) => found.severity === "error")).toBe(error);
  });

  it("hooks.json without the wrapper runs none of its hooks, while a wrapped one runs", () => {
    const seen = JSON.stringify(requests.map((request) => request.body));
    expect(seen).toContain("valid-plugin-hook-ran");
    expect(seen).not.toContain("hooks-no-wrapper-ran");
  });

  it("an agents key stops the scan of agents/: only the listed file loads", () => {
    expect(run.init.agents).toContain("agents-key-files:one");
    expect(run.init.agents).not.toContain("agents-key-files:two");
  });
});

// Marketplaces: `claude plugin marketplace add`, then `claude plugin install <entry>@<marketplace>`.
// An error must mean "cannot be added" or "its plugin cannot be installed"; a warning, "installs".
const marketplaces = {
  "marketplace-owner-missing": { adds: false, installs: undefined, error: true },
  "marketplace-name-invalid": { adds: false, installs: undefined, error: true },
  "marketplace-plugins-invalid": { adds: false, installs: undefined, error: true },
  "marketplace-entry-source-bare": { adds: true, installs: { entry: "entry", ok: false }, error: true },
  "marketplace-source-not-found": { adds: true, installs: { entry: "gone", ok: false }, error: false },
  "marketplace-name-mismatch": { adds: true, installs: { entry: "listed-name", ok: true }, error: false },
  "marketplace-version-mismatch": { adds: true, installs: { entry: "versioned", ok: true }, error: false },
  "marketplace-unknown-key": { adds: true, installs: { entry: "entry", ok: true }, error: false },
} as const;

describe("marketplace severities against the real Claude Code", () => {
  let sandbox: Sandbox;
  const outcomes: Record<string, { added: boolean; installed?: boolean }> = {};

  beforeAll(async () => {
    sandbox = await makeSandbox();
    for (const [name, { installs }] of Object.entries(marketplaces)) {
      const dir = join(sandbox.root, name);
      await cp(join(fixtures, name), dir, { recursive: true });
      const added = (await claude(["plugin", "marketplace", "add", dir], { sandbox })).code === 0;
      outcomes[name] = { added };
      if (added && installs) outcomes[name].installed = (await claude(["plugin", "install", `${installs.entry}@${name}`], { sandbox })).code === 0;
    }
  });
  afterAll(async () => sandbox?.cleanup());

  it.each(Object.entries(marketplaces))("%s: %o", async (name, { adds, installs, error }) => {
    expect(outcomes[name]?.added).toBe(adds);
    expect(outcomes[name]?.installed).toBe(installs?.ok);
    const { diagnostics } = await validatePath([join(fixtures, name)]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.some((found) => found.severity === "error")).toBe(error);
  });
});
