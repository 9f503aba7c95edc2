import { shellWords } from "./shell-words.js";

/**
 * npm subcommands that run an arbitrary program or shell rather than an npm verb, so allowing them
 * would make "npm only" mean "anything": `npm exec -c 'rm -rf build'`, `npm x`, `npm explore pkg -- sh`.
 * `npx` is refused for the same reason (it is `npm exec`). npm scripts (`npm run`, `npm test`) stay
 * allowed: they run what the project's package.json says, which is the point of `Bash(npm:*)`.
 */
const RUNS_ANYTHING = new Set(["exec", "x", "explore"]);
/** Flags that swap the shell npm uses for scripts. */
const SHELL_FLAGS = ["--script-shell", "--shell"];

/** Longer commands are refused unread: no npm invocation needs this much, and the check stays cheap. */
export const MAX_COMMAND_LENGTH = 20_000;

export type BashVerdict = { allow: true } | { allow: false; why: string };

/** Is `command` provably a single npm invocation with literal arguments? */
export function checkNpmOnly(command: string): BashVerdict {
  if (command.length > MAX_COMMAND_LENGTH) return { allow: false, why: `it is longer than ${MAX_COMMAND_LENGTH} characters` };
  const parsed = shellWords(command);
  if (!parsed.ok) return { allow: false, why: `it contains ${parsed.reason}` };
  const [first, ...rest] = parsed.words;
  if (first === undefined) return { allow: false, why: "it is empty" };
  if (first.includes("=")) return { allow: false, why: "it starts with an environment assignment" };
  // The first word must be spelt plainly: `'npm'` or `n"p"m` are npm to the shell, but nobody writes them honestly.
  const start = command.length - command.trimStart().length;
  if (first === "npm" && !/^npm(?:[ \t]|$)/.test(command.slice(start, start + 4))) return { allow: false, why: "its first word `npm` is quoted" };
  if (first !== "npm") return { allow: false, why: `it runs \`${first.length > 40 ? `${first.slice(0, 40)}…` : first}\`, not npm` };
  // Before `--`, a word naming exec/x/explore is the subcommand or a flag's value; either way, refuse
  // (a flag value like `--prefix exec` is rare, and being wrong that way is safe).
  const separator = rest.indexOf("--");
  const options = separator < 0 ? rest : rest.slice(0, separator);
  const runner = options.find((word) => RUNS_ANYTHING.has(word));
  if (runner !== undefined) return { allow: false, why: `\`npm ${runner}\` runs arbitrary programs` };
  const shellFlag = options.find((word) => SHELL_FLAGS.some((flag) => word === flag || word.startsWith(`${flag}=`)) || word.includes("script-shell"));
  if (shellFlag !== undefined) return { allow: false, why: `\`${shellFlag.split("=")[0]}\` changes the shell npm runs scripts with` };
  return { allow: true };
}

/** The text Claude Code shows the agent when a command is refused: what happened and what to do instead. */
export function denialReason(verdict: { why: string }): string {
  return (
    `Blocked by the backend-architect plugin: this agent may run only npm commands in Bash ` +
    `(a single \`npm ...\` command with literal arguments; no pipes, chains, redirections, substitutions, ` +
    `globs or environment prefixes), and this command was not run because ${verdict.why}. ` +
    `Do not retry it in another form: show the command to the user and let them run it, or use an npm script.`
  );
}
