import { EXIT_FINDINGS, EXIT_OK, type RegisterCommand } from "../context.js";
import { doctor } from "../../install/report/doctor.js";
import { formatDoctor } from "../../install/report/format-status.js";

export const registerDoctor: RegisterCommand = (program, context) => {
  program
    .command("doctor")
    .description("Status, plus what Claude Code will actually load: invalid copies, name clashes and which copy wins, disabled plugin installs, outdated copies; and every registered hook run with synthetic events, as Claude Code runs it. A next step for each problem.")
    .option("--plugin-dir <dir>", "also look in that plugin folder")
    .option("--json", "print the result as JSON")
    .action(async (flags: { pluginDir?: string; json?: boolean }) => {
      const { io } = context;
      const report = await doctor({ cwd: io.cwd, env: io.env, ...(flags.pluginDir !== undefined ? { pluginDir: flags.pluginDir } : {}) });
      io.stdout(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctor(report));
      context.setExitCode(report.findings.some((f) => f.severity !== "info") ? EXIT_FINDINGS : EXIT_OK);
    });
};
