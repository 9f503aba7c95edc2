import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

// dpdm (a devDependency) reads every module of src/ with the TypeScript parser and follows its imports, type-only
// ones included: a cycle, even through types, means two modules that cannot be read, moved or changed apart.
describe("src/", () => {
  it("has no import cycle", async () => {
    const tree = await parseDependencyTree(["src/**/*.ts"], { context: root, transform: false, skipDynamicImports: false, tsconfig: `${root}tsconfig.json` });
    expect(Object.keys(tree).length).toBeGreaterThan(100);
    expect(parseCircular(tree)).toEqual([]);
  });
});
