#!/usr/bin/env node
// Replaces dist/validate/cli-bundle.js (compiled by tsc) with a single-file bundle of it and all it
// imports, zod, yaml and gray-matter included. `validate` is a whole process per call (CI, pre-commit),
// and resolving and compiling ~180 small modules took longer than checking the files. Only this entry
// is bundled: the library and the other commands stay as tsc wrote them. Nothing in the bundle
// depends on its own location (no import.meta.url), so moving the code into one file is safe.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "validate", "cli-bundle.js");
if (!existsSync(entry)) {
  process.stderr.write(`bundle-validator: ${entry} is missing; run tsc first.\n`);
  process.exit(1);
}
if (readFileSync(entry, "utf8").includes("import.meta.url")) {
  process.stderr.write("bundle-validator: the entry uses import.meta.url, which a bundle would change.\n");
  process.exit(1);
}
await build({
  input: entry,
  platform: "node",
  // gray-matter's JavaScript engine holds an eval; our parser disables that engine, so the warning says nothing.
  onLog(level, log, handler) {
    if (log.code !== "EVAL") handler(level, log);
  },
  output: { file: entry, format: "esm", minify: true, codeSplitting: false },
  plugins: [
    {
      // gray-matter loads js-yaml, whose `!!js/function` type requires esprima (a third of the bundle)
      // inside a try/catch. Nothing here may evaluate JavaScript from a file, so esprima is left out:
      // its require throws, js-yaml catches that, and the type never matches.
      name: "leave-out-esprima",
      resolveId: (id) => (id === "esprima" ? "\0esprima-left-out" : null),
      load: (id) => (id === "\0esprima-left-out" ? 'throw new Error("esprima is left out of this bundle");' : null),
    },
  ],
});
