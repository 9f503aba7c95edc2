// The OpenAPI checks as a library: what `backend-architect check` and the PostToolUse hook call.
export { isOpenApiDocument } from "./detect.js";
export { checkOpenApi } from "./check.js";
export type { CheckOpenApiInput, ReadFile } from "./types.js";
