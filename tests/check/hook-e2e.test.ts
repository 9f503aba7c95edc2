import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
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

// The check hook in the real Claude Code, loaded from this repository with --plugin-dir. The main thread
// writes a bad migration itself, then delegates; the backend-architect subagent writes a migration with a
// non-concurrent index, then a clean one, then answers. What each model request carries is recorded.

const AGENT_TYPE = "backend-architect:backend-architect";
const FEEDBACK = "backend-architect check found";
const BAD = "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n";
const IDS = { main: "toolu_main_write", bad: "toolu_sub_bad", clean: "toolu_sub_clean" };

const script: Responder = (request) => {
  const answered = (id: string) => request.lastToolResults.some((result) => result.toolUseId === id);
  if (request.isSubagent) {
    if (answered(IDS.clean)) return "Subagent report: wrote the migrations.";
    if (answered(IDS.bad)) {
      return { content: [toolUse("Write", { file_path: "db/migrations/002_clean.sql", content: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_placed_at_idx ON orders (placed_at);\n" }, IDS.clean)] };
    }
    return { content: [toolUse("Write", { file_path: "db/migrations/001_index.sql", content: `SET lock_timeout = '5s';\n${BAD}` }, IDS.bad)] };
  }
  if (!request.tools.includes("Agent") || answered(DELEGATE_TOOL_USE_ID)) return "Done.";
  if (answered(IDS.main)) {
    return { content: [toolUse("Agent", { description: "migrations", prompt: "Write the order index migrations.", subagent_type: AGENT_TYPE, run_in_background: false }, DELEGATE_TOOL_USE_ID)] };
  }
  return { content: [toolUse("Write", { file_path: "db/main/001_main.sql", content: BAD }, IDS.main)] };
};

let sandbox: Sandbox;
let api: FakeApi;
let run: ClaudeRun;

/** The model request that carries the result of tool call `id`. */
function requestAfter(id: string): RecordedRequest {
  const found = api.modelRequests().find((request) => request.lastToolResults.some((result) => result.toolUseId === id));
  if (!found) throw new Error(`no request carried the result of ${id}`);
  return found;
}

beforeAll(async () => {
  sandbox = await makeSandbox();
  api = await startFakeApi(script);
  run = await runClaude({ sandbox, api, prompt: "Add the order index migrations", pluginDirs: [repoRoot], args: ["--permission-mode", "acceptEdits"], timeoutMs: 90_000 });
}, 120_000);

afterAll(async () => {
  await api?.close();
  await sandbox?.cleanup();
});

describe("the check hook in Claude Code", () => {
  it("ran the whole conversation: both writes of the subagent happened", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(`${sandbox.project}/db/migrations/001_index.sql`)).toBe(true);
    expect(existsSync(`${sandbox.project}/db/migrations/002_clean.sql`)).toBe(true);
  });

  it("puts the findings on the subagent's migration in front of its next model request", () => {
    const next = requestAfter(IDS.bad);
    expect(next.isSubagent).toBe(true);
    expect(next.includes(`${FEEDBACK} 1 problem in db/migrations/001_index.sql`)).toBe(true);
    expect(next.includes("- line 2 MIGRATION_INDEX_NOT_CONCURRENT (error)")).toBe(true);
    expect(next.includes("Fix: Use CREATE INDEX CONCURRENTLY")).toBe(true);
  });

  it("adds nothing after the subagent's clean migration", () => {
    const next = requestAfter(IDS.clean);
    expect(next.text.split(FEEDBACK).length - 1).toBe(1); // only the earlier feedback, still in the conversation
    expect(next.includes("002_clean.sql, which you just wrote")).toBe(false);
  });

  it("adds nothing to the main conversation's own write", () => {
    expect(requestAfter(IDS.main).includes(FEEDBACK)).toBe(false);
  });
});
