import { EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";
import { getStatus } from "../../install/report/status.js";
import { formatStatus } from "../../install/report/format-status.js";

export const registerStatus: RegisterCommand = (program, context) => {
  program
    .command("status")
    .description("Show what this installer put in the user and project scopes (and a --plugin-dir): each file, its version, and whether it was edited since. `doctor` also looks at plugin installs.")
    .option("--plugin-dir <dir>", "also look in that plugin folder")
    .option("--json", "print the result as JSON")
    .action(async (flags: { pluginDir?: string; json?: boolean }) => {
      const { io } = context;
      const status = await getStatus({ cwd: io.cwd, env: io.env, ...(flags.pluginDir !== undefined ? { pluginDir: flags.pluginDir } : {}) });
      io.stdout(flags.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
      context.setExitCode(status.some((s) => s.error) ? EXIT_USAGE : EXIT_OK);
    });
};
