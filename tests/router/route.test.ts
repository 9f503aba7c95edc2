import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainDecision } from "../../src/router/explain.js";
import { forEachFeature, KIND_PREFIXES, normalizePrompt } from "../../src/router/features.js";
import { committedModel } from "../../src/router/model.js";
import { MAX_FEATURE_REASONS } from "../../src/router/reasons.js";
import { route } from "../../src/router/route.js";
import { scorePrompt } from "../../src/router/score.js";

const model = committedModel();
const FEATURE_KINDS: string[] = Object.values(KIND_PREFIXES);

describe("a decision and its reasons", () => {
  it.each([
    "Design the REST endpoints and the Postgres schema for our orders service, with idempotent payment capture",
    "Make the navbar sticky and animate the hamburger menu",
    "customers get charged twice when they double-click pay",
    "",
  ])("%j: activate is score >= threshold, reasons are the heaviest features as data", (prompt) => {
    const decision = route(prompt);
    expect(decision.explicit).toBe(false);
    expect(decision.routing).toBe("auto");
    expect(decision.threshold).toBe(model.threshold / model.scale);
    expect(decision.activate).toBe(decision.score >= decision.threshold);
    expect(decision.reasons.length).toBeLessThanOrEqual(MAX_FEATURE_REASONS);
    const weights = decision.reasons.map((reason) => ("weight" in reason ? Math.abs(reason.weight) : Infinity));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const reason of decision.reasons) {
      expect(FEATURE_KINDS).toContain(reason.kind);
      expect(reason).toMatchObject({ feature: expect.any(String), weight: expect.any(Number) });
      if (reason.kind === "chars") expect(reason.count).toBeGreaterThan(0);
    }
  });

  it("the score is the bias plus each known feature once, however often it occurs", () => {
    const once = scorePrompt("database", model);
    const many = scorePrompt("database ".repeat(50), model);
    expect(new Set(many.contributions.map((c) => c.key)).size).toBe(many.contributions.length);
    expect(once.score).toBe(model.bias + once.contributions.reduce((sum, c) => sum + c.weight, 0));
  });

  it("counts exactly the features forEachFeature lists that the model knows", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("orders", "the", "api", "索引", "가", "GET /x", " ", "\n", "`", "ＡＰＩ", "idempotency", "x".repeat(40)), { maxLength: 30 }), (parts) => {
        const prompt = parts.join(" ");
        const expected = new Set<string>();
        forEachFeature(normalizePrompt(prompt), (key) => {
          if (model.weightOf(key) !== undefined) expected.add(key);
        });
        expect(new Set(scorePrompt(prompt, model).contributions.map((c) => c.key))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("a word's letter n-grams are one reason, with their count", () => {
    const reasons = route("idempotency").reasons;
    const chars = reasons.find((reason) => reason.kind === "chars");
    expect(chars).toMatchObject({ kind: "chars", feature: "idempotency" });
  });

  it("explains itself in one line", () => {
    for (const prompt of ["Design the orders REST API with cursor pagination", "center this div", "@backend-architect hi"]) {
      const line = explainDecision(route(prompt));
      expect(line).not.toContain("\n");
      expect(line).toMatch(/^(activate|stay out): /);
    }
    expect(explainDecision(route("@backend-architect hi"))).toBe("activate: named the agent: @backend-architect");
    expect(explainDecision(route("@backend-architect hi", { routing: "off" }))).toBe("stay out: routing is off and the prompt does not name the agent");
  });

  it("never throws; activate is explicit or score >= threshold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), (prompt) => {
        const decision = route(prompt);
        expect(decision.activate).toBe(decision.explicit || decision.score >= decision.threshold);
      }),
      { numRuns: 300 },
    );
  });
});

describe("routing modes", () => {
  const backend = "Design the REST endpoints and the Postgres schema for our orders service, with idempotent payment capture";
  const named = "@backend-architect center this div";
  it.each([
    ["auto", backend, true],
    ["auto", named, true],
    ["explicit", backend, false],
    ["explicit", named, true],
    ["off", backend, false],
    ["off", named, false],
  ] as const)("%s: %s → %s", (routing, prompt, activate) => {
    const decision = route(prompt, { routing });
    expect(decision).toMatchObject({ activate, routing });
    if (routing !== "auto") expect(decision.reasons.every((reason) => reason.kind === "explicit")).toBe(true);
  });
});

describe("cost", () => {
  const shapes: Record<string, (size: number) => string> = {
    "short words": (size) => "ab ".repeat(Math.ceil(size / 3)).slice(0, size),
    "backend phrases": (size) => "composite index on the orders table ".repeat(Math.ceil(size / 36)).slice(0, size),
    "one long word": (size) => "a".repeat(size),
    "CJK without spaces": (size) => "数据库索引很慢".repeat(Math.ceil(size / 7)).slice(0, size),
    "backtick runs of growing length": (size) => {
      let out = "";
      for (let n = 1; out.length < size; n += 1) out += `${"`".repeat(n)} x `;
      return out.slice(0, size);
    },
    '@" openers': (size) => '@"'.repeat(Math.ceil(size / 2)).slice(0, size),
    "name words": (size) => "backend-architect ".repeat(Math.ceil(size / 18)).slice(0, size),
  };
  const fastest = (text: string) => {
    let best = Infinity;
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      route(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  it.each(Object.keys(shapes))("is linear in the prompt's length: %s", (name) => {
    const make = shapes[name]!;
    const small = fastest(make(64 * 1024));
    const large = fastest(make(1024 * 1024));
    // 16x the text: linear is ~16x the time, quadratic 256x. Timings on a shared machine are noisy, hence the
    // best of three, the wide margin and the floor.
    expect(large).toBeLessThan(Math.max(64 * small, 400));
    expect(large).toBeLessThan(3_000);
  });
});
