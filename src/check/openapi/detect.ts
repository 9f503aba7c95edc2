import { isMap, isScalar, parseDocument } from "yaml";

/** The extensions an OpenAPI document is written in. */
const DOCUMENT_FILE = /\.(ya?ml|json)$/i;

/**
 * Whether a file is an OpenAPI (3.x) or Swagger document: a `.yaml`, `.yml` or `.json` file whose
 * top-level mapping has an `openapi: 3.x` or a `swagger` key. Broken YAML still counts when the
 * parser recovers that key, so a document the agent broke is checked (and its syntax reported).
 */
export function isOpenApiDocument(text: string, file: string): boolean {
  if (!DOCUMENT_FILE.test(file) || !/openapi|swagger/.test(text)) return false;
  let contents: unknown;
  try {
    contents = parseDocument(text, { prettyErrors: false, uniqueKeys: false }).contents;
  } catch {
    return false;
  }
  if (!isMap(contents)) return false;
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (key === "swagger") return true;
    if (key === "openapi") return (typeof value === "string" && value.startsWith("3")) || (typeof value === "number" && Math.floor(value) === 3);
  }
  return false;
}
