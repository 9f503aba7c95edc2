import { describe, expect, it } from "vitest";
import { readAgent } from "./agent-file.js";
import { METHODOLOGY_STEPS, SEED_PARTS, STANDARDS, listProblems, missingParts, stepsInOrder } from "./seed-parts.js";

const { body } = readAgent();

describe("every part of the seed is in the agent's body", () => {
  it.each(SEED_PARTS)("$part: $section holds $text", (part) => {
    expect(missingParts(body, [part])).toEqual([]);
  });

  it.each(STANDARDS)("$part standard: $section states $text", (standard) => {
    expect(missingParts(body, [standard])).toEqual([]);
  });

  it("lists the 5 methodology steps in the seed's order", () => {
    expect(stepsInOrder(body)).toBe(true);
  });

  it("keeps the trigger and Will / Will Not lists exactly as the router reads them", () => {
    expect(listProblems(body)).toEqual([]);
  });
});

describe("the seed checks catch a body that lost a part", () => {
  it.each(SEED_PARTS)("without '$text' the $part row fails", (part) => {
    // The needle as it sits in the file, whatever the line wrapping.
    const pattern = part.text
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+");
    const stripped = body.replace(new RegExp(pattern, "g"), "");
    expect(stripped).not.toBe(body);
    expect(missingParts(stripped, [part])).toEqual([part]);
  });

  it("fails when two methodology steps swap places", () => {
    const [first, second] = METHODOLOGY_STEPS;
    if (first === undefined || second === undefined) throw new Error("the steps table is empty");
    const swapped = body.replace(first, "\u0000").replace(second, first).replace("\u0000", second);
    expect(stepsInOrder(swapped)).toBe(false);
  });

  it.each([
    { change: "a trigger reworded", from: "- Backend, server-side, microservices", to: "- Backend work", problem: "trigger bullets" },
    { change: "a Will line dropped", from: "- Create secure APIs with proper authentication and authorization\n", to: "", problem: "Will list" },
    { change: "a Will Not line added", from: "- Design visual interfaces or client-side interactions", to: "- Design visual interfaces or client-side interactions\n- Write poems", problem: "Will Not list" },
    { change: "the Boundaries heading renamed", from: "## Boundaries", to: "## Limits", problem: "Will list" },
  ])("list check reports $change", ({ from, to, problem }) => {
    const mutated = body.replace(from, to);
    expect(mutated).not.toBe(body);
    expect(listProblems(mutated).join("\n")).toContain(problem);
  });
});
