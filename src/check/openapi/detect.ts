import { CST, Parser } from "yaml";

/** The extensions an OpenAPI document is written in. */
const DOCUMENT_FILE = /\.(ya?ml|json)$/i;

/**
 * Whether a file is an OpenAPI (3.x) or Swagger document: a `.yaml`, `.yml` or `.json` file whose
 * top-level mapping has an `openapi: 3.x` or a `swagger` key. It reads the parser's concrete syntax
 * tree of the first document only, which is several times cheaper than building the document, so
 * a hook can ask it of every file written. Broken YAML still counts when the parser recovers that
 * key, so a document the agent broke is checked (and its syntax reported).
 */
export function isOpenApiDocument(text: string, file: string): boolean {
  if (!DOCUMENT_FILE.test(file) || !/openapi|swagger/.test(text)) return false;
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type !== "document") continue;
      return topLevelVersion(token.value);
    }
  } catch {
    return false;
  }
  return false;
}

function topLevelVersion(value: CST.Token | undefined): boolean {
  if (!value || !(value.type === "block-map" || (value.type === "flow-collection" && value.start.source === "{"))) return false;
  for (const item of value.items) {
    const key = item.key && CST.isScalar(item.key) ? CST.resolveAsScalar(item.key).value : undefined;
    if (key === "swagger") return true;
    if (key === "openapi") {
      // A plain `3.1` is a number in YAML and still meant as a version; the check reports it.
      const version = item.value && CST.isScalar(item.value) ? CST.resolveAsScalar(item.value).value : undefined;
      return typeof version === "string" && /^3(\.|$)/.test(version.trim());
    }
  }
  return false;
}
