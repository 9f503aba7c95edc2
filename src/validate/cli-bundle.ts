// Everything `backend-architect validate` needs, behind one module. `npm run build` turns the compiled
// copy (dist/validate/cli-bundle.js) into ONE file with its dependencies (scripts/bundle-validator.mjs),
// so the command loads one module instead of about 180: whole-process start-up is most of its time.
export { validatePath } from "./path.js";
export { validateAndFix } from "./validate-and-fix.js";
export { displayPath, formatJson, formatSarif, formatText } from "../diagnostics/format/index.js";
