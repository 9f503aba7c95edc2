import { Option } from "commander";
import { explainDecision } from "../../router/explain.js";
import { ROUTING_MODES } from "../../router/mode.js";
import { committedModel } from "../../router/model.js";
import { routeLines } from "../../router/route-lines.js";
import { route } from "../../router/route.js";
import type { RouteDecision, RoutingMode } from "../../router/types.js";
import { routeCodes } from "../../diagnostics/codes/route.js";
import { render } from "../../diagnostics/define.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";

/** The decision printed for a line that could not be routed: nothing activates. */
function refusal(routing: RoutingMode): RouteDecision {
  const model = committedModel();
  return { activate: false, explicit: false, routing, score: 0, threshold: model.threshold / model.scale, reasons: [] };
}

/** `CODE: message` and its hint, as every usage error prints. */
function usageLines(code: "ROUTE_USAGE" | "ROUTE_NO_PROMPT"): string {
  const { message, hint } = render(routeCodes[code], {});
  return `${code}: ${message}\n  hint: ${hint}\n`;
}

export const registerRoute: RegisterCommand = (program, { io, setExitCode }) => {
  program
    .command("route")
    .description("Decide whether a prompt is backend-architect's work, as the activation hook does; print the decision as JSON.")
    .argument("[prompt...]", "the prompt (several words are joined with spaces)")
    .option("--jsonl", 'read {"prompt": "..."} lines on stdin and write one decision per line, in order')
    .addOption(new Option("--routing <mode>", "decide as the hook does in this routing mode").choices(ROUTING_MODES).default("auto"))
    .option("--explain", "print one line a person can read instead of JSON")
    .action(async (words: string[], options: { jsonl?: boolean; routing: RoutingMode; explain?: boolean }) => {
      const print = (decision: RouteDecision) => io.stdout(`${options.explain ? explainDecision(decision) : JSON.stringify(decision)}\n`);
      if (options.jsonl) {
        if (words.length > 0) {
          io.stderr(usageLines("ROUTE_USAGE"));
          setExitCode(EXIT_USAGE);
          return;
        }
        let failed = false;
        for (const result of routeLines(await io.readStdin(), { routing: options.routing })) {
          if (result.ok) {
            const { ok: _ok, ...decision } = result;
            print(decision);
          } else {
            failed = true;
            const { code, line, message } = result;
            if (options.explain) io.stdout(`error: ${code} on line ${line}\n`);
            else io.stdout(`${JSON.stringify({ ...refusal(options.routing), error: { code, line, message } })}\n`);
            io.stderr(`${code}: ${message}.\n  hint: ${result.hint}\n`);
          }
        }
        setExitCode(failed ? EXIT_FINDINGS : EXIT_OK);
        return;
      }
      if (words.length === 0) {
        io.stderr(usageLines("ROUTE_NO_PROMPT"));
        setExitCode(EXIT_USAGE);
        return;
      }
      print(route(words.join(" "), { routing: options.routing }));
      setExitCode(EXIT_OK);
    });
};
