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

  it("decodes: sorted distinct hashes, one signed-byte weight each, none zero, an integer threshold", () => {
    const model = parseModelTable(MODEL_TABLE);
    expect(model.size).toBeGreaterThan(1000);
    const hashes = Buffer.from(MODEL_TABLE.hashes, "base64");
    const weights = Buffer.from(MODEL_TABLE.weights, "base64");
    expect(hashes.length).toBe(4 * model.size);
    expect(weights.length).toBe(model.size);
    for (let i = 1; i < model.size; i += 1) expect(hashes.readUInt32LE(4 * i)).toBeGreaterThan(hashes.readUInt32LE(4 * (i - 1)));
    expect([...weights].filter((byte) => byte === 0)).toEqual([]);
    expect(Number.isInteger(model.threshold) && Number.isInteger(model.bias)).toBe(true);
  });

  it("lists its features by name: --list gives every feature the table holds, with the weight the router uses", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts/train-router.mjs"), "--list"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(0);
    const rows = run.stdout.split("\n").filter((line) => line !== "" && !line.startsWith("#")).slice(1).map((line) => line.split("\t"));
    const model = parseModelTable(MODEL_TABLE);
    expect(rows).toHaveLength(model.size);
    for (const [key, weight] of rows) expect(model.weightOf(key ?? "")).toBe(Math.round(Number(weight) * model.scale));
  }, 60_000);

  it(`keeps the routing hook under ${HOOK_BUDGET_BYTES / 1024} KB`, () => {
    expect(statSync(join(root, "hooks/user-prompt-submit.mjs")).size).toBeLessThan(HOOK_BUDGET_BYTES);
  });
});
