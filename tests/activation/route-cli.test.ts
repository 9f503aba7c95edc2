import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

describe("backend-architect route", () => {
  it("prints the decision for a prompt as one JSON line, with its reasons as data", async () => {
    const result = await runCli(["route", "Design", "the", "orders", "REST", "API", "with", "cursor", "pagination"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    const decision = JSON.parse(result.stdout);
    expect(decision).toMatchObject({ activate: true, explicit: false, routing: "auto" });
    expect(decision.score).toBeGreaterThanOrEqual(decision.threshold);
    expect(decision.reasons.length).toBeGreaterThan(0);
    for (const reason of decision.reasons) expect(reason).toMatchObject({ kind: expect.any(String), feature: expect.any(String), weight: expect.any(Number) });
  });

  it("--explain prints one line a person can read", async () => {
    const result = await runCli(["route", "--explain", "@backend-architect", "hi"]);
    expect(result).toMatchObject({ code: 0, stdout: "activate: named the agent: @backend-architect\n" });
  });

  it.each([
    ["explicit", "Design the orders REST API with cursor pagination", false],
    ["explicit", "@backend-architect hi", true],
    ["off", "@backend-architect hi", false],
  ])("--routing %s decides as the hook does in that mode: %s → %s", async (routing, prompt, activate) => {
    const result = await runCli(["route", "--routing", routing, prompt]);
    expect(JSON.parse(result.stdout)).toMatchObject({ activate, routing });
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
  ])("%j is a usage error with a code and a hint", async (argv, code) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${code}: .+\\n  hint: .+\\n$`));
  });

  it("an unknown routing mode is a usage error", async () => {
    const result = await runCli(["route", "--routing", "never", "hi"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^USAGE_INVALID_VALUE: /);
  });
});
