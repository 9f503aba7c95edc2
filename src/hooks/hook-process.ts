/**
 * The process side of a hook: read stdin, hand it to a pure function, print what it returns, exit 0.
 * Hooks are entry points of their own (Claude Code runs them), so like the CLI they may print; they
 * never fail the user's prompt or tool call because of their own trouble: any error means silence.
 */

/** Stop reading beyond this many bytes: the hook then stays silent instead of holding the prompt up. */
const MAX_STDIN_BYTES = 16 * 1024 * 1024;

async function readStdin(): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_STDIN_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The value of `--agent-type <type>` (or `--agent-type=<type>`), else the fallback. */
export function agentTypeFrom(argv: readonly string[], fallback: string): string {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--agent-type") {
      const value = argv[index + 1];
      if (value !== undefined && value.length > 0) return value;
    } else if (arg.startsWith("--agent-type=") && arg.length > "--agent-type=".length) {
      return arg.slice("--agent-type=".length);
    }
  }
  return fallback;
}

/** Parses a hook's stdin as a JSON object; anything else is `undefined`. */
export function parseHookInput(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function runHook(produce: (stdin: string, argv: readonly string[], env: Readonly<Record<string, string | undefined>>) => string): Promise<void> {
  try {
    const stdin = await readStdin();
    if (stdin !== undefined) {
      const output = produce(stdin, process.argv.slice(2), process.env);
      if (output.length > 0) process.stdout.write(output);
    }
  } catch {
    // Silence is the safe answer: the prompt or tool call goes ahead as if we were not installed.
  }
  process.exitCode = 0;
}
