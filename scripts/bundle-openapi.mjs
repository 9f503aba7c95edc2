#!/usr/bin/env node
// Bundles the OpenAPI checks (src/check/openapi, with @redocly/openapi-core) into one self-contained
// ES module, dist/check/openapi-check.mjs, for the bench and as the recipe for the PostToolUse hook:
// it runs with plain `node`, no node_modules.
//
//   node dist/check/openapi-check.mjs <file>   → the diagnostics as one JSON line
//
// Two changes to what Redocly pulls in, both about size (see `openapiBundleOptions`):
// - graphql (0.8 MB of the 2.2 MB unminified bundle) is only for linting GraphQL SDL files, which
//   this check never does; a stub that throws takes its place.
// - openapi-core depends on ajv twice, as `@redocly/ajv` and as `ajv` (an npm alias of the same
//   package), so the bundle held two copies; both names now resolve to one.
import { existsSync, readFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "rolldown";
import { inlineVersion } from "./inline-version.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "node_modules", "@redocly", "openapi-core", "package.json"));

const GRAPHQL_STUB = `const absent = () => { throw new Error("GraphQL is left out of this bundle: it checks OpenAPI only."); };
export const getLocation = absent, parse = absent, visit = absent, visitInParallel = absent, buildASTSchema = absent, validateSchema = absent;
export class GraphQLError extends Error {}
export class Source {}
`;

/** rolldown options for any bundle that includes src/check/openapi (the hook's too). */
export function openapiBundleOptions() {
  return {
    platform: "node",
    resolve: { alias: { ajv: dirname(require.resolve("@redocly/ajv/package.json")) } },
    plugins: [
      // Built-ins named without `node:` (Redocly's dependencies ask for "tty", "fs"...) are imported with it,
      // so the bundle's imports say plainly that they are Node's own.
      { name: "node-prefix", resolveId: (id) => (isBuiltin(id) && !id.startsWith("node:") ? { id: `node:${id}`, external: true } : null) },
      {
        name: "leave-out-graphql",
        resolveId: (id) => (id === "graphql" ? "\0graphql-left-out" : null),
        load: (id) => (id === "\0graphql-left-out" ? GRAPHQL_STUB : null),
      },
    ],
  };
}

async function main() {
  const library = join(root, "dist", "check", "openapi", "index.js");
  const output = join(root, "dist", "check", "openapi-check.mjs");
  if (!existsSync(library)) fail(`${library} is missing; run tsc first.`);
  const entry = `import { readFile } from "node:fs/promises";
import { checkOpenApi, isOpenApiDocument } from ${JSON.stringify(pathToFileURL(library).href)};
const file = process.argv[2];
const text = await readFile(file, "utf8");
const read = (path) => readFile(path, "utf8").catch(() => undefined);
const diagnostics = isOpenApiDocument(text, file) ? await checkOpenApi({ file, text, readFile: read }) : [];
process.stdout.write(JSON.stringify(diagnostics) + "\\n");
`;
  const options = openapiBundleOptions();
  await build({
    ...options,
    input: "\0openapi-check-entry",
    plugins: [
      ...options.plugins,
      inlineVersion(root),
      { name: "entry", resolveId: (id) => (id === "\0openapi-check-entry" ? id : null), load: (id) => (id === "\0openapi-check-entry" ? entry : null) },
    ],
    output: { file: output, format: "esm", minify: true, codeSplitting: false },
  });
  const code = readFileSync(output, "utf8");
  const bare = [...code.matchAll(/\bfrom\s*"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]).filter((id) => !isBuiltin(id));
  if (bare.length > 0) fail(`the bundle still imports ${[...new Set(bare)].join(", ")}; it must run without node_modules.`);
}

function fail(message) {
  process.stderr.write(`bundle-openapi: ${message}\n`);
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
