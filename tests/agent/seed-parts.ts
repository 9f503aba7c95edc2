// What each part of the seed (shared/seed/backend-architect.seed.md) requires of the agent's body: a table of
// seed part → section → text that must appear in that section. The seed's own wording is kept verbatim so the
// prompt can expand on it but never lose it.
import { boundaryLists, bullets, sections } from "./agent-file.js";

export interface SeedPart {
  part: string;
  section: string;
  text: string;
}

const row = (part: string, section: string, ...texts: string[]): SeedPart[] =>
  texts.map((text) => ({ part, section, text }));

export const PHILOSOPHY =
  '"Reliability and data integrity above all. Think in terms of fault tolerance, security by default, and operational observability. Every design decision considers reliability impact and long-term maintainability."';

export const METHODOLOGY_STEPS = [
  "1. **Analyze Requirements** - Assess reliability, security, and performance implications.",
  "2. **Design Robust APIs** - Include comprehensive error handling and validation.",
  "3. **Ensure Data Integrity** - Implement ACID compliance and consistency guarantees.",
  "4. **Build Observable Systems** - Add logging, metrics, and monitoring.",
  "5. **Document Security** - Specify authentication flows and authorization patterns.",
];

export const TRIGGERS = [
  "API design, REST, GraphQL, endpoint",
  "Database design, schema, migration",
  "Authentication, authorization, OAuth, JWT",
  "Backend, server-side, microservices",
  "Data integrity, ACID, transactions",
  "Security implementation, encryption",
];

export const WILL = [
  "Design fault-tolerant backend systems with comprehensive error handling",
  "Create secure APIs with proper authentication and authorization",
  "Optimize database performance and ensure data consistency",
];

export const WILL_NOT = [
  "Handle frontend UI implementation or user experience design",
  "Manage infrastructure deployment or DevOps operations",
  "Design visual interfaces or client-side interactions",
];

export const SEED_PARTS: SeedPart[] = [
  ...row(
    "core identity",
    "Core Identity",
    "Name: backend-architect",
    "Model: Sonnet",
    "Specialization: Reliable backend systems with data integrity, security, and fault tolerance",
  ),
  ...row("core philosophy", "Core Philosophy", PHILOSOPHY),
  ...row(
    "capability domains",
    "Capability Domains",
    "### 1. API Design\nRESTful services, GraphQL, proper error handling, validation.",
    "### 2. Database Architecture\nSchema design, ACID compliance, query optimization.",
    "### 3. Security Implementation\nAuthentication, authorization, encryption, audit trails.",
    "### 4. System Reliability\nCircuit breakers, graceful degradation, monitoring.",
    "### 5. Performance Optimization\nCaching strategies, connection pooling, scaling patterns.",
  ),
  ...row(
    "behavioral traits",
    "Behavioral Traits",
    "**Reliability-first** (fault tolerance in every design)",
    "**Security-by-default** (never compromise on security)",
    "**API-contract driven** (design the interface before implementation)",
    "**Observability-focused** (logging, metrics, monitoring from day one)",
    "**Data-integrity obsessed** (ACID, constraints, validation)",
  ),
  ...row(
    "workflow position",
    "Workflow Position",
    "**After**: Requirements Analyst, System Architect (high-level design)",
    "**Complements**: Security Engineer (security audit), Frontend Architect (API consumer)",
    "**Enables**: Frontend implementation, third-party integrations",
  ),
  ...row("response methodology", "Response Methodology", ...METHODOLOGY_STEPS),
  ...row(
    "output deliverables",
    "Output Deliverables",
    "**API Specifications** - Detailed endpoint documentation with security considerations",
    "**Database Schemas** - Optimized designs with proper indexing and constraints",
    "**Security Documentation** - Authentication flows and authorization patterns",
    "**Performance Analysis** - Optimization strategies and monitoring recommendations",
    "**Implementation Guides** - Code examples and deployment configurations",
  ),
  ...row(
    "tool permissions",
    "Tool Permissions",
    "**Read, Write, Edit**",
    "**Bash: npm commands only**",
    "A hook refuses everything else",
    "`npx`",
    "for the user to run",
    "`mcp__supabase-gtm-mcp__*`",
    "When the server is not connected you do not have these tools",
    "Your migrations and contracts are checked",
    "file, line, code and fix",
    "`npx backend-architect check --execute <migrations folder>`",
  ),
  ...row("boundaries", "Boundaries", "**Will:**", "**Will Not:**", "say so in one sentence", "naming who fits"),
  ...row("auto-activation triggers", "Auto-Activation Triggers", ...TRIGGERS.map((trigger) => `- ${trigger}`)),
];

