import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const repoRoot = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", repoRoot), "utf8");

/** The JSON block that follows README's `inspect agents/backend-architect.md --json` example. */
function readmeExample(): Record<string, unknown> {
  const section = readme.slice(readme.indexOf("npx backend-architect inspect agents/backend-architect.md --json"));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!block?.[1]) throw new Error("README has no JSON block after the inspect example");
  return JSON.parse(block[1]) as Record<string, unknown>;
}

describe("README's inspect example", () => {
  it("is what inspect prints for our own agent (the description abridged with '...')", async () => {
    const result = await runCli(["inspect", "agents/backend-architect.md", "--json"], { cwd: new URL(".", repoRoot).pathname });
    expect(result.code).toBe(0);
    const actual = JSON.parse(result.stdout) as Record<string, unknown>;
    const { description: shown, ...example } = readmeExample();
    const { description, ...rest } = actual;
    expect(rest).toEqual(example);
    expect(typeof shown).toBe("string");
    expect(description).toEqual(expect.stringContaining(String(shown).replace(/ \.\.\.$/, "")));
  });
});
