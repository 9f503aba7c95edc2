import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkOpenApi, isOpenApiDocument } from "../../../src/check/openapi/index.js";
import { at, checkFixture, fixtures, readFromDisk } from "./support.js";

describe("a spec that follows every standard gets no finding", () => {
  it.each(["orders-payments.3.1.yaml", "orders-payments.3.0.yaml"])("%s", async (name) => {
    const { diagnostics } = await checkFixture(`clean/${name}`);
    expect(diagnostics).toEqual([]);
  });

  it("the same spec as JSON", async () => {
    const text = JSON.stringify(parse(await readFile(join(fixtures, "clean/orders-payments.3.1.yaml"), "utf8")), null, 2);
    expect(await checkOpenApi({ file: "orders-payments.json", text })).toEqual([]);
  });

  it("is long enough to mean something (300+ lines, a 3.1 and a 3.0 variant)", async () => {
    for (const name of ["orders-payments.3.1.yaml", "orders-payments.3.0.yaml"]) {
      expect((await readFile(join(fixtures, "clean", name), "utf8")).split("\n").length).toBeGreaterThan(300);
    }
  });

  it("the 3.1 spec declared as 3.0 is invalid (the engine checks each version's own structure)", async () => {
    const text = (await readFile(join(fixtures, "clean/orders-payments.3.1.yaml"), "utf8")).replace("openapi: 3.1.0", "openapi: 3.0.3");
    const codes = new Set((await checkOpenApi({ file: "downgraded.yaml", text })).map((d) => d.code));
    expect(codes).toEqual(new Set(["OPENAPI_STRUCTURE"]));
  });
});

describe("external $refs", () => {
  it("reads an operation kept in its own file, as Redocly's recommended rules do: no spec-strict-refs error, and the operation checked", async () => {
    const { file, diagnostics } = await checkFixture("documents/operation-refs/main.yaml");
    expect(diagnostics.map((d) => `${relative(join(file, ".."), d.file)}:${at(d)} ${d.code}`)).toEqual(["main.yaml:13:5 OPENAPI_RETRY_RESPONSE_MISSING"]);
  });

  it("follows them through readFile, relative to the file, and reports each finding in its own file", async () => {
    const { file, diagnostics } = await checkFixture("documents/refs/main.yaml");
    const schemas = join(file, "..", "schemas");
    expect(diagnostics.map((d) => `${relative(join(file, ".."), d.file)}:${at(d)} ${d.code}`)).toEqual([
      "main.yaml:18:23 OPENAPI_REF_UNRESOLVED",
      "main.yaml:20:23 OPENAPI_REF_NOT_FOLLOWED",
      "schemas/broken.yaml:3:1 OPENAPI_SYNTAX",
      "schemas/order.yaml:5:3 OPENAPI_MONEY_FLOAT",
    ]);
    expect(diagnostics.find((d) => d.code === "OPENAPI_MONEY_FLOAT")?.file).toBe(join(schemas, "order.yaml"));
    expect(diagnostics.find((d) => d.code === "OPENAPI_REF_NOT_FOLLOWED")?.severity).toBe("info");
  });

  it("asks readFile for paths in the form the file was given (absolute stays absolute)", async () => {
    const file = join(fixtures, "documents/refs/main.yaml");
    const asked: string[] = [];
    await checkOpenApi({ file, text: await readFile(file, "utf8"), readFile: (path) => (asked.push(path), readFromDisk(path)) });
    expect(asked.sort()).toEqual([
      join(fixtures, "documents/refs/schemas/broken.yaml"),
      join(fixtures, "documents/refs/schemas/missing.yaml"),
      join(fixtures, "documents/refs/schemas/order.yaml"),
      join(fixtures, "rules/common.yaml"),
    ]);
  });

  it("without readFile, external $refs are not followed and say so (info), and nothing else is guessed", async () => {
    const file = join(fixtures, "documents/refs/main.yaml");
    const diagnostics = await checkOpenApi({ file, text: await readFile(file, "utf8") });
    expect(new Set(diagnostics.map((d) => `${d.code} ${d.severity}`))).toEqual(new Set(["OPENAPI_REF_NOT_FOLLOWED info"]));
  });

  it("a readFile that rejects is a missing file, not a crash", async () => {
    const file = join(fixtures, "documents/refs/main.yaml");
    const diagnostics = await checkOpenApi({ file, text: await readFile(file, "utf8"), readFile: () => Promise.reject(new Error("EACCES")) });
    expect(diagnostics.filter((d) => d.code === "OPENAPI_REF_UNRESOLVED").length).toBeGreaterThan(0);
  });
});

