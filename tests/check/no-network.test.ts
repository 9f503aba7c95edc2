import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// plugin.json declares `network.hosts: []`: no part of the plugin reaches a host. Each committed hook runs on the
// input most likely to tempt it (a contract whose $refs point at a live server on 127.0.0.1, a prompt with a URL),
// and the server must see no request.
const root = new URL("../../", import.meta.url).pathname;
const AGENT = "backend-architect:backend-architect";
let server: Server;
let port = 0;
const requests: string[] = [];
let dir = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.end("Widget: {type: object}\nNotFound: {description: gone}\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
  dir = mkdtempSync(join(tmpdir(), "ba-network-"));
  const contract = readFileSync(join(root, "tests/fixtures/network/api.yaml"), "utf8").replaceAll("PORT", String(port));
  writeFileSync(join(dir, "api.yaml"), contract);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function runHook(script: string, stdin: object): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "hooks", script), "--agent-type", AGENT], { stdio: ["pipe", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
    child.stdin.end(JSON.stringify(stdin));
  });
}

describe("the committed hooks reach no host", () => {
  it.each([
    ["post-tool-use.mjs", () => ({ hook_event_name: "PostToolUse", cwd: dir, tool_name: "Write", agent_type: AGENT, tool_input: { file_path: join(dir, "api.yaml"), content: "" } }), "OPENAPI_REF_NOT_FOLLOWED"],
    ["user-prompt-submit.mjs", () => ({ hook_event_name: "UserPromptSubmit", cwd: dir, prompt: `design the REST API behind http://127.0.0.1:${port}/openapi.yaml` }), "backend-architect"],
    ["pre-tool-use.mjs", () => ({ hook_event_name: "PreToolUse", cwd: dir, tool_name: "Bash", agent_type: AGENT, tool_input: { command: `curl http://127.0.0.1:${port}/` } }), "deny"],
  ])("%s", async (script, stdin, answers) => {
    const { code, stdout } = await runHook(script, stdin());
    expect(code).toBe(0);
    expect(stdout).toContain(answers);
    expect(requests).toEqual([]);
  });
});
