import { Option } from "commander";
import { claudeCodeRelease } from "../../version.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";
import { readSources } from "../sources.js";

interface ValidateFlags {
  format: "text" | "json" | "sarif";
  strict?: boolean;
  fix?: boolean;
}

/** Codes that mean the input could not be checked (or fixed) at all: a usage or I/O failure (exit 2), not a finding. */
const IO_CODES = new Set(["PATH_NOT_FOUND", "PATH_UNREADABLE", "FIX_WRITE_FAILED"]);

export const registerValidate: RegisterCommand = (program, context) => {
  program
    .command("validate")
    .description(`Check agent files, plugin folders and marketplaces the way Claude Code ${claudeCodeRelease} loads them.`)
    .argument("[paths...]", "agent files, agent folders, plugin folders, marketplaces or projects (default: .)")
    .addOption(new Option("--format <format>", "text for people, json for tools, sarif (2.1.0) for code scanning").choices(["text", "json", "sarif"]).default("text"))
    .option("--strict", "fail on warnings too")
    .option("--fix", "rewrite agent files where a safe, meaning-preserving fix exists (atomically), then check again")
    .action(async (paths: string[], flags: ValidateFlags) => {
      const { io } = context;
      // Loaded here, not at start-up, so other commands do not pay for the validator; in dist/ it is one bundled file.
      const [{ validateAndFix, ...format }, { packageVersion }, fixer] = await Promise.all([
        import("../../validate/cli-bundle.js"),
        import("../../version.js"),
        flags.fix ? import("../../install/agent-fixes.js") : undefined,
      ]);
      const { files, diagnostics, fixed } = await validateAndFix(paths, { cwd: io.cwd, ...(fixer ? { fix: (agents: readonly string[]) => fixer.applyAgentFixes(agents) } : {}) });
      for (const { file, changes } of fixed) {
        const shown = format.displayPath(file, io.cwd);
        for (const change of changes) io.stderr(`fixed ${shown}:${change.line}  ${change.summary}  ${change.code}\n`);
      }
      if (flags.format === "json") {
        io.stdout(format.formatJson(diagnostics, { cwd: io.cwd, files }));
      } else if (flags.format === "sarif") {
        io.stdout(format.formatSarif(diagnostics, { cwd: io.cwd, toolVersion: packageVersion }));
      } else {
        const sources = io.stdoutIsTTY ? await readSources(diagnostics.map((found) => found.file)) : undefined;
        io.stdout(
          format.formatText(diagnostics, {
            cwd: io.cwd,
            fileCount: files.filter((file) => file.kind !== "path").length,
            ...(sources ? { source: (file: string) => sources.get(file) } : {}),
          }),
        );
      }
      const failed = diagnostics.some((found) => found.severity === "error" || (flags.strict && found.severity === "warning"));
      context.setExitCode(diagnostics.some((found) => IO_CODES.has(found.code)) ? EXIT_USAGE : failed ? EXIT_FINDINGS : EXIT_OK);
    });
};
