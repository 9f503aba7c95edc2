import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPages } from "../../scripts/build-docs.mjs";
import { catalog } from "../../src/diagnostics/catalog.js";

const root = new URL("../../", import.meta.url).pathname;

describe("docs generated from the catalog", () => {
  it.each([...renderPages(catalog)])("%s is what scripts/build-docs.mjs makes of the catalog and docs/explain/ (run `npm run build`)", (path, text) => {
    expect(readFileSync(`${root}${path}`, "utf8")).toBe(text);
  });
});
