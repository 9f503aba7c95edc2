import { run } from "../../src/cli/run.js";
import type { CliIo } from "../../src/cli/io.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string; tty?: boolean; packageRoot?: string } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => options.stdin ?? "",
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdoutIsTTY: options.tty ?? false,
    ...(options.packageRoot !== undefined ? { packageRoot: options.packageRoot } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
