import { describe, expect, it } from "vitest";
import { checkFixture } from "./support.js";

/** Findings per code on real documents (tests/fixtures/openapi/real/README.md reviews each); any change is a decision. */
function countByCode(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes.sort()) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe("real documents", () => {
  it("Redocly's museum example (3.1): no structural finding, the standards it does not follow", async () => {
    const { diagnostics } = await checkFixture("real/museum.3.1.yaml");
    expect(countByCode(diagnostics.map((d) => d.code))).toEqual({
      OPENAPI_AUTH_BASIC: 1,
      OPENAPI_CREATED_WITHOUT_LOCATION: 2,
      OPENAPI_ETAG_MISSING: 1,
      OPENAPI_IDEMPOTENCY_KEY_MISSING: 2,
      OPENAPI_IF_MATCH_MISSING: 1,
      OPENAPI_INPUT_ARRAY_UNBOUNDED: 1,
      OPENAPI_INPUT_STRING_UNBOUNDED: 5,
      OPENAPI_LIST_OFFSET_PAGINATION: 2,
      OPENAPI_MONEY_FLOAT: 3,
      OPENAPI_PRECONDITION_FAILED_MISSING: 1,
      OPENAPI_PROBLEM_SCHEMA_INCOMPLETE: 1,
      OPENAPI_RETRY_RESPONSE_MISSING: 8,
    });
  });

  it("the OpenAPI Initiative's petstore-expanded (3.0)", async () => {
    const { diagnostics } = await checkFixture("real/oai-petstore-expanded.3.0.yaml");
    expect(countByCode(diagnostics.map((d) => d.code))).toEqual({
      OPENAPI_CREATE_NOT_201: 1,
      OPENAPI_ERROR_NOT_PROBLEM_DETAILS: 4,
      OPENAPI_ETAG_MISSING: 1,
      OPENAPI_ID_NOT_STRING: 3,
      OPENAPI_IDEMPOTENCY_KEY_MISSING: 1,
      OPENAPI_INPUT_STRING_UNBOUNDED: 2,
      OPENAPI_LIMIT_UNBOUNDED: 1,
      OPENAPI_LIST_NOT_CURSOR_PAGINATED: 1,
      OPENAPI_RETRY_RESPONSE_MISSING: 4,
      OPENAPI_SECURITY_MISSING: 4,
      OPENAPI_URL_NOT_HTTPS: 1,
    });
  });
});
