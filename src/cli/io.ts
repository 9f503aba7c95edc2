/** Everything the CLI touches of the outside world, so a test can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** The package `install` takes the agent from; unset means this package (tests point it at a fixture package). */
  packageRoot?: string;
}

export function processIo(): CliIo {
  // When the reader goes away (`backend-architect ... | head`), stop writing but let the command finish its
  // work and exit with its own code, instead of dying on an unhandled EPIPE halfway through.
  let readerGone = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    readerGone = true;
  });
  return {
    stdout: (text) => void (readerGone || process.stdout.write(text)),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
