import { code, family } from "../define.js";

/** An HTTP operation, as messages name it: `POST /orders`. */
type Operation = { method: string; path: string };

/**
 * Codes about OpenAPI documents (3.0, 3.1, 3.2; Swagger 2.0 is only checked for structure). Owned by
 * src/check/openapi. Errors: the document is invalid, so tools reject or misread it. Warnings: the
 * document is valid but breaks one of the agent's API standards (agents/backend-architect.md).
 */
export const openapiCodes = family("openapi", {
  // --- the document itself ---
  OPENAPI_SYNTAX: code({
    severity: "error",
    title: "Not valid YAML or JSON",
    message: (a: { detail: string }) => `This OpenAPI document is not valid YAML or JSON (${a.detail}), so no tool can read it.`,
    hint: () => "Fix the syntax at this position; in YAML, check the indentation and quote values that hold `: ` or start with `{`, `[`, `*` or `&`.",
    peer: "Spectral: `parser`; Redocly: its parse error",
  }),
  OPENAPI_VERSION_UNSUPPORTED: code({
    severity: "error",
    title: "Unknown OpenAPI version",
    message: (a: { version: string }) => `The version ${a.version} is not an OpenAPI version tools know, so nothing in the document can be checked.`,
    hint: () => 'Write `openapi: 3.1.0` (or 3.0.3) as a quoted or plain string.',
    peer: "Redocly: \"Unsupported OpenAPI version\"; Spectral: `oas3-schema`",
  }),
  OPENAPI_SWAGGER_2: code({
    severity: "warning",
    title: "Swagger 2.0 document",
    message: () => "This is a Swagger 2.0 document: only its structure is checked, not the API standards, which are written for OpenAPI 3.",
    hint: () => "Write the contract in OpenAPI 3.1 (`openapi: 3.1.0`), as the agent's standards ask; converters such as swagger2openapi do most of it.",
  }),
  OPENAPI_STRUCTURE: code({
    severity: "error",
    title: "Does not follow the specification",
    message: (a: { detail: string }) => `The document does not follow the OpenAPI specification here: ${a.detail}`,
    hint: () => "Fix the field so that it has the name and type the OpenAPI specification gives it; generators and validators reject or skip it otherwise.",
    peer: "Redocly: `struct`; Spectral: `oas3-schema`",
  }),
  OPENAPI_REF_UNRESOLVED: code({
    severity: "error",
    title: "Unresolved $ref",
    message: (a: { ref: string; detail: string }) => `The $ref "${a.ref}" cannot be resolved (${a.detail}), so everything behind it is missing to readers and generators.`,
    hint: () => "Point the $ref at an existing file and JSON pointer, relative to the file that holds it (e.g. `#/components/schemas/Order` or `./schemas/order.yaml`).",
    peer: "Redocly: `no-unresolved-refs`; Spectral: `invalid-ref`",
  }),
  OPENAPI_REF_NOT_FOLLOWED: code({
    severity: "info",
    title: "$ref not followed",
    message: (a: { ref: string; reason: string }) => `The $ref "${a.ref}" was not followed (${a.reason}), so what it points to is not checked.`,
    hint: () => "Keep the definitions the contract needs in files beside it, referenced by relative path.",
  }),
  OPENAPI_CHECK_FAILED: code({
    severity: "info",
    title: "Check stopped early",
    message: (a: { detail: string }) => `The check stopped early on this document (${a.detail}), so some findings may be missing.`,
    hint: () => "Report this to backend-architect with the document; the other findings still hold.",
  }),
  OPENAPI_SPEC_RULE: code({
    severity: "error",
    title: "Forbidden by the specification",
    message: (a: { rule: string; detail: string }) => `The OpenAPI specification forbids this (${a.rule}): ${a.detail}`,
    hint: () => "Change the document as the message says; tools that follow the specification reject or misread it otherwise.",
    peer: "Redocly's `spec` ruleset (the rule is named in the message); most are in Spectral's `oas` too",
  }),

  // --- pagination ---
  OPENAPI_LIST_NOT_CURSOR_PAGINATED: code({
    severity: "warning",
    title: "List without cursor pagination",
    message: (a: Operation & { missing: string }) =>
      `${a.method} ${a.path} returns a list but has no ${a.missing} parameter; an unpaginated list grows until it times out or exhausts memory.`,
    hint: () => "Add a `limit` query parameter (integer, with a default and a maximum) and an opaque string `cursor` parameter, and return the next cursor with each page.",
    peer: "OWASP API4 (unrestricted resource consumption)",
  }),
  OPENAPI_LIST_OFFSET_PAGINATION: code({
    severity: "warning",
    title: "Offset pagination",
    message: (a: Operation & { parameter: string }) =>
      `${a.method} ${a.path} pages with "${a.parameter}"; offsets skip or repeat items when rows are inserted or deleted, and deep offsets make the database scan every skipped row.`,
    hint: () => "Use an opaque `cursor` over a stable sort with a unique tiebreaker. Offsets suit only small bounded sets: give the offset a `maximum` to say so.",
  }),
  OPENAPI_LIMIT_UNBOUNDED: code({
    severity: "warning",
    title: "Page size without a maximum",
    message: (a: { parameter: string; missing: string }) =>
      `The page size "${a.parameter}" has no ${a.missing}; a client can ask for every row at once (OWASP API4: unrestricted resource consumption).`,
    hint: () => "Give the limit's schema a `default` (e.g. 20) and a hard `maximum` (e.g. 100).",
    peer: "OWASP API4; Spectral `owasp:api4:2023-integer-limit` (for every integer)",
  }),

  // --- retries and idempotency ---
  OPENAPI_IDEMPOTENCY_KEY_MISSING: code({
    severity: "warning",
    title: "POST without Idempotency-Key",
    message: (a: { path: string }) =>
      `POST ${a.path} takes no Idempotency-Key header; a client that retries after a timeout creates, charges or sends twice.`,
    hint: () => "Add a header parameter `Idempotency-Key` (a string with a maxLength); store the key with the request fingerprint and the response, and replay it on a repeat.",
  }),
  OPENAPI_RETRY_RESPONSE_MISSING: code({
    severity: "warning",
    title: "No 429 or 503 response",
    message: (a: Operation & { missing: string }) =>
      `${a.method} ${a.path} declares no ${a.missing} response; clients cannot tell "slow down" or "try later" from a failure, and retry at once.`,
    hint: () => "Declare `429` (rate limited) and `503` (unavailable), each with a `Retry-After` header, usually as shared components/responses.",
    peer: "OWASP API4; Spectral `owasp:api4:2023-rate-limit-responses-429`",
  }),
  OPENAPI_RETRY_AFTER_MISSING: code({
    severity: "warning",
    title: "No Retry-After header",
    message: (a: { status: string }) => `This ${a.status} response has no Retry-After header, so clients guess when to retry and retry too soon.`,
    hint: () => "Add `headers: { Retry-After: { schema: { type: integer, minimum: 0 } } }` (seconds) to the response.",
    peer: "Spectral `owasp:api4:2023-rate-limit-retry-after` (429 only)",
  }),

  // --- errors ---
  OPENAPI_ERROR_NOT_PROBLEM_DETAILS: code({
    severity: "warning",
    title: "Error not in problem details",
    message: (a: { status: string; response: string }) =>
      `The ${a.status} response ${a.response} is not application/problem+json, so clients cannot handle errors in one way (RFC 9457).`,
    hint: () => "Return `application/problem+json` with a Problem schema (`type`, `title`, `status`, `detail`, `instance`), usually as a shared components/responses entry.",
    peer: "Redocly `operation-4xx-problem-details-rfc7807` (off by default, 4xx only); Spectral OWASP `owasp:api8:2023-define-error-responses-*` ask for the responses, not their format",
  }),
  OPENAPI_PROBLEM_SCHEMA_INCOMPLETE: code({
    severity: "warning",
    title: "Incomplete problem details schema",
    message: (a: { missing: string }) => `This problem details schema has no ${a.missing}, which RFC 9457 clients rely on.`,
    hint: () => "Give the schema the properties `type` (URI), `title`, `status` (integer), and `detail` and `instance` as needed.",
    peer: "Redocly `operation-4xx-problem-details-rfc7807` checks `type` only",
  }),

  // --- status codes and concurrency ---
  OPENAPI_CREATED_WITHOUT_LOCATION: code({
    severity: "warning",
    title: "201 without Location",
    message: (a: Operation) => `The 201 response of ${a.method} ${a.path} has no Location header, so clients cannot find what was created.`,
    hint: () => "Add `headers: { Location: { schema: { type: string, format: uri-reference } } }` to the 201 response.",
  }),
  OPENAPI_CREATE_NOT_201: code({
    severity: "warning",
    title: "Create does not answer 201",
    message: (a: { path: string; status: string }) =>
      `POST ${a.path} creates in a collection but answers ${a.status}, not 201 Created (or 202 for work that finishes later).`,
    hint: () => "Answer `201` with a `Location` header pointing at the new resource, or `202` with a status resource for asynchronous work.",
  }),
  OPENAPI_ETAG_MISSING: code({
    severity: "warning",
    title: "Read without ETag",
    message: (a: { path: string }) => `GET ${a.path} returns one resource without an ETag header, so clients cannot make a safe conditional update.`,
    hint: () => "Add an `ETag` header to the 200 response, and take `If-Match` on the resource's PUT and PATCH.",
  }),
  OPENAPI_IF_MATCH_MISSING: code({
    severity: "warning",
    title: "Update without If-Match",
    message: (a: Operation) => `${a.method} ${a.path} takes no If-Match header, so two clients that update at once silently overwrite each other (lost update).`,
    hint: () => "Add a header parameter `If-Match` carrying the ETag the client read, and answer 412 when it is stale.",
  }),
  OPENAPI_PRECONDITION_FAILED_MISSING: code({
    severity: "warning",
    title: "No 412 response",
    message: (a: Operation) => `${a.method} ${a.path} declares no 412 response, so clients do not learn that their If-Match was stale.`,
    hint: () => "Declare `412` (Precondition Failed) as problem details.",
  }),

  // --- security ---
  OPENAPI_SECURITY_MISSING: code({
    severity: "warning",
    title: "Operation without security",
    message: (a: Operation) => `${a.method} ${a.path} has no security requirement, and none applies to the whole document: it is open to anyone (OWASP API2).`,
    hint: () => "Add a top-level `security` requirement with a scheme from components/securitySchemes; mark a deliberately public operation with `security: []`.",
    peer: "OWASP API2; Spectral `owasp:api2:2023-write-restricted` and `read-restricted`; Redocly `security-defined`",
  }),
  OPENAPI_SECURITY_SCHEME_UNDEFINED: code({
    severity: "error",
    title: "Undefined security scheme",
    message: (a: { scheme: string }) => `The security requirement names "${a.scheme}", which is not in components/securitySchemes, so it protects nothing.`,
    hint: () => "Define the scheme under components/securitySchemes, or use the name of one that is defined.",
    peer: "Redocly `security-defined`; Spectral `oas3-operation-security-defined`",
  }),
  OPENAPI_AUTH_BASIC: code({
    severity: "warning",
    title: "HTTP Basic authentication",
    message: (a: { scheme: string }) => `The security scheme "${a.scheme}" is HTTP Basic: the password travels with every request and cannot be scoped or expire (OWASP API2).`,
    hint: () => "Use OAuth 2.1 / OpenID Connect bearer tokens (`type: http, scheme: bearer`, or `type: oauth2`).",
    peer: "OWASP API2; Spectral `owasp:api2:2023-no-http-basic`",
  }),
  OPENAPI_API_KEY_IN_QUERY: code({
    severity: "warning",
    title: "API key in the query string",
    message: (a: { scheme: string }) => `The API key "${a.scheme}" is sent in the query string, where proxies, logs and browser history keep it (OWASP API2).`,
    hint: () => "Send the key in a header (`in: header`), or use bearer tokens.",
    peer: "OWASP API2; Spectral `owasp:api2:2023-no-api-keys-in-url`",
  }),
  OPENAPI_URL_NOT_HTTPS: code({
    severity: "warning",
    title: "Plain HTTP URL",
    message: (a: { url: string }) => `${a.url} is plain HTTP: tokens and data cross the network unencrypted (OWASP API8).`,
    hint: () => "Use an https:// URL (plain http is fine only for localhost).",
    peer: "OWASP API8; Spectral `owasp:api8:2023-no-server-http`",
  }),

  // --- inputs ---
  OPENAPI_INPUT_STRING_UNBOUNDED: code({
    severity: "warning",
    title: "Request string without maxLength",
    message: (a: { name: string }) => `The request string ${a.name} has no maxLength (nor enum or fixed-length format), so one request can carry megabytes (OWASP API4).`,
    hint: () => "Give the string a `maxLength` (or an `enum`, or a format such as uuid or date-time).",
    peer: "OWASP API4; Spectral `owasp:api4:2023-string-limit` (which also asks it of responses)",
  }),
  OPENAPI_INPUT_ARRAY_UNBOUNDED: code({
    severity: "warning",
    title: "Request array without maxItems",
    message: (a: { name: string }) => `The request array ${a.name} has no maxItems, so one request can ask for unbounded work (OWASP API4).`,
    hint: () => "Give the array a `maxItems`.",
    peer: "OWASP API4; Spectral `owasp:api4:2023-array-limit`",
  }),

  // --- data types ---
  OPENAPI_ID_NOT_STRING: code({
    severity: "warning",
    title: "Numeric identifier",
    message: (a: { name: string; type: string }) =>
      `The identifier "${a.name}" is typed ${a.type}; numeric ids leak row counts, invite enumeration (OWASP API1) and overflow JavaScript numbers.`,
    hint: () => "Type ids as opaque strings (`type: string`, e.g. `format: uuid` or a prefixed id like `ord_...`).",
    peer: "OWASP API1; Spectral `owasp:api1:2023-no-numeric-ids` (path parameters only)",
  }),
  OPENAPI_MONEY_FLOAT: code({
    severity: "warning",
    title: "Money as a float",
    message: (a: { name: string }) => `The amount "${a.name}" is a floating-point number; binary floats cannot hold 0.10 exactly, so totals drift.`,
    hint: () => "Use an integer in minor units (`type: integer, format: int64`, e.g. 1999 for 19.99) next to a `currency` code, or a decimal string.",
  }),
  OPENAPI_TIMESTAMP_NOT_DATE_TIME: code({
    severity: "warning",
    title: "Timestamp not a date-time",
    message: (a: { name: string; actual: string }) => `The timestamp "${a.name}" is ${a.actual}, not an RFC 3339 date-time string, so clients must guess its unit and zone.`,
    hint: () => "Type it `type: string, format: date-time` and send UTC (e.g. 2025-01-31T12:00:00Z).",
  }),

  // --- paths ---
  OPENAPI_PATH_NOT_KEBAB_CASE: code({
    severity: "warning",
    title: "Path segment not kebab-case",
    message: (a: { segment: string; suggestion: string }) => `The path segment "${a.segment}" is not lowercase kebab-case.`,
    hint: (a: { segment: string; suggestion: string }) => `Rename it to "${a.suggestion}" (path parameters keep their own names).`,
    peer: "Redocly `paths-kebab-case` (off by default)",
  }),
  OPENAPI_PATH_NOT_PLURAL: code({
    severity: "warning",
    title: "Collection name not plural",
    message: (a: { segment: string; suggestion: string }) => `The collection "${a.segment}" is followed by an id but is not a plural noun.`,
    hint: (a: { segment: string; suggestion: string }) => `Name the collection in the plural, e.g. "${a.suggestion}".`,
    peer: "Redocly `path-segment-plural` (off by default, and for every segment)",
  }),
});

export type OpenApiCode = keyof typeof openapiCodes;
