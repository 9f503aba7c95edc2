import { setFlagsFromString } from "node:v8";
import { Option } from "commander";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";
import { readSources } from "../sources.js";

interface CheckFlags {
  format: "text" | "json" | "sarif";
  strict?: boolean;
  execute?: boolean;
  since?: string;
}

/** Codes that mean the input could not be checked at all: a usage or I/O failure (exit 2), not a finding. */
const IO_CODES = new Set(["CHECK_PATH_NOT_FOUND", "CHECK_PATH_UNREADABLE", "CHECK_SINCE_UNAVAILABLE", "MIGRATION_EXECUTE_UNAVAILABLE", "MIGRATION_EXECUTE_STOPPED"]);

export const registerCheck: RegisterCommand = (program, context) => {
  program
    .command("check")
    .description("Check Postgres migrations and OpenAPI documents against the agent's standards.")
    .argument("[paths...]", "migration files or folders, OpenAPI documents, or folders holding them (default: .)")
    .addOption(new Option("--format <format>", "text for people, json for tools, sarif (2.1.0) for code scanning").choices(["text", "json", "sarif"]).default("text"))
    .option("--strict", "fail on warnings too")
    .option("--execute", "also apply the migrations, in order, to an embedded Postgres and check each down migration's round trip")
    .option("--since <ref>", "read the migrations unchanged since this git revision as deployed, and check the ones added or changed since as later deploys")
    .action(async (paths: string[], flags: CheckFlags) => {
      const { io } = context;
      // A static check compiles the parser's 1.7 MB of WebAssembly once and parses a few files: V8's optimising
      // tier (compiled in the background, waited for at exit) costs more than it saves, about 0.1 s a run.
      // --execute runs Postgres itself in WebAssembly, where the optimising tier pays off.
      if (!flags.execute) setFlagsFromString("--liftoff-only");
      const [{ checkPaths }, format, { packageVersion }] = await Promise.all([
        import("../../check/index.js"),
        import("../../diagnostics/format/index.js"),
        import("../../version.js"),
      ]);
      const result = await checkPaths(paths, { cwd: io.cwd, execute: flags.execute === true, ...(flags.since !== undefined ? { since: flags.since } : {}) });
      const { diagnostics, files } = result;
      if (flags.format === "json") {
        io.stdout(format.formatJson(diagnostics, { cwd: io.cwd, files, ...(result.migrations ? { summary: { migrations: result.migrations } } : {}) }));
      } else if (flags.format === "sarif") {
        io.stdout(format.formatSarif(diagnostics, { cwd: io.cwd, toolVersion: packageVersion }));
      } else {
        const sources = io.stdoutIsTTY ? await readSources(diagnostics.map((found) => found.file)) : undefined;
        let text = format.formatText(diagnostics, {
          cwd: io.cwd,
          fileCount: files.filter((file) => file.kind !== "path").length,
          ...(sources ? { source: (file: string) => sources.get(file) } : {}),
        });
        if (result.migrations) text += migrationsLine(result.migrations);
        io.stdout(text);
      }
      const failed = diagnostics.some((found) => found.severity === "error" || (flags.strict && found.severity === "warning"));
      context.setExitCode(diagnostics.some((found) => IO_CODES.has(found.code)) ? EXIT_USAGE : failed ? EXIT_FINDINGS : EXIT_OK);
    });
};

function migrationsLine(summary: { applied: number; failed: number; roundTrips: number; roundTripFailures: number }): string {
  return `Applied ${summary.applied} ${summary.applied === 1 ? "migration" : "migrations"} (${summary.failed} failed); ${summary.roundTrips} down/up round ${summary.roundTrips === 1 ? "trip" : "trips"} (${summary.roundTripFailures} failed).\n`;
}
