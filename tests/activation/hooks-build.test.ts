import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "hooks-build-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("committed hook scripts", () => {
  it("are exactly what the build generates from src/ and the agent file (run `npm run build` if this fails)", () => {
    const build = spawnSync(process.execPath, [join(root, "scripts/build-hooks.mjs"), "--out", out], { encoding: "utf8" });
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const generated = readdirSync(out).sort();
    expect(generated).toEqual(["pre-tool-use.mjs", "user-prompt-submit.mjs"]);
    for (const file of generated) {
      expect(readFileSync(join(root, "hooks", file), "utf8"), `hooks/${file} is stale`).toBe(readFileSync(join(out, file), "utf8"));
    }
  });

  it("import nothing but node: built-ins", () => {
    for (const file of ["pre-tool-use.mjs", "user-prompt-submit.mjs"]) {
      const text = readFileSync(join(root, "hooks", file), "utf8");
      const specifiers = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
      expect(specifiers.every((specifier) => specifier?.startsWith("node:")), `${file}: ${specifiers.join(", ")}`).toBe(true);
      expect(text).not.toMatch(/\bimport\(/);
      expect(text).not.toMatch(/\brequire\(/);
    }
  });

  it("hooks.json registers the three scripts in exec form (node and its arguments, no shell) through CLAUDE_PLUGIN_ROOT, inside the hooks wrapper, with a timeout", () => {
    const config = JSON.parse(readFileSync(join(root, "hooks/hooks.json"), "utf8"));
    const registered = [
      { event: "UserPromptSubmit", matcher: undefined, script: "user-prompt-submit.mjs", timeout: 10 },
      { event: "PreToolUse", matcher: "Bash", script: "pre-tool-use.mjs", timeout: 10 },
      { event: "PostToolUse", matcher: "Write|Edit", script: "post-tool-use.mjs", timeout: 15 },
    ];
    expect(Object.keys(config.hooks)).toEqual(registered.map((r) => r.event));
    for (const { event, matcher, script, timeout } of registered) {
      const [group, ...others] = config.hooks[event];
      expect(others).toEqual([]);
      expect(group.matcher).toBe(matcher);
      expect(group.hooks).toEqual([
        { type: "command", command: "node", args: [`\${CLAUDE_PLUGIN_ROOT}/hooks/${script}`, "--agent-type", "backend-architect:backend-architect"], timeout },
      ]);
    }
  });
});
