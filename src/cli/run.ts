import { Command, CommanderError } from "commander";
import { packageVersion } from "../version.js";
import { commands } from "./commands/index.js";
import { EXIT_OK, EXIT_USAGE, type CommandContext } from "./context.js";
import type { CliIo } from "./io.js";
import { formatUsageError } from "./usage.js";

/** Runs the CLI on `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  // Commander's own error line is replaced by a coded one (see usage.ts), written once the parse has failed.
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} };
  const context: CommandContext = { io, setExitCode: (code) => void (exitCode = code) };
  const program = new Command("backend-architect")
    .description("Install and check the backend-architect subagent for Claude Code.")
    .version(packageVersion, "-v, --version")
    .exitOverride()
    .configureOutput(output)
    .addHelpText(
      "after",
      "\nExit codes: 0 done or clean; 1 findings, or a decision that is yours (a conflict, an edited copy);\n" +
        "2 a usage mistake or the environment stopped it (missing path, I/O, lock, no `claude`).\n" +
        "Every code printed is documented in the package's docs/ folder.\n" +
        "Run `backend-architect <command> --help` for a command's options.",
    );
  // Load only the command being run; help, a bare call or an unknown name gets all of them.
  const name = argv[0];
  const wanted = name !== undefined && Object.hasOwn(commands, name) ? [commands[name]] : Object.values(commands);
  const registers = await Promise.all(wanted.map((load) => load?.()));
  for (const register of registers) register?.(program, context);
  // Subcommands inherit the program's output and exit handling.
  for (const sub of program.commands) sub.exitOverride().configureOutput(output);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ["commander.helpDisplayed", "commander.version", "commander.help"];
      if (informational.includes(error.code)) return EXIT_OK;
      io.stderr(formatUsageError(error.code, error.message, name !== undefined && Object.hasOwn(commands, name) ? name : undefined));
      return EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}
