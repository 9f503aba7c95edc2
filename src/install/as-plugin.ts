import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { fail, installError, ok, type Result } from "./errors.js";
import type { InstallEnv } from "./plan/scope.js";
import { packageRoot } from "./plan/source.js";

export interface AsPluginOptions extends InstallEnv {
  scope: "user" | "project";
  /** The package folder to add as a marketplace (tests may pass another). */
  packageRoot?: string;
  timeoutMs?: number;
}

export interface PluginInstall {
  id: string;
  scope: string;
  installPath: string | null;
  enabled: boolean;
}

/** The `claude` executable in the given PATH (never the process's own PATH), or undefined. */
export async function findClaude(env: InstallEnv["env"]): Promise<string | undefined> {
  for (const dir of (env["PATH"] ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "claude");
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

interface Run {
  code: number;
  output: string;
}

function runClaude(bin: string, args: string[], options: AsPluginOptions): Promise<Run> {
  return new Promise((done) => {
    execFile(bin, args, { cwd: options.cwd, env: { ...options.env }, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

/**
 * Hands the install to Claude Code's plugin manager: `claude plugin marketplace add <package>`,
 * `claude plugin install <plugin>@<marketplace> --scope <scope>`, then confirms with
 * `claude plugin list --json`.
 */
export async function installAsPlugin(options: AsPluginOptions): Promise<Result<PluginInstall>> {
  const bin = await findClaude(options.env);
  if (!bin) return fail(installError("INSTALL_CLAUDE_MISSING"));
  const root = options.packageRoot ?? packageRoot();
  const manifestPath = join(root, ".claude-plugin", "marketplace.json");
  let marketplace: string;
  let plugin: string;
  try {
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { name?: unknown; plugins?: { name?: unknown }[] };
    if (typeof manifest.name !== "string" || typeof manifest.plugins?.[0]?.name !== "string") throw new Error("no name");
    marketplace = manifest.name;
    plugin = manifest.plugins[0].name;
  } catch {
    return fail(installError("INSTALL_SOURCE_MISSING", { path: manifestPath }));
  }
  const steps: string[][] = [
    ["plugin", "marketplace", "add", root],
    ["plugin", "install", `${plugin}@${marketplace}`, "--scope", options.scope],
  ];
  for (const args of steps) {
    const run = await runClaude(bin, args, options);
    if (run.code !== 0) return fail(claudeFailed(args, run));
  }
  const listArgs = ["plugin", "list", "--json"];
  const list = await runClaude(bin, listArgs, options);
  if (list.code !== 0) return fail(claudeFailed(listArgs, list));
  const id = `${plugin}@${marketplace}`;
  try {
    const entries = JSON.parse(list.output.slice(list.output.indexOf("["))) as { id?: string; scope?: string; installPath?: string; enabled?: boolean }[];
    const found = entries.find((entry) => entry.id === id && entry.scope === options.scope) ?? entries.find((entry) => entry.id === id);
    if (found) return ok({ id, scope: found.scope ?? options.scope, installPath: found.installPath ?? null, enabled: found.enabled === true });
  } catch {
    // falls through to the failure below
  }
  return fail(claudeFailed(listArgs, { code: 0, output: `${id} is not in the list` }));
}

function claudeFailed(args: string[], run: Run) {
  const output = run.output.trim().split("\n").slice(-3).join(" ").slice(0, 400);
  return installError("INSTALL_CLAUDE_FAILED", { command: args.join(" "), exit: run.code, output });
}
