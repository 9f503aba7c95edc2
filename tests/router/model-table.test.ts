import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseModelTable } from "../../src/router/model.js";
import { MODEL_TABLE } from "../../src/router/model-table.js";

const root = new URL("../../", import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), "router-table-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the plugin may spend on the routing hook, which Claude Code loads before every prompt. */
const HOOK_BUDGET_BYTES = 400 * 1024;

describe("the committed model table", () => {
  it("is exactly what scripts/train-router.mjs makes of data/router/train/ (run `npm run train` if this fails)", () => {
    const trained = join(out, "model-table.ts");
    const run = spawnSync(process.execPath, [join(root, "scripts/train-router.mjs"), "--out", trained], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, "src/router/model-table.ts"), "utf8"), "src/router/model-table.ts is stale").toBe(readFileSync(trained, "utf8"));
  }, 60_000);

  it("parses: integer weights, sorted keys of known kinds, a threshold", () => {
    const model = parseModelTable(MODEL_TABLE);
    expect(model.weights.size).toBeGreaterThan(1000);
    const keys = [...model.weights.keys()];
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) expect("wpcks").toContain(key[0]);
    for (const weight of model.weights.values()) expect(Number.isInteger(weight) && weight !== 0).toBe(true);
    expect(Number.isInteger(model.threshold)).toBe(true);
  });

  it(`keeps the routing hook under ${HOOK_BUDGET_BYTES / 1024} KB`, () => {
    expect(statSync(join(root, "hooks/user-prompt-submit.mjs")).size).toBeLessThan(HOOK_BUDGET_BYTES);
  });
});
