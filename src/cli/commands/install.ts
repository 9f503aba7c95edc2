import { Option } from "commander";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";
import { install } from "../../install/install.js";
import { formatError } from "../../install/report/format.js";
import { installJson, installText } from "../../install/report/install-output.js";
import { installAsPlugin } from "../../install/as-plugin.js";

interface InstallFlags {
  scope: "user" | "project";
  pluginDir?: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  asPlugin?: boolean;
  hooks: boolean;
}

/** Exit 1 for what the user decides (a conflict, an invalid agent); 2 for I/O and environment failures. */
const FINDING_CODES = new Set(["INSTALL_CONFLICT", "INSTALL_SOURCE_INVALID", "INSTALL_PLUGIN_AGENT_CLASH", "UNINSTALL_EDITED", "UNINSTALL_NOTHING"]);
export const exitCodeFor = (code: string): number => (FINDING_CODES.has(code) ? EXIT_FINDINGS : EXIT_USAGE);

export const registerInstall: RegisterCommand = (program, context) => {
  program
    .command("install")
    .description("Install the backend-architect agent into Claude Code (plan, then write; never overwrites a file that is not ours without --force).")
    .addOption(new Option("--scope <scope>", "where to install").choices(["user", "project"]).default("user"))
    .addOption(new Option("--plugin-dir <dir>", "install into the agents/ folder of an existing plugin folder").conflicts("scope"))
    .option("--dry-run", "print the plan and write nothing")
    .option("--force", "replace conflicting files, keeping each as a timestamped backup")
    .option("--no-hooks", "do not register the activation hooks in the scope's settings.json")
    // Claude Code's plugin manager has no dry run, no backups and its own hooks: refuse rather than ignore those flags.
    .addOption(
      new Option("--as-plugin", "hand over to Claude Code's plugin manager (claude plugin install)").conflicts(["pluginDir", "dryRun", "force", "hooks"]),
    )
    .option("--json", "print the result as JSON")
    .action(async (flags: InstallFlags) => {
      const { io } = context;
      const base = { cwd: io.cwd, env: io.env };
      if (flags.asPlugin) {
        const result = await installAsPlugin({ ...base, scope: flags.scope });
        if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else if (result.ok) io.stdout(`Installed as a Claude Code plugin: ${result.value.id} (${result.value.scope} scope). Invoke it with @agent-backend-architect:backend-architect.\n`);
        else io.stderr(`${formatError(result.error)}Your files: nothing was changed by this installer.\n`);
        context.setExitCode(result.ok ? EXIT_OK : exitCodeFor(result.error.code));
        return;
      }
      const options = {
        ...base,
        scope: flags.scope,
        dryRun: flags.dryRun ?? false,
        force: flags.force ?? false,
        hooks: flags.hooks,
        ...(flags.pluginDir !== undefined ? { pluginDir: flags.pluginDir } : {}),
        ...(io.packageRoot !== undefined ? { source: { packageRoot: io.packageRoot } } : {}),
      };
      const outcome = await install(options);
      if (flags.json) {
        io.stdout(`${JSON.stringify(installJson(outcome), null, 2)}\n`);
      } else {
        const text = installText(outcome, io.cwd);
        io.stdout(text.stdout);
        io.stderr(text.stderr);
      }
      context.setExitCode(outcome.ok ? EXIT_OK : exitCodeFor(outcome.error?.code ?? ""));
    });
};