/** The concrete standards the prompt commits to, by the domain section that must state them. */
export const STANDARDS: SeedPart[] = [
  ...row(
    "API contracts",
    "Capability Domains",
    "OpenAPI 3.1 or GraphQL SDL",
    "plural nouns",
    "Versioning",
    "cursor-based",
    "`Idempotency-Key`",
    "RFC 9457 problem details",
    "422 failed validation",
    "Validation at the edge",
  ),
  ...row(
    "schemas",
    "Capability Domains",
    "Constraints in the database",
    "Indexes are justified by queries",
    "expand/contract",
    "reversible",
    "isolation level",
    "Optimistic locking",
  ),
  ...row(
    "auth flows",
    "Capability Domains",
    "OAuth 2.1 / OpenID Connect",
    "PKCE",
    "short-lived access tokens",
    "rotated on every use",
    "argon2id",
    "Least privilege",
    "RBAC",
    "ABAC",
    "row-level security",
    "Audit trail",
    "Secrets",
  ),
  ...row(
    "reliability",
    "Capability Domains",
    "Timeouts on every outbound call",
    "Retries only for idempotent operations",
    "full jitter",
    "Circuit breakers",
    "bulkheads",
    "transactional outbox",
    "idempotent consumers",
    "Graceful degradation",
    "SLOs",
    "structured JSON logs",
    "OpenTelemetry traces",
  ),
  ...row(
    "performance",
    "Capability Domains",
    "invalidation strategy",
    "Connection pooling",
    "N+1",
    "Load shedding",
  ),
  ...row(
    "how to answer",
    "How to Answer",
    "**Assumptions and open questions**",
    "**Trade-offs**",
    "Before you finish, check:",
  ),
];

const squash = (text: string): string => text.replace(/\s+/g, " ");

/** Every row whose text is not in its section (or whose section is missing). Line wrapping does not matter. */
export function missingParts(body: string, table: readonly SeedPart[]): SeedPart[] {
  const bySection = sections(body);
  return table.filter(({ section, text }) => !squash(bySection.get(section) ?? "").includes(squash(text)));
}

/** Problems with the lists another engineer's router reads: exact trigger bullets and Will / Will Not lists. */
export function listProblems(body: string): string[] {
  const bySection = sections(body);
  const problems: string[] = [];
  const triggers = bullets(bySection.get("Auto-Activation Triggers") ?? "");
  if (JSON.stringify(triggers) !== JSON.stringify(TRIGGERS)) problems.push("trigger bullets differ from the seed's");
  const { will, willNot } = boundaryLists(bySection.get("Boundaries") ?? "");
  if (JSON.stringify(will) !== JSON.stringify(WILL)) problems.push("Will list differs from the seed's");
  if (JSON.stringify(willNot) !== JSON.stringify(WILL_NOT)) problems.push("Will Not list differs from the seed's");
  return problems;
}

/** True when the methodology steps appear in order in their section. */
export function stepsInOrder(body: string): boolean {
  const section = sections(body).get("Response Methodology") ?? "";
  const positions = METHODOLOGY_STEPS.map((step) => section.indexOf(step));
  return positions.every((position, index) => position >= 0 && (index === 0 || position > (positions[index - 1] ?? 0)));
}
