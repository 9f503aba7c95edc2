import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

describe("backend-architect route", () => {
  it("prints the decision for a prompt as one JSON line", async () => {
    const result = await runCli(["route", "Design", "the", "orders", "REST", "API"]);
    expect(result.code).toBe(0);
    const decision = JSON.parse(result.stdout);
    expect(decision).toMatchObject({ activate: true, explicit: false });
    expect(decision.score).toBeGreaterThanOrEqual(3);
    expect(decision.reasons).toContain("+3 rest api (builtin)");
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("routes JSON lines in order, one decision per non-blank line, and flags bad lines with a code", async () => {
    const stdin = ['{"prompt":"@backend-architect hi"}', "not json", "", '{"text":"x"}', '{"prompt":"Style the navbar"}'].join("\n");
    const result = await runCli(["route", "--jsonl"], { stdin });
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.activate, line.explicit, line.error?.code])).toEqual([
      [true, true, undefined],
      [false, false, "ROUTE_LINE_NOT_JSON"],
      [false, false, "ROUTE_LINE_NO_PROMPT"],
      [false, false, undefined],
    ]);
    expect(lines[1].error.line).toBe(2);
    expect(result.stderr).toContain("ROUTE_LINE_NOT_JSON");
    expect(result.stderr).toContain("hint:");
    expect(result.code).toBe(1);
  });

  it("exits 0 when every line is good", async () => {
    const result = await runCli(["route", "--jsonl"], { stdin: '{"prompt":"a"}\n{"prompt":"b"}\n' });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
  });

  it.each([
    [["route"], "ROUTE_NO_PROMPT"],
    [["route", "--jsonl", "extra"], "ROUTE_USAGE"],
    [["route", "--agent", "no/such/agent.md", "hi"], "ROUTE_AGENT_UNREADABLE"],
  ])("%j is a usage error with a code and a hint", async (argv, code) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${code}: .+\\n  hint: .+\\n$`));
  });
});
