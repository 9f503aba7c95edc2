import { code, family } from "../define.js";

/** What commander found wrong, in its words, and the `--help` that explains the command. */
type Mistake = { detail: string; help: string };

const readHelp = (a: Mistake): string => `Run \`${a.help}\` for its arguments and options.`;

/**
 * Mistakes on the command line itself (an unknown command or option, a bad or missing value, flags that do
 * not go together). Commander finds them; the CLI stops before it reads or writes anything, prints the code,
 * what commander said and the help to read, and exits 2.
 */
export const usageCodes = family("usage", {
  USAGE_UNKNOWN_COMMAND: code({
    severity: "error",
    title: "Unknown command",
    message: (a: Mistake) => a.detail,
    hint: (a) => `Run \`${a.help}\` for the list of commands.`,
  }),
  USAGE_UNKNOWN_OPTION: code({ severity: "error", title: "Unknown option", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_INVALID_VALUE: code({ severity: "error", title: "Value not allowed", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_MISSING_ARGUMENT: code({ severity: "error", title: "Missing argument", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_MISSING_VALUE: code({ severity: "error", title: "Option without its value", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_EXCESS_ARGUMENTS: code({ severity: "error", title: "Too many arguments", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_CONFLICTING_OPTIONS: code({ severity: "error", title: "Options that do not go together", message: (a: Mistake) => a.detail, hint: readHelp }),
  USAGE_INVALID: code({ severity: "error", title: "Other command-line mistake", message: (a: Mistake) => a.detail, hint: readHelp }),
});
