import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeSandbox } from "../support/claude.js";

/** True while a process with this id exists (and is not a zombie, which can no longer write anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !/\) Z /.test(readStat(pid));
}

function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return "";
  }
}

// Claude Code goes on writing to HOME (~/.claude.json, transcripts) after the test is done with it: on
// exit, in the child processes it leaves, and in tmux after kill-server. Removing the sandbox while they
// still run left /tmp/ba-e2e-*/home folders behind.
describe("the e2e sandbox", () => {
  it("waits for every process running in it (and their children) before removing it, so nothing writes there after", async () => {
    const sandbox = await makeSandbox();
    // A process that has exited, leaving a child that writes to HOME a moment later, as Claude Code's do.
    const late = `(sleep 1; mkdir -p "$HOME/.claude" && echo late > "$HOME/.claude/late.json") >/dev/null 2>&1 & echo $!`;
    const pid = await new Promise<number>((resolve, reject) => {
      const child = spawn("sh", ["-c", late], { env: sandbox.env, cwd: sandbox.project, stdio: ["ignore", "pipe", "ignore"] });
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
      child.on("error", reject);
      child.on("close", () => resolve(Number(out.trim())));
    });
    expect(alive(pid)).toBe(true);
    await sandbox.cleanup();
    // However long the writer would have taken: wait until it is gone, then look.
    for (let tries = 0; tries < 100 && alive(pid); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(join(sandbox.home, ".claude", "late.json"))).toBe(false);
    expect(existsSync(sandbox.root)).toBe(false);
  });
});
