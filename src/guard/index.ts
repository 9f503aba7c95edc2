// The npm-only Bash guard of the PreToolUse hook: is a command one npm invocation with literal words?
export { checkNpmOnly, denialReason, MAX_COMMAND_LENGTH, type BashVerdict } from "./bash-guard.js";
export { shellWords, type ShellWords } from "./shell-words.js";
