import type { BaseResolver, Config, Document, NormalizedProblem, Source } from "@redocly/openapi-core";
import type { Range } from "../../diagnostics/findings.js";
import { parseText, type ParsedNodes } from "./parse.js";
import { splitRef } from "./pointer.js";
import type { At, Finding, ReadFile } from "./types.js";
import { valueAt } from "./values.js";

/** Why a `$ref` to this file was not followed, or the syntax error that stopped reading it. */
export interface EngineFiles {
  /** Parsed value of every file read, the checked one included, by absolute path. */
  values: Map<string, unknown>;
  /** The parsed nodes of every file read, for positions. */
  nodes: Map<string, ParsedNodes>;
  syntax: Map<string, { detail: string; range: Range }>;
  notFollowed: Map<string, string>;
}

export interface EngineResult {
  findings: Finding[];
  files: EngineFiles;
  /** The absolute path a `$ref` written in `from` names (the engine's own resolution). */
  resolveRef(from: string, ref: string): string;
}

export interface EngineInput {
  root: string;
  text: string;
  value: unknown;
  nodes: ParsedNodes;
  readFile: ReadFile | undefined;
  display(absolute: string): string;
}

type Redocly = typeof import("@redocly/openapi-core");

let loaded: Promise<{ redocly: Redocly; config: Config }> | undefined;

/**
 * Redocly's openapi-core, loaded on first use: importing it costs more than the rest of the check,
 * and most callers of this package never lint an OpenAPI document. Its `spec` ruleset is what the
 * OpenAPI specification itself requires (structure, `$ref`s, unique operationIds, declared path
 * parameters, ...), for 2.0, 3.0, 3.1 and 3.2.
 */
function load(): Promise<{ redocly: Redocly; config: Config }> {
  loaded ??= import("@redocly/openapi-core").then(async (redocly) => ({
    redocly,
    // spec-strict-refs stays off, as in Redocly's recommended rules: a $ref where an Operation object goes is
    // outside the letter of the specification, yet bundlers resolve it and large multi-file specs rely on it
    // (DigitalOcean's public spec has 2,001 of them). Everything the file refers to is still read and checked.
    config: await redocly.createConfig({ extends: ["spec"], rules: { "spec-strict-refs": "off" } }),
  }));
  return loaded;
}

/** Runs Redocly's spec rules over the document and every file its `$ref`s reach. */
export async function runEngine(input: EngineInput): Promise<EngineResult> {
  const files: EngineFiles = {
    values: new Map([[input.root, input.value]]),
    nodes: new Map([[input.root, input.nodes]]),
    syntax: new Map(),
    notFollowed: new Map(),
  };
  const { redocly, config } = await load();
  const resolver = fileResolver(redocly, input, files);
  const document: Document = { source: new redocly.Source(input.root, input.text), parsed: input.value };
  const problems = await redocly.lintDocument({ document, config, externalRefResolver: resolver });
  const resolveRef = (from: string, ref: string): string => {
    const { file } = splitRef(ref);
    return file === "" ? from : resolver.resolveExternalRef(from, file);
  };
  const findings = problems.flatMap((problem) => toFindings(problem, files, resolveRef));
  return { findings, files, resolveRef };
}

/** Reads `$ref`d files through the caller's `readFile` and parses them as the checked file is parsed. */
function fileResolver(redocly: Redocly, input: EngineInput, files: EngineFiles): BaseResolver {
  return new (class extends redocly.BaseResolver {
    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      const refuse = (reason: string): never => {
        files.notFollowed.set(absoluteRef, reason);
        throw new Error(reason);
      };
      if (redocly.isAbsoluteUrl(absoluteRef)) refuse("the check reads no network");
      if (!input.readFile) refuse("no file access was given to the check");
      let body: string | undefined;
      try {
        body = await input.readFile?.(input.display(absoluteRef));
      } catch {
        body = undefined;
      }
      if (body === undefined) throw new Error("the file does not exist or cannot be read");
      return new redocly.Source(absoluteRef, body);
    }

    override parseDocument(source: Source, isRoot = false): Document {
      if (!isRoot && !/\.(ya?ml|json)$/i.test(source.absoluteRef)) return { source, parsed: source.body };
      const parsed = parseText(source.body, source.absoluteRef);
      if (!parsed.ok) {
        files.syntax.set(source.absoluteRef, { detail: parsed.detail, range: parsed.range });
        throw new Error("the file is not valid YAML or JSON");
      }
      files.values.set(source.absoluteRef, parsed.value);
      files.nodes.set(source.absoluteRef, parsed.nodes);
      return { source, parsed: parsed.value };
    }
  })();
}

/** Redocly's problem as our finding: the rule decides the code, its message becomes the detail. */
function toFindings(problem: NormalizedProblem, files: EngineFiles, resolveRef: (from: string, ref: string) => string): Finding[] {
  const location = problem.location[0];
  if (!location || location.pointer === undefined) return [];
  const file = location.source.absoluteRef;
  const pointer = pointerSegments(location.pointer);
  const part = location.reportOnKey ? "key" : "value";
  if (problem.ruleId === "no-unresolved-refs") {
    const holder = valueAt(files.values.get(file), pointer);
    const ref = typeof holder === "object" && holder !== null && "$ref" in holder ? holder.$ref : undefined;
    if (typeof ref !== "string") return [];
    const at: At = { file, pointer: [...pointer, "$ref"] };
    const target = resolveRef(file, ref);
    // A file with a syntax error gets its own finding, in that file.
    if (files.syntax.has(target)) return [];
    const reason = files.notFollowed.get(target);
    if (reason !== undefined) return [{ code: "OPENAPI_REF_NOT_FOLLOWED", args: { ref, reason }, at, part: "value" }];
    const detail = problem.message.replace(/^Can't resolve \$ref:?\s*/, "") || "nothing is at that pointer";
    return [{ code: "OPENAPI_REF_UNRESOLVED", args: { ref, detail }, at, part: "value" }];
  }
  // Redocly cannot see a path parameter declared behind a $ref it could not follow.
  if (problem.ruleId === "path-parameters-defined" && hidesParameters(files, file, pointer, resolveRef)) return [];
  const suggestion = problem.suggest?.[0];
  const detail = suggestion ? `${problem.message} Did you mean "${suggestion}"?` : problem.message;
  const at: At = { file, pointer };
  if (problem.ruleId === "struct") return [{ code: "OPENAPI_STRUCTURE", args: { detail }, at, part }];
  return [{ code: "OPENAPI_SPEC_RULE", args: { rule: problem.ruleId, detail }, at, part }];
}

/** Whether the operation at `pointer`, or its path item, lists a parameter `$ref` into a file that was not read. */
function hidesParameters(files: EngineFiles, file: string, pointer: readonly string[], resolveRef: (from: string, ref: string) => string): boolean {
  const owners = [pointer, pointer.slice(0, -1)];
  return owners.some((owner) => {
    const parameters = valueAt(files.values.get(file), [...owner, "parameters"]);
    if (!Array.isArray(parameters)) return false;
    return parameters.some((parameter: unknown) => {
      const ref = typeof parameter === "object" && parameter !== null && "$ref" in parameter ? parameter.$ref : undefined;
      return typeof ref === "string" && !files.values.has(resolveRef(file, ref));
    });
  });
}

/** Redocly's pointers are `#/paths/~1orders/get`, escaped but not percent-encoded. */
function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#\/?/, "");
  if (body === "") return [];
  return body.split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
