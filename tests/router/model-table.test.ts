import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { train } from "../../scripts/train-router.mjs";
import { parseModelTable } from "../../src/router/model.js";
import { MODEL_TABLE } from "../../src/router/model-table.js";

const root = new URL("../../", import.meta.url).pathname;
let trained: Awaited<ReturnType<typeof train>>;
beforeAll(async () => {
  trained = await train();
}, 60_000);

/** What the plugin may spend on the routing hook, which Claude Code loads before every prompt. */
const HOOK_BUDGET_BYTES = 400 * 1024;

describe("the committed model table", () => {
  it("is exactly what scripts/train-router.mjs makes of data/router/train/ (run `npm run train` if this fails)", () => {
    expect(readFileSync(join(root, "src/router/model-table.ts"), "utf8"), "src/router/model-table.ts is stale").toBe(trained.text);
  });

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

  it("holds every trained feature under its key's hash, with its weight (what --list prints by name)", () => {
    const model = parseModelTable(MODEL_TABLE);
    expect(model.size).toBe(trained.model.weights.size);
    for (const [key, units] of trained.model.weights) expect(model.weightOf(key)).toBe(units);
    expect(model.weightOf("wno-such-feature-in-any-prompt")).toBeUndefined();
  });

  it(`keeps the routing hook under ${HOOK_BUDGET_BYTES / 1024} KB`, () => {
    expect(statSync(join(root, "hooks/user-prompt-submit.mjs")).size).toBeLessThan(HOOK_BUDGET_BYTES);
  });
});
