#!/usr/bin/env node
// Generates the runnable hook scripts in hooks/ from src/: one self-contained ES module per hook,
// with no import but node: built-ins, so a plugin folder works straight from a git clone with no
// `npm install`. The router's vocabulary is read from agents/backend-architect.md now and embedded.
//
// Usage: node scripts/build-hooks.mjs [--out <dir>]   (default: <repo>/hooks)
//
// How it bundles: each module is transpiled alone (ts.transpileModule), its relative imports are
// dropped (the imported module is emitted earlier in the same file), `export` keywords are removed,
// and the modules are concatenated in dependency order. The rules that make this safe are checked:
// imports only by plain name (no `as`, no default, no namespace), no npm packages, no duplicate
// top-level names.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const HOOKS = [
  { file: "user-prompt-submit.mjs", entry: "src/hooks/user-prompt-submit.ts", main: "await mainUserPromptSubmit(VOCABULARY);", vocabulary: true },
  { file: "pre-tool-use.mjs", entry: "src/hooks/pre-tool-use.ts", main: "await mainPreToolUse();", vocabulary: false },
];

function fail(message) {
  process.stderr.write(`build-hooks: ${message}\n`);
  process.exit(1);
}

function transpile(path) {
  const source = readFileSync(path, "utf8");
  const output = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: true },
  }).outputText;
  return ts.createSourceFile(path, output, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
}

/** Walks the import graph from `entry`, returning modules in dependency order and the node: imports. */
function collect(entry) {
  const order = [];
  const seen = new Set();
  const builtins = new Set();
  const visit = (path, chain) => {
    if (seen.has(path)) return;
    if (chain.includes(path)) fail(`import cycle through ${relative(root, path)}`);
    const sourceFile = transpile(path);
    const body = [];
    for (const statement of sourceFile.statements) {
      const name = relative(root, path);
      if (ts.isImportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier.text;
        if (specifier.startsWith("node:")) {
          builtins.add(statement.getText(sourceFile));
          continue;
        }
        if (!specifier.startsWith(".")) fail(`${name} imports "${specifier}": hooks may import only node: built-ins and relative modules`);
        const clause = statement.importClause;
        if (clause?.name || (clause?.namedBindings && !ts.isNamedImports(clause.namedBindings))) fail(`${name}: only named imports are bundled`);
        for (const element of clause?.namedBindings?.elements ?? []) {
          if (element.propertyName) fail(`${name}: renamed import "${element.propertyName.text} as ${element.name.text}" cannot be bundled`);
        }
        visit(resolve(dirname(path), specifier.replace(/\.js$/, ".ts")), [...chain, path]);
        continue;
      }
      if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) fail(`${name}: export lists and default exports cannot be bundled`);
      let text = statement.getText(sourceFile);
      if (text.startsWith("export default ")) fail(`${name}: default exports cannot be bundled`);
      if (text.startsWith("export ")) text = text.slice("export ".length);
      body.push(text);
    }
    seen.add(path);
    order.push({ path, body: body.join("\n") });
  };
  visit(resolve(root, entry), []);
  return { order, builtins };
}

function checkNames(order, hookFile) {
  const names = new Map();
  for (const { path } of order) {
    const sourceFile = transpile(path);
    for (const statement of sourceFile.statements) {
      const declared = [];
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) declared.push(statement.name.text);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) declared.push(declaration.name.text);
          else fail(`${relative(root, path)}: destructuring at top level cannot be checked for clashes`);
        }
      }
      for (const name of declared) {
        const other = names.get(name);
        if (other && other !== path) fail(`${hookFile}: "${name}" is declared in both ${relative(root, other)} and ${relative(root, path)}`);
        names.set(name, path);
      }
    }
  }
  if (names.has("VOCABULARY")) fail(`${hookFile}: the name VOCABULARY is reserved for the embedded vocabulary`);
}

async function vocabularyJson() {
  // The vocabulary builder is itself bundled source; evaluate it from a throwaway bundle so the
  // build needs nothing compiled in dist/.
  const { order } = collect("src/activation/agent-vocabulary.ts");
  const code = `${order.map((module) => module.body).join("\n")}\nexport { buildVocabulary };\n`;
  const url = `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  const { buildVocabulary } = await import(url);
  const agentPath = join(root, "agents", "backend-architect.md");
  let markdown;
  try {
    markdown = readFileSync(agentPath, "utf8");
  } catch {
    fail(`cannot read ${relative(root, agentPath)}: the router's vocabulary comes from the agent file`);
  }
  return JSON.stringify(buildVocabulary(markdown));
}

const outIndex = process.argv.indexOf("--out");
const outDir = outIndex > 0 && process.argv[outIndex + 1] ? resolve(process.argv[outIndex + 1]) : join(root, "hooks");
mkdirSync(outDir, { recursive: true });
const vocabulary = await vocabularyJson();
for (const hook of HOOKS) {
  const { order, builtins } = collect(hook.entry);
  checkNames(order, hook.file);
  const parts = [
    `// GENERATED by scripts/build-hooks.mjs from ${order.map((module) => relative(root, module.path)).join(", ")}${hook.vocabulary ? " and agents/backend-architect.md" : ""}.`,
    "// Do not edit: change the sources and run `npm run build`. Self-contained: runs with plain `node`, no npm install.",
    ...[...builtins].sort(),
    ...order.map((module) => `// ${relative(root, module.path)}\n${module.body}`),
  ];
  if (hook.vocabulary) parts.push(`const VOCABULARY = ${vocabulary};`);
  parts.push(hook.main, "");
  writeFileSync(join(outDir, hook.file), parts.join("\n"));
}
