import type { OpenApiCode } from "../../diagnostics/codes/openapi.js";
import type { DiagnosticArgs } from "../../diagnostics/findings.js";

/**
 * Reads a file that a `$ref` names, in the same form as the checked file's own path (relative stays
 * relative, absolute stays absolute). Resolves to undefined when the file does not exist or cannot
 * be read; it should not reject, but a rejection is treated the same way.
 */
export type ReadFile = (path: string) => Promise<string | undefined>;

export interface CheckOpenApiInput {
  /** The document's path, as findings should name it. */
  file: string;
  text: string;
  /** How to read the files external `$ref`s name. Without it they are not followed (an info finding says so). */
  readFile?: ReadFile;
}

/** A place in a parsed file: the file's absolute path and a JSON pointer, as unescaped segments. */
export interface At {
  file: string;
  pointer: readonly string[];
}

/** Point at a key (e.g. the `post` of an operation) or at a value. */
export type Part = "key" | "value";

/** What a check found, before it has a position: a code, its typed arguments and a place. */
export type Finding = {
  [C in OpenApiCode]: { code: C; args: DiagnosticArgs<C>; at: At; part: Part };
}[OpenApiCode];
