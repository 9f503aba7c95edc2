import { names, nodeAs, walk } from "../ast.js";
import type { SqlStatement } from "../parse.js";
import { BUILT_IN_EXTENSIONS, SHIPPED_EXTENSIONS } from "./extensions.js";

/** Why the embedded Postgres must not run a statement; found from the parse tree, before anything runs. */
export function skipReason(statement: SqlStatement): string | undefined {
  const copy = nodeAs(statement.node, "CopyStmt");
  if (copy?.is_from && !copy.filename) return "COPY ... FROM STDIN waits for rows from a client, and the embedded Postgres would hang on it";
  let sleeps = false;
  walk(statement.node, (kind, payload) => {
    if (kind !== "FuncCall") return;
    const parts = names((payload as { funcname?: Parameters<typeof names>[0] }).funcname);
    if (/^pg_sleep/.test(parts[parts.length - 1] ?? "")) sleeps = true;
  });
  return sleeps ? "pg_sleep only holds the run up" : undefined;
}

/** The extension a CREATE EXTENSION creates, when the embedded Postgres does not have it. */
export function unavailableExtension(statement: SqlStatement): string | undefined {
  const name = nodeAs(statement.node, "CreateExtensionStmt")?.extname;
  if (name === undefined || BUILT_IN_EXTENSIONS.has(name) || SHIPPED_EXTENSIONS[name] !== undefined) return undefined;
  return name;
}

/** Every extension the statements create. */
export function createdExtensions(statements: readonly SqlStatement[]): string[] {
  return statements.flatMap((statement) => {
    const name = nodeAs(statement.node, "CreateExtensionStmt")?.extname;
    return name === undefined ? [] : [name];
  });
}
