import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { checkedKindOf, checkText } from "../check/text.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { agentTypeFrom, parseHookInput } from "./hook-process.js";

const PLUGIN_AGENT_TYPE = "backend-architect:backend-architect";
/** At most this many findings go back to the model; the rest are counted. */
const MAX_SHOWN = 20;
/** Files larger than this are not checked (a dump, not a migration the agent wrote). */
const MAX_BYTES = 2 * 1024 * 1024;

export interface PostToolUseDeps {
  readFile(path: string): Promise<string | undefined>;
  check(input: { file: string; text: string; readFile: (path: string) => Promise<string | undefined> }): Promise<Diagnostic[]>;
}

const nodeDeps: PostToolUseDeps = {
  readFile: async (path) => {
    try {
      const text = await readFile(path, "utf8");
      return text.length > MAX_BYTES ? undefined : text;
    } catch {
      return undefined;
    }
  },
  check: checkText,
};

/**
 * What the PostToolUse hook prints for one stdin: when the configured agent wrote or edited a migration
 * (.sql) or an OpenAPI document, the static checks' findings as `additionalContext`, which Claude Code
 * puts in front of the model with the tool's result, so it fixes them before it answers. Nothing for a
 * clean file, another caller, another tool, or a file it cannot read: the write itself is never blocked.
 */
export async function postToolUseOutput(stdin: string, options: { agentType: string }, deps: PostToolUseDeps = nodeDeps): Promise<string> {
  const input = parseHookInput(stdin);
  if (!input || input["agent_type"] !== options.agentType) return "";
  if (input["tool_name"] !== "Write" && input["tool_name"] !== "Edit") return "";
  const toolInput = input["tool_input"];
  const path = typeof toolInput === "object" && toolInput !== null ? (toolInput as Record<string, unknown>)["file_path"] : undefined;
  if (typeof path !== "string" || checkedKindOf(path) === undefined) return "";
  const cwd = typeof input["cwd"] === "string" ? input["cwd"] : process.cwd();
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  const text = await deps.readFile(file);
  if (text === undefined) return "";
  const findings = await deps.check({ file, text, readFile: deps.readFile });
  if (findings.length === 0) return "";
  return JSON.stringify({ hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: feedback(findings, file, cwd) } });
}

/** The findings as the model reads them: file, line, code, what is wrong and what to do. */
export function feedback(findings: readonly Diagnostic[], file: string, cwd: string): string {
  const shown = relative(cwd, file).startsWith("..") ? file : relative(cwd, file);
  const lines = findings.slice(0, MAX_SHOWN).map((found) => {
    const where = found.file === file ? `line ${found.start.line}` : `${found.file}:${found.start.line}`;
    return `- ${where} ${found.code} (${found.severity}): ${found.message}${found.hint ? ` Fix: ${found.hint}` : ""}`;
  });
  if (findings.length > MAX_SHOWN) lines.push(`- and ${findings.length - MAX_SHOWN} more.`);
  return [
    `backend-architect check found ${findings.length} ${findings.length === 1 ? "problem" : "problems"} in ${shown}, which you just wrote:`,
    ...lines,
    "Fix them in the file before you answer, or say in your answer why one does not apply. The user can check the whole sequence against a real Postgres with `npx backend-architect check --execute <folder>`.",
  ].join("\n");
}

/** Entry point of the generated hooks/post-tool-use.mjs. */
export async function mainPostToolUse(): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    const output = await postToolUseOutput(Buffer.concat(chunks).toString("utf8"), { agentType: agentTypeFrom(process.argv.slice(2), PLUGIN_AGENT_TYPE) });
    if (output.length > 0) process.stdout.write(output);
  } catch (error) {
    // Silence is the safe answer: the write already happened, and a broken check must not get in its way.
    if (process.env["BACKEND_ARCHITECT_HOOK_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exitCode = 0;
}