describe("isOpenApiDocument", () => {
  it.each([
    ["openapi: 3.1.0\ninfo: {}\n", "api.yaml", true],
    ["openapi: '3.0.3'\n", "api.yml", true],
    ['{"openapi": "3.1.0"}', "api.json", true],
    ["openapi: 3.1\n", "api.yaml", true],
    ['swagger: "2.0"\n', "api.yaml", true],
    ["openapi: 3.1.0\npaths:\n  /a: [\n", "broken.yaml", true],
    ["openapi: 3.1.0\n", "README.md", false],
    ["asyncapi: 2.6.0\n", "events.yaml", false],
    ["info:\n  openapi: 3.1.0\n", "nested.yaml", false],
    ["openapi: 2.0\n", "api.yaml", false],
    ["- openapi: 3.1.0\n", "list.yaml", false],
    ["", "empty.yaml", false],
  ] as const)("%j in %s is %s", (text, file, expected) => {
    expect(isOpenApiDocument(text, file)).toBe(expected);
  });

  it("holds for every fixture the checks run on", async () => {
    const { file } = await checkFixture("clean/orders-payments.3.1.yaml");
    expect(isOpenApiDocument(await readFile(file, "utf8"), file)).toBe(true);
  });
});

describe("documents that are not OpenAPI", () => {
  it.each(["name: not an api\n", "- a list\n", "just text", "{}"])("%j gives no finding", async (text) => {
    expect(await checkOpenApi({ file: "other.yaml", text })).toEqual([]);
  });
});

describe("hostile and odd documents are findings, not crashes", () => {
  it("an alias bomb stops at the parser, as a syntax finding", async () => {
    let text = "openapi: 3.1.0\na: &a [x, x, x, x, x, x, x, x, x]\n";
    let previous = "a";
    for (let level = 0; level < 9; level++) {
      text += `b${level}: &b${level} [${Array(9).fill(`*${previous}`).join(", ")}]\n`;
      previous = `b${level}`;
    }
    const diagnostics = await checkOpenApi({ file: "bomb.yaml", text });
    expect(diagnostics.map((d) => d.code)).toEqual(["OPENAPI_SYNTAX"]);
  });

  it("nesting too deep to read is a syntax finding that says so", async () => {
    const text = `{"openapi": "3.1.0", "x": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const [finding] = await checkOpenApi({ file: "deep.json", text });
    expect(finding?.code).toBe("OPENAPI_SYNTAX");
    expect(finding?.message).toContain("nested too deeply");
  });

  it("a cycle of $refs is reported at a $ref of the cycle, and the standards still run", async () => {
    const text = [
      "openapi: 3.1.0",
      "info: {title: Cycle, version: '1'}",
      "paths: {}",
      "components:",
      "  schemas:",
      "    A: {$ref: '#/components/schemas/B'}",
      "    B: {$ref: '#/components/schemas/A'}",
      "    Order: {type: object, properties: {total: {type: number}}}",
      "",
    ].join("\n");
    const diagnostics = await checkOpenApi({ file: "cycle.yaml", text });
    expect(diagnostics.map((d) => `${d.code}@${at(d)}`)).toEqual(["OPENAPI_REF_UNRESOLVED@7:15", "OPENAPI_MONEY_FLOAT@8:40"]);
  });

  it("OpenAPI 3.2 is checked too: the clean spec declared 3.2.0 stays clean", async () => {
    const text = (await readFile(join(fixtures, "clean/orders-payments.3.1.yaml"), "utf8")).replace("openapi: 3.1.0", "openapi: 3.2.0");
    expect(await checkOpenApi({ file: "api.yaml", text })).toEqual([]);
  });

  it("a document with 3,000 operations is checked in linear time", async () => {
    let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n";
    for (let i = 0; i < 3000; i++) {
      text += `  /things${i}/{thingId}:\n    get:\n      operationId: get${i}\n      parameters: [{name: thingId, in: path, required: true, schema: {type: string, maxLength: 64}}]\n      responses: {'200': {description: OK}}\n`;
    }
    const diagnostics = await checkOpenApi({ file: "big.yaml", text });
    expect(diagnostics.length).toBe(3000 * 4);
  }, 60_000);
});
