import { extname } from "node:path";
import type { Diagnostic } from "../diagnostics/types.js";
import { checkOpenApi, isOpenApiDocument } from "./openapi/index.js";
import { isDownFile } from "./sql/layout.js";
import { lintSequence } from "./sql/lint.js";
import { loadSqlParser } from "./sql/parse.js";

/** What kind of file `check` treats a path as, from its name alone (an OpenAPI document needs its text too). */
export function checkedKindOf(file: string): "migration" | "document" | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === ".sql") return "migration";
  if (extension === ".yaml" || extension === ".yml" || extension === ".json") return "document";
  return undefined;
}

export interface CheckTextInput {
  file: string;
  text: string;
  /** Reads a file an OpenAPI document refers to; undefined when it cannot. */
  readFile?: (path: string) => Promise<string | undefined>;
}

/**
 * The static checks of one file's text, as the agent's hook runs them: a migration on its own (only the
 * tables it creates count as new; a down migration is only parsed), or an OpenAPI document. Anything else
 * has no findings. Never throws on user input.
 */
export async function checkText(input: CheckTextInput): Promise<Diagnostic[]> {
  const kind = checkedKindOf(input.file);
  if (kind === "migration") {
    const parser = await loadSqlParser();
    const source = { file: input.file, text: input.text };
    const unit = isDownFile(input.file) ? { name: input.file, up: { file: input.file, text: "" }, down: source } : { name: input.file, up: source };
    return lintSequence([unit], parser);
  }
  if (kind === "document" && isOpenApiDocument(input.text, input.file)) {
    return checkOpenApi({ file: input.file, text: input.text, ...(input.readFile ? { readFile: input.readFile } : {}) });
  }
  return [];
}
