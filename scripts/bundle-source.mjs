// Bundles a TypeScript module of src/ and what it imports into one self-contained ES module, with no import
// but node: built-ins. Used by scripts/build-hooks.mjs (the committed hooks) and scripts/train-router.mjs
// (which must featurise prompts with the very code the hook runs, without a compiled dist/).
//
// How it bundles: each module is transpiled alone (ts.transpileModule), its relative imports are dropped
// (the imported module is emitted earlier in the same file), `export` keywords are removed, and the modules
// are concatenated in dependency order. The rules that make this safe are checked: imports only by plain
// name (no `as`, no default, no namespace), no npm packages, no duplicate top-level names.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export class BundleError extends Error {}

function transpile(path) {
  const source = readFileSync(path, "utf8");
  const output = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: true },
  }).outputText;
  return ts.createSourceFile(path, output, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
}

/** Walks the import graph from `entry` (relative to the repository), returning modules in dependency order and the node: imports. */
export function collect(entry) {
  const order = [];
  const seen = new Set();
  const builtins = new Set();
  const visit = (path, chain) => {
    if (seen.has(path)) return;
    if (chain.includes(path)) throw new BundleError(`import cycle through ${relative(root, path)}`);
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
        if (!specifier.startsWith(".")) throw new BundleError(`${name} imports "${specifier}": bundles may import only node: built-ins and relative modules`);
        const clause = statement.importClause;
        if (clause?.name || (clause?.namedBindings && !ts.isNamedImports(clause.namedBindings))) throw new BundleError(`${name}: only named imports are bundled`);
        for (const element of clause?.namedBindings?.elements ?? []) {
          if (element.propertyName) throw new BundleError(`${name}: renamed import "${element.propertyName.text} as ${element.name.text}" cannot be bundled`);
        }
        visit(resolve(dirname(path), specifier.replace(/\.js$/, ".ts")), [...chain, path]);
        continue;
      }
      if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) throw new BundleError(`${name}: export lists and default exports cannot be bundled`);
      let text = statement.getText(sourceFile);
      if (text.startsWith("export default ")) throw new BundleError(`${name}: default exports cannot be bundled`);
      if (text.startsWith("export ")) text = text.slice("export ".length);
      body.push(text);
    }
    seen.add(path);
    order.push({ path, body: body.join("\n") });
  };
  visit(resolve(root, entry), []);
  checkNames(order, entry);
  return { order, builtins };
}

function checkNames(order, entry) {
  const names = new Map();
  for (const { path } of order) {
    const sourceFile = transpile(path);
    for (const statement of sourceFile.statements) {
      const declared = [];
      if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) declared.push(statement.name.text);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) declared.push(declaration.name.text);
          else throw new BundleError(`${relative(root, path)}: destructuring at top level cannot be checked for clashes`);
        }
      }
      for (const name of declared) {
        const other = names.get(name);
        if (other && other !== path) throw new BundleError(`${entry}: "${name}" is declared in both ${relative(root, other)} and ${relative(root, path)}`);
        names.set(name, path);
      }
    }
  }
}

/** Imports `names` from a throwaway bundle of `entry`, so a script can run src/ code without a compiled dist/. */
export async function importBundled(entry, names) {
  const { order, builtins } = collect(entry);
  const code = `${[...builtins].join("\n")}\n${order.map((module) => module.body).join("\n")}\nexport { ${names.join(", ")} };\n`;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
