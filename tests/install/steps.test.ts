import { describe, expect, it } from "vitest";
import { installSteps } from "../../src/install/apply/steps.js";
import { uninstallSteps } from "../../src/install/apply/uninstall-steps.js";
import { targetAt } from "../../src/install/layout/target.js";
import type { Plan, PlannedFile } from "../../src/install/plan/plan.js";
import { emptyRecord, sha256 } from "../../src/install/state/record.js";

const target = targetAt("user", "/home/u/.claude");
const now = new Date("2026-01-02T03:04:05.000Z");
const options = { now, backupName: (path: string) => `backups/T-${path.replaceAll("/", "__")}` };

function file(path: string, action: PlannedFile["action"], content: string, current?: string): PlannedFile {
  const planned: PlannedFile = { path, target: `${target.root}/${path}`, action, content: Buffer.from(content), sha256: sha256(content), diff: "" };
  if (current !== undefined) planned.current = { sha256: sha256(current), ownership: "foreign", content: Buffer.from(current) };
  return planned;
}

const plan = (files: PlannedFile[], record = emptyRecord("user")): Plan => ({ target, version: "2.0.0", force: true, files, edits: [], record });

// The steps are data: what the executor will do, in order, and the record it leaves, worked out without a disk.
describe("installSteps (pure)", () => {
  it("--force over a foreign file: backup, record pending, write, record final; the next record remembers the backup", () => {
    const { steps, nextRecord } = installSteps(plan([file("agents/backend-architect.md", "replace", "ours", "theirs")]), undefined, options);
    expect(steps.map((step) => step.name)).toEqual(["backup:agents/backend-architect.md", "record:pending", "write:agents/backend-architect.md", "record:final"]);
    const pending = steps.find((step) => step.name === "record:pending");
    expect(pending?.kind === "record" && pending.record.files[0]?.pending).toEqual({ previousSha256: sha256("theirs") });
    expect(nextRecord.files).toEqual([
      { path: "agents/backend-architect.md", sha256: sha256("ours"), version: "2.0.0", installedAt: now.toISOString(), replaced: { sha256: sha256("theirs"), backup: "backups/T-agents__backend-architect.md" } },
    ]);
  });

  it("nothing to change: no steps", () => {
    expect(installSteps(plan([file("agents/backend-architect.md", "unchanged", "ours")]), undefined, options).steps).toEqual([]);
  });

  it("gives the same answer twice and leaves its inputs alone", () => {
    const input = plan([file("agents/backend-architect.md", "create", "ours")]);
    const before = structuredClone(input.record);
    expect(installSteps(input, input.record, options)).toEqual(installSteps(input, input.record, options));
    expect(input.record).toEqual(before);
  });
});

describe("uninstallSteps (pure)", () => {
  it("--force over an edited copy and a replaced file: backup, record removing, restore or remove, record gone", () => {
    const record = emptyRecord("user");
    const replaced = { path: "agents/backend-architect.md", sha256: sha256("ours"), version: "1", installedAt: now.toISOString(), replaced: { sha256: sha256("theirs"), backup: "backups/b1" } };
    const hook = { path: "backend-architect/hooks/pre-tool-use.mjs", sha256: sha256("hook"), version: "1", installedAt: now.toISOString() };
    record.files.push(replaced, hook);
    const found = [
      { entry: replaced, path: `${target.root}/${replaced.path}`, disk: Buffer.from("ours"), edited: false },
      { entry: hook, path: `${target.root}/${hook.path}`, disk: Buffer.from("hook, edited"), edited: true },
    ];
    const steps = uninstallSteps(target, record, found, [], options.backupName);
    expect(steps.map((step) => [step.name, step.kind])).toEqual([
      ["backup:backend-architect/hooks/pre-tool-use.mjs", "backup"],
      ["record:removing", "record"],
      ["remove:agents/backend-architect.md", "restore"],
      ["remove:backend-architect/hooks/pre-tool-use.mjs", "remove"],
      ["record:remove", "forget"],
    ]);
    const marked = steps[1];
    expect(marked?.kind === "record" && marked.record.files.every((file) => file.removing === true)).toBe(true);
    expect(record.files.some((file) => "removing" in file)).toBe(false);
    expect(steps[2]).toMatchObject({ from: `${target.stateDir}/backups/b1` });
  });
});
