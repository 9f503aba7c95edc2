import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/claude.js";

// `backend-architect ... | head`: the reader closes the pipe early. The command must finish and exit with its
// own code, not die on an unhandled EPIPE with a stack trace.
describe("the built CLI writing into a pipe that closes early", () => {
  it("finishes quietly with its own exit code", async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ prompt: `Add a composite index to the orders table, case ${i}` })).join("\n");
    const child = spawn(process.execPath, [join(repoRoot, "dist", "cli", "main.js"), "route", "--jsonl"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.end(lines);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(0);
  });
});
