import { concurrency } from "./concurrency.js";
import type { Rule } from "./context.js";
import { created } from "./created.js";
import { money, opaqueIds, timestamps } from "./data-types.js";
import { idempotency } from "./idempotency.js";
import { inputs } from "./inputs.js";
import { pagination } from "./pagination.js";
import { pathNames } from "./path-names.js";
import { problemDetails } from "./problem-details.js";
import { retryAfter } from "./retry-after.js";
import { security } from "./security.js";
import { transport } from "./transport.js";

/** The agent's API standards (agents/backend-architect.md, "API Design") and the OWASP checks that fit them. */
export const RULES: readonly Rule[] = [
  pagination,
  idempotency,
  problemDetails,
  retryAfter,
  concurrency,
  created,
  security,
  transport,
  inputs,
  opaqueIds,
  money,
  timestamps,
  pathNames,
];
