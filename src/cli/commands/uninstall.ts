import { Option } from "commander";
import { EXIT_OK, type RegisterCommand } from "../context.js";
import { uninstall } from "../../install/uninstall.js";
import { formatError, formatFileState, formatUninstall } from "../../install/report/format.js";
import { exitCodeFor } from "./install.js";

interface UninstallFlags {
  scope: "user" | "project";
  pluginDir?: string;
  force?: boolean;
  json?: boolean;
}

export const registerUninstall: RegisterCommand = (program, context) => {
  program
    .command("uninstall")
    .description("Remove what backend-architect installed in a scope: only unedited files of ours; restores files --force had replaced.")
    .addOption(new Option("--scope <scope>", "which install to remove").choices(["user", "project"]).default("user"))
    .addOption(new Option("--plugin-dir <dir>", "remove from the agents/ folder of that plugin folder").conflicts("scope"))
    .option("--force", "also remove copies edited since install, keeping each as a timestamped backup")
    .option("--json", "print the result as JSON")
    .action(async (flags: UninstallFlags) => {
      const { io } = context;
      const outcome = await uninstall({
        cwd: io.cwd,
        env: io.env,
        scope: flags.scope,
        force: flags.force ?? false,
        ...(flags.pluginDir !== undefined ? { pluginDir: flags.pluginDir } : {}),
      });
      const state = formatFileState({ ...outcome, written: outcome.edits });
      if (flags.json) io.stdout(`${JSON.stringify({ ...outcome, target: outcome.target ?? null, error: outcome.error ?? null }, null, 2)}\n`);
      else if (outcome.ok) io.stdout(`${formatUninstall(outcome)}${state}`);
      else if (outcome.error) io.stderr(`${formatError(outcome.error)}${state}`);
      context.setExitCode(outcome.ok ? EXIT_OK : exitCodeFor(outcome.error?.code ?? ""));
    });
};
