import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkOpenApi, isOpenApiDocument } from "../../../src/check/openapi/index.js";
import { fixtures } from "./support.js";

// Bad input is a result, never an exception, and never the OPENAPI_CHECK_FAILED safety net.
async function neverFails(text: string, file: string): Promise<void> {
  isOpenApiDocument(text, file);
  const diagnostics = await checkOpenApi({ file, text, readFile: async () => text });
  expect(diagnostics.filter((d) => d.code === "OPENAPI_CHECK_FAILED")).toEqual([]);
  for (const d of diagnostics) expect(d.start.line).toBeGreaterThanOrEqual(1);
}

describe("the check never throws", () => {
  it("on random text, as YAML and as JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.constantFrom("a.yaml", "a.json"), async (text, file) => neverFails(text, file)),
      { numRuns: 150 },
    );
  });

  it("on random text after an openapi header", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => neverFails(`openapi: 3.1.0\n${text}`, "a.yaml")),
      { numRuns: 150 },
    );
  });

  it("on the clean spec with lines dropped or swapped (documents that parse but are malformed)", async () => {
    const lines = (await readFile(join(fixtures, "clean/orders-payments.3.1.yaml"), "utf8")).split("\n");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: lines.length - 1 }), { minLength: 1, maxLength: 12 }), fc.boolean(), async (picks, swap) => {
        const mutated = [...lines];
        for (const pick of picks) {
          if (swap) mutated[pick] = lines[(pick * 7) % lines.length] ?? "";
          else mutated[pick] = "";
        }
        await neverFails(mutated.join("\n"), "a.yaml");
      }),
      { numRuns: 60 },
    );
  });
});
