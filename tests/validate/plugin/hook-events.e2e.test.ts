import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOOK_EVENTS as AGENT_HOOK_EVENTS } from "../../../src/resolve/registry.js";
import { HOOK_EVENTS as PLUGIN_HOOK_EVENTS } from "../../../src/validate/plugin/schemas/hooks.js";
import { claude, makeSandbox, type CommandResult, type Sandbox } from "../../support/claude.js";

// Which hook events exist is the referee's to say: `validate` calls any other event unknown (with "did you
// mean"), so a release that adds one would make us flag hooks that run. `claude doctor` lists the valid
// events when a settings.json uses one that is not: that list must be ours, no more and no less.

const MADE_UP = "NoSuchHookEvent";

let sandbox: Sandbox;
let doctor: CommandResult;

beforeAll(async () => {
  sandbox = await makeSandbox();
  await mkdir(join(sandbox.home, ".claude"), { recursive: true });
  const settings = { hooks: { [MADE_UP]: [{ hooks: [{ type: "command", command: "true" }] }] } };
  await writeFile(join(sandbox.home, ".claude", "settings.json"), JSON.stringify(settings));
  doctor = await claude(["doctor"], { sandbox });
});

afterAll(async () => {
  await sandbox?.cleanup();
});

function validEvents(): string[] {
  const line = doctor.stdout.split("\n").find((l) => l.includes(`Unknown hook event "${MADE_UP}"`));
  const list = /Valid events: (.+)$/.exec(line ?? "")?.[1];
  if (list === undefined) throw new Error(`claude doctor listed no valid hook events:\n${doctor.stdout}\n${doctor.stderr}`);
  return list.split(",").map((event) => event.trim()).sort();
}

/** What Claude Code knows that `ours` lacks, and what `ours` has that Claude Code does not know. */
function difference(ours: readonly string[]): { unknownToUs: string[]; unknownToClaudeCode: string[] } {
  const theirs = validEvents();
  return { unknownToUs: theirs.filter((event) => !ours.includes(event)), unknownToClaudeCode: ours.filter((event) => !theirs.includes(event)) };
}

describe("the hook events Claude Code knows", () => {
  it.each([
    ["plugin", PLUGIN_HOOK_EVENTS],
    ["agent", AGENT_HOOK_EVENTS],
  ] as const)("are exactly the ones the %s validator knows", (_, ours) => {
    const { unknownToUs, unknownToClaudeCode } = difference(ours);
    expect(unknownToUs, "events Claude Code knows and we do not").toEqual([]);
    expect(unknownToClaudeCode, "events we know and Claude Code does not").toEqual([]);
  });
});
