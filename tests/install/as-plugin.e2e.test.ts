import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claude, claudeBin, makeSandbox, type Sandbox } from "../support/claude.js";
import { runCli, type CliResult } from "../support/cli.js";

// `install --as-plugin` hands over to the real Claude Code's plugin manager; doctor then reads what it did.

let sandbox: Sandbox;
let installed: CliResult;
let list: { id: string; scope: string; enabled: boolean }[];
let doctorJson: { clashes: { copies: { source: string; agentType: string; plugin?: { id: string; enabled: boolean } }[] }; findings: { code: string }[] };

beforeAll(async () => {
  sandbox = await makeSandbox();
  const env = { ...sandbox.env, PATH: `${dirname(claudeBin)}:${sandbox.env["PATH"] ?? ""}` };
  installed = await runCli(["install", "--as-plugin", "--scope", "user"], { cwd: sandbox.project, env });
  list = JSON.parse((await claude(["plugin", "list", "--json"], { sandbox })).stdout) as typeof list;
  const doctor = await runCli(["doctor", "--json"], { cwd: sandbox.project, env });
  doctorJson = JSON.parse(doctor.stdout) as typeof doctorJson;
}, 180_000);

afterAll(async () => sandbox?.cleanup());

describe("install --as-plugin with the real claude on PATH", () => {
  it("adds the marketplace, installs the plugin in the user scope and confirms it", () => {
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toContain("Installed as a Claude Code plugin: backend-architect@backend-architect-marketplace (user scope)");
    expect(list).toContainEqual(expect.objectContaining({ id: "backend-architect@backend-architect-marketplace", scope: "user", enabled: true }));
  });

  it("doctor sees the plugin's agent as enabled, under its namespaced type", () => {
    expect(doctorJson.clashes.copies).toContainEqual(expect.objectContaining({
      source: "plugin",
      agentType: "backend-architect:backend-architect",
      plugin: { id: "backend-architect@backend-architect-marketplace", enabled: true },
    }));
    expect(doctorJson.findings.map((f) => f.code)).not.toContain("DOCTOR_PLUGIN_DISABLED");
  });
});
