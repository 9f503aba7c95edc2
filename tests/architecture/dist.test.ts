import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
/** What the build makes in dist/ besides tsc's output: the bundles of scripts/bundle-validator.mjs and bundle-openapi.mjs. */
const BUNDLES = ["check/openapi-check.mjs", "validate/cli-bundle.cjs", "validate/cli-bundle.cjs.cache"];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(join(root, "dist"), join(dir, entry.name))],
  );
}

describe("dist/ after npm run build", () => {
  // tsc never removes what it once wrote: without emptying dist/ first, a moved or deleted module lives on there
  // (and in the npm package).
  it("holds only files built from a module of src/ and the bundles", () => {
    const stale = files(join(root, "dist")).filter((file) => {
      if (BUNDLES.includes(file)) return false;
      const module = file.replace(/\.d\.ts$|\.js$/, "");
      return !existsSync(join(root, "src", `${module}.ts`));
    });
    expect(stale).toEqual([]);
  });
});
