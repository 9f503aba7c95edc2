import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { checkOpenApi } from "../../../src/check/openapi/index.js";

export const fixtures = fileURLToPath(new URL("../../fixtures/openapi/", import.meta.url));

/** Reads referenced files from disk, as the CLI and the hook do. */
export const readFromDisk = (path: string): Promise<string | undefined> => readFile(path, "utf8").catch(() => undefined);

/** Checks a fixture by its path relative to tests/fixtures/openapi, as a relative file name. */
export async function checkFixture(name: string) {
  const file = relative(process.cwd(), `${fixtures}${name}`);
  return { file, diagnostics: await checkOpenApi({ file, text: await readFile(file, "utf8"), readFile: readFromDisk }) };
}

export const at = (d: { start: { line: number; column: number } }): string => `${d.start.line}:${d.start.column}`;
