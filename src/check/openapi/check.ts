import { dirname, resolve } from "node:path";
import { openapiCodes } from "../../diagnostics/codes/openapi.js";
import { diagnosticFor } from "../../diagnostics/diagnostic.js";
import type { Range } from "../../diagnostics/types.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { runEngine, type EngineFiles } from "./engine.js";
import { fileNames, type FileNames } from "./files.js";
import { locator, type Locator } from "./locate.js";
import { operations } from "./operations.js";
import { parseText, type ParsedNodes } from "./parse.js";
import { splitRef } from "./pointer.js";
import { refCycles } from "./cycles.js";
import { collector } from "./rules/context.js";
import { RULES } from "./rules/index.js";
import { allSchemas } from "./schema.js";
import type { CheckOpenApiInput, Finding } from "./types.js";
import { isObject, type JsonObject } from "./values.js";
import { SpecView } from "./view.js";

const diagnostic = diagnosticFor(openapiCodes);

/**
 * Checks an OpenAPI document: its syntax, its structure against the OpenAPI specification (with
 * every `$ref`, in whichever file it points to), and the agent's API standards. Never throws: bad
 * input is a finding, and a failure of the check itself is reported as OPENAPI_CHECK_FAILED.
 */
export async function checkOpenApi(input: CheckOpenApiInput): Promise<Diagnostic[]> {
  try {
    return await check(input);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 160) ?? "";
    return [diagnostic("OPENAPI_CHECK_FAILED", input.file, FILE_START, { detail })];
  }
}

const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

async function check(input: CheckOpenApiInput): Promise<Diagnostic[]> {
  const names = fileNames(input.file);
  const parsed = parseText(input.text, input.file);
  if (!parsed.ok) return [diagnostic("OPENAPI_SYNTAX", input.file, parsed.range, { detail: parsed.detail })];
  const root = parsed.value;
  if (!isObject(root) || !("openapi" in root || "swagger" in root)) return [];
  const unsupported = versionProblem(root);
  const rootOnly = rootFiles(names.root, root, parsed.nodes);
  if (unsupported) return toDiagnostics([{ ...unsupported, at: { file: names.root, pointer: [unsupported.key] } }], rootOnly, names);

  let files = rootOnly;
  let resolveRef = (from: string, ref: string): string => {
    const { file } = splitRef(ref);
    return file === "" ? from : resolve(dirname(from), file);
  };
  const findings: Finding[] = [];
  try {
    const engine = await runEngine({ root: names.root, text: input.text, value: root, nodes: parsed.nodes, readFile: input.readFile, display: names.display });
    findings.push(...engine.findings);
    files = engine.files;
    resolveRef = engine.resolveRef;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Redocly stops on a $ref cycle; refCycles below reports it where it is, as the document's fault.
    if (!/circular/i.test(message)) {
      const detail = `the OpenAPI engine failed: ${message.split("\n")[0]?.slice(0, 120)}`;
      findings.push({ code: "OPENAPI_CHECK_FAILED", args: { detail }, at: { file: names.root, pointer: [] }, part: "value" });
    }
  }
  findings.push(...refCycles(files.values, resolveRef));

  if ("swagger" in root) {
    findings.push({ code: "OPENAPI_SWAGGER_2", args: {}, at: { file: names.root, pointer: ["swagger"] }, part: "key" });
  } else {
    const view = new SpecView(files.values, resolveRef, names.root);
    const { context, findings: found } = collector(view, operations(view), allSchemas(view));
    for (const rule of RULES) rule(context);
    findings.push(...found);
  }
  const syntax = [...files.syntax].map(([file, error]) => diagnostic("OPENAPI_SYNTAX", names.display(file), error.range, { detail: error.detail }));
  return sorted([...syntax, ...toDiagnostics(findings, files, names)], input.file);
}

function rootFiles(root: string, value: unknown, nodes: ParsedNodes): EngineFiles {
  return { values: new Map([[root, value]]), nodes: new Map([[root, nodes]]), syntax: new Map(), notFollowed: new Map() };
}

type VersionProblem = Omit<Extract<Finding, { code: "OPENAPI_VERSION_UNSUPPORTED" }>, "at"> & { key: string };

/** Only OpenAPI 3.0, 3.1 and 3.2, and Swagger 2.0, have a specification to check against. */
function versionProblem(root: JsonObject): VersionProblem | undefined {
  const key = "openapi" in root ? "openapi" : "swagger";
  const version = root[key];
  const known = key === "openapi" ? typeof version === "string" && /^3\.[012]\./.test(version) : version === "2.0";
  if (known) return undefined;
  const shown = typeof version === "string" ? `"${version}"` : `${JSON.stringify(version) ?? "nothing"} (not a string)`;
  return { code: "OPENAPI_VERSION_UNSUPPORTED", args: { version: shown }, part: "value", key };
}

/** Positions from each file's own nodes; one finding per code, place and wording; sorted by file and position. */
function toDiagnostics(findings: readonly Finding[], files: EngineFiles, names: FileNames): Diagnostic[] {
  const locators = new Map<string, Locator>();
  const locate = (finding: Finding): Range => {
    let find = locators.get(finding.at.file);
    if (!find) {
      const nodes = files.nodes.get(finding.at.file);
      find = nodes === undefined ? () => FILE_START : locator(nodes);
      locators.set(finding.at.file, find);
    }
    return find(finding.at.pointer, finding.part);
  };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    // A shared definition is one fact however many operations reach it; path segments are one each.
    const segment = "segment" in finding.args ? finding.args.segment : "";
    const key = `${finding.code}\0${finding.at.file}\0${finding.at.pointer.join("/")}\0${finding.part}\0${segment}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic(finding.code, names.display(finding.at.file), locate(finding), finding.args));
  }
  return sorted(diagnostics, names.display(names.root));
}

/** The checked file first, then the files it references; in each, by position. */
function sorted(diagnostics: Diagnostic[], rootFile: string): Diagnostic[] {
  const order = (file: string): number => (file === rootFile ? 0 : 1);
  return diagnostics.sort(
    (a, b) =>
      order(a.file) - order(b.file) ||
      a.file.localeCompare(b.file) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      a.code.localeCompare(b.code),
  );
}
