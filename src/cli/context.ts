import type { Command } from "commander";
import type { CliIo } from "./io.js";

/** What a command gets: the outside world, and a place to put its exit code. */
export interface CommandContext {
  io: CliIo;
  setExitCode(code: number): void;
}

/** Exit codes every command shares. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A CLI command registers itself on the program; the program is the only thing that prints. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;
