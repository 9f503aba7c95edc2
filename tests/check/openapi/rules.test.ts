import { describe, expect, it } from "vitest";
import { openapiCodes } from "../../../src/diagnostics/codes/openapi.js";
import { at, checkFixture } from "./support.js";

type Row = [fixture: string, codes: string[], first: string];

// Each failing fixture in tests/fixtures/openapi/rules breaks one standard; the exact codes (sorted) and where the
// first one starts. Its twin `.pass.yaml` is the same document with that one thing fixed, and must be clean.
const RULES: Row[] = [
  ["list-not-cursor-paginated", ["OPENAPI_LIST_NOT_CURSOR_PAGINATED"], "6:5"],
  ["list-offset-pagination", ["OPENAPI_LIST_OFFSET_PAGINATION"], "10:11"],
  ["limit-unbounded", ["OPENAPI_LIMIT_UNBOUNDED"], "9:11"],
  ["idempotency-key-missing", ["OPENAPI_IDEMPOTENCY_KEY_MISSING"], "6:5"],
  ["error-not-problem-details", ["OPENAPI_ERROR_NOT_PROBLEM_DETAILS"], "18:9"],
  ["problem-schema-incomplete", ["OPENAPI_PROBLEM_SCHEMA_INCOMPLETE"], "22:15"],
  ["retry-response-missing", ["OPENAPI_RETRY_RESPONSE_MISSING"], "6:5"],
  ["retry-after-missing", ["OPENAPI_RETRY_AFTER_MISSING"], "19:9"],
  ["etag-missing", ["OPENAPI_ETAG_MISSING"], "11:9"],
  ["if-match-missing", ["OPENAPI_IF_MATCH_MISSING"], "6:5"],
  ["precondition-failed-missing", ["OPENAPI_PRECONDITION_FAILED_MISSING"], "6:5"],
  ["created-without-location", ["OPENAPI_CREATED_WITHOUT_LOCATION"], "16:9"],
  ["create-not-201", ["OPENAPI_CREATE_NOT_201"], "6:5"],
  ["security-missing", ["OPENAPI_SECURITY_MISSING"], "5:5"],
  ["security-scheme-undefined", ["OPENAPI_SECURITY_SCHEME_UNDEFINED"], "3:13"],
  ["auth-basic", ["OPENAPI_AUTH_BASIC"], "23:38"],
  ["api-key-in-query", ["OPENAPI_API_KEY_IN_QUERY"], "24:47"],
  ["url-not-https", ["OPENAPI_URL_NOT_HTTPS"], "4:10"],
  ["input-string-unbounded", ["OPENAPI_INPUT_STRING_UNBOUNDED"], "17:17"],
  ["input-array-unbounded", ["OPENAPI_INPUT_ARRAY_UNBOUNDED"], "17:17"],
  ["id-not-string", ["OPENAPI_ID_NOT_STRING", "OPENAPI_ID_NOT_STRING"], "20:19"],
  ["money-float", ["OPENAPI_MONEY_FLOAT", "OPENAPI_MONEY_FLOAT"], "20:19"],
  ["timestamp-not-date-time", ["OPENAPI_TIMESTAMP_NOT_DATE_TIME", "OPENAPI_TIMESTAMP_NOT_DATE_TIME"], "20:19"],
  ["path-not-kebab-case", ["OPENAPI_PATH_NOT_KEBAB_CASE"], "5:3"],
  ["path-not-plural", ["OPENAPI_PATH_NOT_PLURAL"], "5:3"],
];

// Documents that are not about one standard: syntax, versions, structure, $refs (tests/fixtures/openapi/documents).
export const DOCUMENTS: Row[] = [
  ["syntax.fail.yaml", ["OPENAPI_SYNTAX"], "8:16"],
  ["syntax.fail.json", ["OPENAPI_SYNTAX"], "5:1"],
  ["version-number.fail.yaml", ["OPENAPI_VERSION_UNSUPPORTED"], "1:10"],
  ["swagger-2.fail.yaml", ["OPENAPI_SWAGGER_2"], "1:1"],
  ["structure.fail.yaml", ["OPENAPI_RETRY_RESPONSE_MISSING", "OPENAPI_STRUCTURE"], "6:5"],
  ["ref-unresolved.fail.yaml", ["OPENAPI_REF_UNRESOLVED"], "10:17"],
  ["spec-rule.fail.yaml", ["OPENAPI_SPEC_RULE"], "14:7"],
];

describe("each rule fixture produces exactly its codes, at its position", () => {
  it.each(RULES)("%s", async (name, codes, first) => {
    const { file, diagnostics } = await checkFixture(`rules/${name}.fail.yaml`);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([...codes].sort());
    expect(at(diagnostics[0] as (typeof diagnostics)[number])).toBe(first);
    for (const d of diagnostics) {
      expect(d.file).toBe(file);
      expect(d.message).not.toMatch(/^Error/);
      expect(d.hint).toBeTruthy();
      expect(d.end.line * 1e6 + d.end.column).toBeGreaterThan(d.start.line * 1e6 + d.start.column);
    }
  });

  it.each(RULES.map(([name]) => name))("%s.pass.yaml is clean", async (name) => {
    expect((await checkFixture(`rules/${name}.pass.yaml`)).diagnostics).toEqual([]);
  });
});

// Edge cases with no code of their own: what the rules must leave alone.
const EDGES = [
  "edge-search-post", // a search sent as POST for its body needs no Idempotency-Key, and is not a create
  "edge-oauth-token", // an OAuth token endpoint (a form post) is not ours to give an Idempotency-Key
];

describe("edge fixtures produce nothing", () => {
  it.each(EDGES)("%s.yaml", async (name) => {
    expect((await checkFixture(`rules/${name}.yaml`)).diagnostics).toEqual([]);
  });
});

describe("each document fixture produces exactly its codes, at its position", () => {
  it.each(DOCUMENTS)("%s", async (name, codes, first) => {
    const { diagnostics } = await checkFixture(`documents/${name}`);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([...codes].sort());
    expect(at(diagnostics[0] as (typeof diagnostics)[number])).toBe(first);
  });
});

describe("the tables cover the catalog", () => {
  it("every OpenAPI code has a fixture (the $ref codes in documents.test.ts, CHECK_FAILED in engine-failure.test.ts)", () => {
    const covered = new Set([...RULES, ...DOCUMENTS].flatMap(([, codes]) => codes));
    const elsewhere = ["OPENAPI_REF_NOT_FOLLOWED", "OPENAPI_CHECK_FAILED"];
    expect(Object.keys(openapiCodes).filter((code) => !covered.has(code) && !elsewhere.includes(code))).toEqual([]);
  });
});

describe("wording", () => {
  it("names the operation and says what to do", async () => {
    const [finding] = (await checkFixture("rules/idempotency-key-missing.fail.yaml")).diagnostics;
    expect(finding).toMatchObject({ severity: "warning", start: { line: 6, column: 5 }, end: { line: 6, column: 9 } });
    expect(finding?.message).toMatchInlineSnapshot(`"POST /orders takes no Idempotency-Key header; a client that retries after a timeout creates, charges or sends twice."`);
    expect(finding?.hint).toMatchInlineSnapshot(`"Add a header parameter \`Idempotency-Key\` (a string with a maxLength); store the key with the request fingerprint and the response, and replay it on a repeat."`);
  });
});
