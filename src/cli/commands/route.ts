import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildVocabulary } from "../../activation/agent-vocabulary.js";
import { route } from "../../activation/route.js";
import { routeLines } from "../../activation/route-lines.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../context.js";
import type { RegisterCommand } from "./index.js";

/** The package's own agent file: three levels up from src/cli/commands or dist/cli/commands. */
const packageAgent = fileURLToPath(new URL("../../../agents/backend-architect.md", import.meta.url));

export const registerRoute: RegisterCommand = (program, { io, setExitCode }) => {
  program
    .command("route")
    .description("Decide whether a prompt is backend-architect's work, as the activation hook does; print the decision as JSON.")
    .argument("[prompt...]", "the prompt (several words are joined with spaces)")
    .option("--jsonl", 'read {"prompt": "..."} lines on stdin and write one decision per line, in order')
    .option("--agent <file>", "read the vocabulary from this agent file instead of the package's")
    .action(async (words: string[], options: { jsonl?: boolean; agent?: string }) => {
      const agentPath = options.agent === undefined ? packageAgent : resolve(io.cwd, options.agent);
      let markdown: string;
      try {
        markdown = await readFile(agentPath, "utf8");
      } catch (error) {
        io.stderr(`ROUTE_AGENT_UNREADABLE: cannot read the agent file ${agentPath} (${(error as NodeJS.ErrnoException).code ?? "error"}).\n`);
        io.stderr("  hint: pass an existing agent file with --agent <file>.\n");
        setExitCode(EXIT_USAGE);
        return;
      }
      const vocabulary = buildVocabulary(markdown);
      if (options.jsonl) {
        if (words.length > 0) {
          io.stderr("ROUTE_USAGE: give either a prompt or --jsonl, not both.\n");
          io.stderr('  hint: route one prompt with backend-architect route "<prompt>", or many with backend-architect route --jsonl < prompts.jsonl.\n');
          setExitCode(EXIT_USAGE);
          return;
        }
        let failed = false;
        for (const result of routeLines(await io.readStdin(), vocabulary)) {
          if (result.ok) {
            const { ok: _ok, ...decision } = result;
            io.stdout(`${JSON.stringify(decision)}\n`);
          } else {
            failed = true;
            const { code, line, message } = result;
            io.stdout(`${JSON.stringify({ activate: false, explicit: false, score: 0, reasons: [], error: { code, line, message } })}\n`);
            io.stderr(`${code}: ${message}.\n  hint: ${result.hint}\n`);
          }
        }
        setExitCode(failed ? EXIT_FINDINGS : EXIT_OK);
        return;
      }
      if (words.length === 0) {
        io.stderr("ROUTE_NO_PROMPT: there is no prompt to route.\n");
        io.stderr('  hint: give one, e.g. backend-architect route "Design the orders API", or pipe {"prompt": "..."} lines into backend-architect route --jsonl.\n');
        setExitCode(EXIT_USAGE);
        return;
      }
      io.stdout(`${JSON.stringify(route(words.join(" "), vocabulary))}\n`);
      setExitCode(EXIT_OK);
    });
};
