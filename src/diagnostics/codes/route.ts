import { code, family } from "../define.js";

/** Mistakes in what `backend-architect route` is given: a prompt and --jsonl at once, nothing, or a bad line. */
export const routeCodes = family("route", {
  ROUTE_USAGE: code({
    severity: "error",
    title: "Prompt and --jsonl together",
    message: () => "give either a prompt or --jsonl, not both.",
    hint: () => 'route one prompt with backend-architect route "<prompt>", or many with backend-architect route --jsonl < prompts.jsonl.',
  }),
  ROUTE_NO_PROMPT: code({
    severity: "error",
    title: "No prompt",
    message: () => "there is no prompt to route.",
    hint: () => 'give one, e.g. backend-architect route "Design the orders API", or pipe {"prompt": "..."} lines into backend-architect route --jsonl.',
  }),
  ROUTE_LINE_NOT_JSON: code({
    severity: "error",
    title: "Input line not JSON",
    message: (a: { line: number }) => `line ${a.line} is not JSON`,
    hint: () => 'Write one JSON object per line, e.g. {"prompt": "Design the orders API"}.',
  }),
  ROUTE_LINE_NO_PROMPT: code({
    severity: "error",
    title: "Input line without a prompt",
    message: (a: { line: number }) => `line ${a.line} has no string "prompt" field`,
    hint: () => 'Each line needs a "prompt" string, e.g. {"prompt": "Design the orders API"}.',
  }),
});
