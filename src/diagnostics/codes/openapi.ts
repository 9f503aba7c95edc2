import type { Severity } from "../types.js";
import type { CodeArgs, CodeEntry } from "./types.js";

/**
 * A code whose wording takes typed arguments: a check that forgets one, or misspells it, fails to
 * compile. `A` is the shape of the arguments; every value is a string or a number, so the entry is
 * also an ordinary catalog entry.
 */
export interface TypedCodeEntry<A extends CodeArgs> {
  severity: Severity;
  message: (args: A) => string;
  hint?: (args: A) => string;
}

/** An HTTP operation, as messages name it: `POST /orders`. */
type Operation = { method: string; path: string };

/**
 * Codes about OpenAPI documents (3.0, 3.1, 3.2; Swagger 2.0 is only checked for structure). Owned by
 * src/check/openapi. Errors: the document is invalid, so tools reject or misread it. Warnings: the
 * document is valid but breaks one of the agent's API standards (agents/backend-architect.md).
 */
export const openapiCodes = {
  // --- the document itself ---
  OPENAPI_SYNTAX: {
    severity: "error",
    message: (a: { detail: string }) => `This OpenAPI document is not valid YAML or JSON (${a.detail}), so no tool can read it.`,
    hint: () => "Fix the syntax at this position; in YAML, check the indentation and quote values that hold `: ` or start with `{`, `[`, `*` or `&`.",
  },
  OPENAPI_VERSION_UNSUPPORTED: {
    severity: "error",
    message: (a: { version: string }) => `The version ${a.version} is not an OpenAPI version tools know, so nothing in the document can be checked.`,
    hint: () => 'Write `openapi: 3.1.0` (or 3.0.3) as a quoted or plain string.',
  },
  OPENAPI_SWAGGER_2: {
    severity: "warning",
    message: () => "This is a Swagger 2.0 document: only its structure is checked, not the API standards, which are written for OpenAPI 3.",
    hint: () => "Write the contract in OpenAPI 3.1 (`openapi: 3.1.0`), as the agent's standards ask; converters such as swagger2openapi do most of it.",
  },
  OPENAPI_STRUCTURE: {
    severity: "error",
    message: (a: { detail: string }) => `The document does not follow the OpenAPI specification here: ${a.detail}`,
    hint: () => "Fix the field so that it has the name and type the OpenAPI specification gives it; generators and validators reject or skip it otherwise.",
  },
  OPENAPI_REF_UNRESOLVED: {
    severity: "error",
    message: (a: { ref: string; detail: string }) => `The $ref "${a.ref}" cannot be resolved (${a.detail}), so everything behind it is missing to readers and generators.`,
    hint: () => "Point the $ref at an existing file and JSON pointer, relative to the file that holds it (e.g. `#/components/schemas/Order` or `./schemas/order.yaml`).",
  },
  OPENAPI_REF_NOT_FOLLOWED: {
    severity: "info",
    message: (a: { ref: string; reason: string }) => `The $ref "${a.ref}" was not followed (${a.reason}), so what it points to is not checked.`,
    hint: () => "Keep the definitions the contract needs in files beside it, referenced by relative path.",
  },
  OPENAPI_CHECK_FAILED: {
    severity: "info",
    message: (a: { detail: string }) => `The check stopped early on this document (${a.detail}), so some findings may be missing.`,
    hint: () => "Report this to backend-architect with the document; the other findings still hold.",
  },
  OPENAPI_SPEC_RULE: {
    severity: "error",
    message: (a: { rule: string; detail: string }) => `The OpenAPI specification forbids this (${a.rule}): ${a.detail}`,
    hint: () => "Change the document as the message says; tools that follow the specification reject or misread it otherwise.",
  },

  // --- pagination ---
  OPENAPI_LIST_NOT_CURSOR_PAGINATED: {
    severity: "warning",
    message: (a: Operation & { missing: string }) =>
      `${a.method} ${a.path} returns a list but has no ${a.missing} parameter; an unpaginated list grows until it times out or exhausts memory.`,
    hint: () => "Add a `limit` query parameter (integer, with a default and a maximum) and an opaque string `cursor` parameter, and return the next cursor with each page.",
  },
  OPENAPI_LIST_OFFSET_PAGINATION: {
    severity: "warning",
    message: (a: Operation & { parameter: string }) =>
      `${a.method} ${a.path} pages with "${a.parameter}"; offsets skip or repeat items when rows are inserted or deleted, and deep offsets make the database scan every skipped row.`,
    hint: () => "Use an opaque `cursor` over a stable sort with a unique tiebreaker. Offsets suit only small bounded sets: give the offset a `maximum` to say so.",
  },
  OPENAPI_LIMIT_UNBOUNDED: {
    severity: "warning",
    message: (a: { parameter: string; missing: string }) =>
      `The page size "${a.parameter}" has no ${a.missing}; a client can ask for every row at once (OWASP API4: unrestricted resource consumption).`,
    hint: () => "Give the limit's schema a `default` (e.g. 20) and a hard `maximum` (e.g. 100).",
  },

  // --- retries and idempotency ---
  OPENAPI_IDEMPOTENCY_KEY_MISSING: {
    severity: "warning",
    message: (a: { path: string }) =>
      `POST ${a.path} takes no Idempotency-Key header; a client that retries after a timeout creates, charges or sends twice.`,
    hint: () => "Add a header parameter `Idempotency-Key` (a string with a maxLength); store the key with the request fingerprint and the response, and replay it on a repeat.",
  },
  OPENAPI_RETRY_RESPONSE_MISSING: {
    severity: "warning",
    message: (a: Operation & { missing: string }) =>
      `${a.method} ${a.path} declares no ${a.missing} response; clients cannot tell "slow down" or "try later" from a failure, and retry at once.`,
    hint: () => "Declare `429` (rate limited) and `503` (unavailable), each with a `Retry-After` header, usually as shared components/responses.",
  },
  OPENAPI_RETRY_AFTER_MISSING: {
    severity: "warning",
    message: (a: { status: string }) => `This ${a.status} response has no Retry-After header, so clients guess when to retry and retry too soon.`,
    hint: () => "Add `headers: { Retry-After: { schema: { type: integer, minimum: 0 } } }` (seconds) to the response.",
  },

  // --- errors ---
  OPENAPI_ERROR_NOT_PROBLEM_DETAILS: {
    severity: "warning",
    message: (a: { status: string; response: string }) =>
      `The ${a.status} response ${a.response} is not application/problem+json, so clients cannot handle errors in one way (RFC 9457).`,
    hint: () => "Return `application/problem+json` with a Problem schema (`type`, `title`, `status`, `detail`, `instance`), usually as a shared components/responses entry.",
  },
  OPENAPI_PROBLEM_SCHEMA_INCOMPLETE: {
    severity: "warning",
    message: (a: { missing: string }) => `This problem details schema has no ${a.missing}, which RFC 9457 clients rely on.`,
    hint: () => "Give the schema the properties `type` (URI), `title`, `status` (integer), and `detail` and `instance` as needed.",
  },

  // --- status codes and concurrency ---
  OPENAPI_CREATED_WITHOUT_LOCATION: {
    severity: "warning",
    message: (a: Operation) => `The 201 response of ${a.method} ${a.path} has no Location header, so clients cannot find what was created.`,
    hint: () => "Add `headers: { Location: { schema: { type: string, format: uri-reference } } }` to the 201 response.",
  },
  OPENAPI_CREATE_NOT_201: {
    severity: "warning",
    message: (a: { path: string; status: string }) =>
      `POST ${a.path} creates in a collection but answers ${a.status}, not 201 Created (or 202 for work that finishes later).`,
    hint: () => "Answer `201` with a `Location` header pointing at the new resource, or `202` with a status resource for asynchronous work.",
  },
  OPENAPI_ETAG_MISSING: {
    severity: "warning",
    message: (a: { path: string }) => `GET ${a.path} returns one resource without an ETag header, so clients cannot make a safe conditional update.`,
    hint: () => "Add an `ETag` header to the 200 response, and take `If-Match` on the resource's PUT and PATCH.",
  },
  OPENAPI_IF_MATCH_MISSING: {
    severity: "warning",
    message: (a: Operation) => `${a.method} ${a.path} takes no If-Match header, so two clients that update at once silently overwrite each other (lost update).`,
    hint: () => "Add a header parameter `If-Match` carrying the ETag the client read, and answer 412 when it is stale.",
  },
  OPENAPI_PRECONDITION_FAILED_MISSING: {
    severity: "warning",
    message: (a: Operation) => `${a.method} ${a.path} declares no 412 response, so clients do not learn that their If-Match was stale.`,
    hint: () => "Declare `412` (Precondition Failed) as problem details.",
  },

  // --- security ---
  OPENAPI_SECURITY_MISSING: {
    severity: "warning",
    message: (a: Operation) => `${a.method} ${a.path} has no security requirement, and none applies to the whole document: it is open to anyone (OWASP API2).`,
    hint: () => "Add a top-level `security` requirement with a scheme from components/securitySchemes; mark a deliberately public operation with `security: []`.",
  },
  OPENAPI_SECURITY_SCHEME_UNDEFINED: {
    severity: "error",
    message: (a: { scheme: string }) => `The security requirement names "${a.scheme}", which is not in components/securitySchemes, so it protects nothing.`,
    hint: () => "Define the scheme under components/securitySchemes, or use the name of one that is defined.",
  },
  OPENAPI_AUTH_BASIC: {
    severity: "warning",
    message: (a: { scheme: string }) => `The security scheme "${a.scheme}" is HTTP Basic: the password travels with every request and cannot be scoped or expire (OWASP API2).`,
    hint: () => "Use OAuth 2.1 / OpenID Connect bearer tokens (`type: http, scheme: bearer`, or `type: oauth2`).",
  },
  OPENAPI_API_KEY_IN_QUERY: {
    severity: "warning",
    message: (a: { scheme: string }) => `The API key "${a.scheme}" is sent in the query string, where proxies, logs and browser history keep it (OWASP API2).`,
    hint: () => "Send the key in a header (`in: header`), or use bearer tokens.",
  },
  OPENAPI_URL_NOT_HTTPS: {
    severity: "warning",
    message: (a: { url: string }) => `${a.url} is plain HTTP: tokens and data cross the network unencrypted (OWASP API8).`,
    hint: () => "Use an https:// URL (plain http is fine only for localhost).",
  },

  // --- inputs ---
  OPENAPI_INPUT_STRING_UNBOUNDED: {
    severity: "warning",
    message: (a: { name: string }) => `The request string ${a.name} has no maxLength (nor enum or fixed-length format), so one request can carry megabytes (OWASP API4).`,
    hint: () => "Give the string a `maxLength` (or an `enum`, or a format such as uuid or date-time).",
  },
  OPENAPI_INPUT_ARRAY_UNBOUNDED: {
    severity: "warning",
    message: (a: { name: string }) => `The request array ${a.name} has no maxItems, so one request can ask for unbounded work (OWASP API4).`,
    hint: () => "Give the array a `maxItems`.",
  },

  // --- data types ---
  OPENAPI_ID_NOT_STRING: {
    severity: "warning",
    message: (a: { name: string; type: string }) =>
      `The identifier "${a.name}" is typed ${a.type}; numeric ids leak row counts, invite enumeration (OWASP API1) and overflow JavaScript numbers.`,
    hint: () => "Type ids as opaque strings (`type: string`, e.g. `format: uuid` or a prefixed id like `ord_...`).",
  },
  OPENAPI_MONEY_FLOAT: {
    severity: "warning",
    message: (a: { name: string }) => `The amount "${a.name}" is a floating-point number; binary floats cannot hold 0.10 exactly, so totals drift.`,
    hint: () => "Use an integer in minor units (`type: integer, format: int64`, e.g. 1999 for 19.99) next to a `currency` code, or a decimal string.",
  },
  OPENAPI_TIMESTAMP_NOT_DATE_TIME: {
    severity: "warning",
    message: (a: { name: string; actual: string }) => `The timestamp "${a.name}" is ${a.actual}, not an RFC 3339 date-time string, so clients must guess its unit and zone.`,
    hint: () => "Type it `type: string, format: date-time` and send UTC (e.g. 2025-01-31T12:00:00Z).",
  },

  // --- paths ---
  OPENAPI_PATH_NOT_KEBAB_CASE: {
    severity: "warning",
    message: (a: { segment: string; suggestion: string }) => `The path segment "${a.segment}" is not lowercase kebab-case.`,
    hint: (a: { segment: string; suggestion: string }) => `Rename it to "${a.suggestion}" (path parameters keep their own names).`,
  },
  OPENAPI_PATH_NOT_PLURAL: {
    severity: "warning",
    message: (a: { segment: string; suggestion: string }) => `The collection "${a.segment}" is followed by an id but is not a plural noun.`,
    hint: (a: { segment: string; suggestion: string }) => `Name the collection in the plural, e.g. "${a.suggestion}".`,
  },
} as const satisfies Record<string, TypedCodeEntry<never>>;

export type OpenApiCode = keyof typeof openapiCodes;

/** The arguments a code's wording takes. */
export type OpenApiArgs<C extends OpenApiCode> = (typeof openapiCodes)[C]["message"] extends (args: infer A) => string
  ? unknown extends A
    ? Record<string, never>
    : A
  : never;

/**
 * The same entries as plain catalog entries. Sound because every typed argument is a string or a
 * number, and src/check/openapi builds its diagnostics through `OpenApiArgs`, so the wording always
 * gets the arguments it names.
 */
export const openapiCatalogEntries: Record<OpenApiCode, CodeEntry> = openapiCodes as unknown as Record<OpenApiCode, CodeEntry>;
