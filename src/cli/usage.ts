import { usageCodes } from "../diagnostics/codes/usage.js";
import { render } from "../diagnostics/define.js";

/**
 * Mistakes on the command line itself (an unknown command or option, a bad or missing value, flags that do
 * not go together), by permanent code. Commander finds them; this gives each a code and a way out instead
 * of the whole help text. Exit code 2. docs/usage-errors.md has a section per code.
 */
export const usageErrorCodes = {
  "commander.unknownCommand": "USAGE_UNKNOWN_COMMAND",
  "commander.unknownOption": "USAGE_UNKNOWN_OPTION",
  "commander.invalidArgument": "USAGE_INVALID_VALUE",
  "commander.missingArgument": "USAGE_MISSING_ARGUMENT",
  "commander.optionMissingArgument": "USAGE_MISSING_VALUE",
  "commander.excessArguments": "USAGE_EXCESS_ARGUMENTS",
  "commander.conflictingOption": "USAGE_CONFLICTING_OPTIONS",
} as const;

export type UsageErrorCode = keyof typeof usageCodes;

/** `CODE: what commander found` and a hint naming the help to read; `command` is the subcommand, if known. */
export function formatUsageError(commanderCode: string, message: string, command: string | undefined): string {
  const code: UsageErrorCode = Object.hasOwn(usageErrorCodes, commanderCode)
    ? usageErrorCodes[commanderCode as keyof typeof usageErrorCodes]
    : "USAGE_INVALID";
  const what = message.replace(/^error: /, "").trim();
  const help = command === undefined || code === "USAGE_UNKNOWN_COMMAND" ? "backend-architect --help" : `backend-architect ${command} --help`;
  const worded = render(usageCodes[code], { detail: what, help });
  return `${code}: ${worded.message}\n  hint: ${worded.hint}\n`;
}
