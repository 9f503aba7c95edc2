import { join, resolve } from "node:path";
import { Option } from "commander";
import { claudeCodeRelease } from "../../version.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type RegisterCommand } from "../context.js";

interface InspectFlags {
  scope?: "user" | "project" | "plugin";
  pluginName?: string;
  json?: boolean;
}

export const registerInspect: RegisterCommand = (program, context) => {
  program
    .command("inspect")
    .description(`Show an agent file as Claude Code ${claudeCodeRelease} loads it: loaded or not, agent type, description, tools, model.`)
    .argument("<file>", "the agent file (.md)")
    .addOption(new Option("--scope <scope>", "load it as a user, project or plugin agent (default: from where it is)").choices(["user", "project", "plugin"]))
    .option("--plugin-name <name>", "the plugin's name, for a plugin agent (implies --scope plugin; default: from .claude-plugin/plugin.json)")
    .option("--json", "print {loaded, agentType, description, tools, mcpTools, model, diagnostics} as JSON")
    .action(async (file: string, flags: InspectFlags) => {
      const { io } = context;
      const [{ inspectAgentFile }, format] = await Promise.all([import("../../validate/agent/inspect.js"), import("../../diagnostics/format/index.js")]);
      const configDir = io.env["CLAUDE_CONFIG_DIR"] || (io.env["HOME"] ? join(io.env["HOME"], ".claude") : undefined);
      const result = await inspectAgentFile(file, {
        cwd: io.cwd,
        ...(configDir !== undefined ? { userAgentsDir: join(resolve(io.cwd, configDir), "agents") } : {}),
        ...(flags.scope ? { scope: flags.scope } : {}),
        ...(flags.pluginName !== undefined ? { pluginName: flags.pluginName } : {}),
      });
      if (!result.ok && flags.json) {
        // The same shape as an inspection, so a tool reading --json reads one shape: nothing loaded, the reason in diagnostics.
        const diagnostics = [{ ...result.error, file: format.displayPath(result.error.file, io.cwd) }];
        io.stdout(`${JSON.stringify({ loaded: false, agentType: null, description: null, tools: null, mcpTools: [], model: null, diagnostics }, null, 2)}\n`);
        context.setExitCode(EXIT_USAGE);
        return;
      }
      if (!result.ok) {
        const { error } = result;
        io.stderr(`${format.displayPath(error.file, io.cwd)}  ${error.severity}  ${error.message}  ${error.code}\n${error.hint ? `  hint: ${error.hint}\n` : ""}`);
        context.setExitCode(EXIT_USAGE);
        return;
      }
      const found = result.inspection;
      const diagnostics = found.diagnostics.map((d) => ({ ...d, file: format.displayPath(d.file, io.cwd) }));
      if (flags.json) {
        const { loaded, agentType, description, tools, mcpTools, model } = found;
        io.stdout(`${JSON.stringify({ loaded, agentType, description, tools, mcpTools, model, diagnostics }, null, 2)}\n`);
      } else {
        const where = found.scope === "plugin" ? `plugin agent of "${found.pluginName ?? ""}"` : `${found.scope} agent`;
        const tools = found.tools === null ? (found.disallowedTools.length > 0 ? `all except ${found.disallowedTools.join(", ")}` : "all tools") : found.tools.length === 0 ? "none" : found.tools.join(", ");
        const lines = [
          `${format.displayPath(found.file, io.cwd)} as a ${where}`,
          `  loaded:       ${found.loaded ? "yes" : "no, Claude Code drops it"}`,
          ...(found.loaded
            ? [
                `  agent type:   ${found.agentType ?? ""}`,
                `  description:  ${(found.description ?? "").replace(/\n/g, "\n                ")}`,
                `  tools:        ${tools}`,
                ...(found.mcpTools.length > 0 ? [`  MCP tools:    ${found.mcpTools.join(", ")}`] : []),
                `  model:        ${found.model ?? "inherits the parent's"}`,
              ]
            : []),
          "",
        ];
        io.stdout(`${lines.join("\n")}\n${format.formatText(found.diagnostics, { cwd: io.cwd, fileCount: 1 })}`);
      }
      context.setExitCode(found.diagnostics.some((d) => d.severity === "error") ? EXIT_FINDINGS : EXIT_OK);
    });
};
