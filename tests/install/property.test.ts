import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { install } from "../../src/install/install.js";
import { sha256, type InstallRecord } from "../../src/install/state/record.js";
import { uninstall } from "../../src/install/uninstall.js";
import { fixtureAgent, tempHome, treeHash, type TempHome } from "./support/sandbox.js";
import { ACTIVATION_HOOK_MARKER } from "../../src/install/plan/settings.js";

type Step =
  | { kind: "install"; pkg: "package-v1" | "package-v2"; force: boolean }
  | { kind: "uninstall"; force: boolean }
  | { kind: "edit"; text: string }
  | { kind: "delete" }
  | { kind: "settings"; value: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("install" as const), pkg: fc.constantFrom("package-v1" as const, "package-v2" as const), force: fc.boolean() }),
  fc.record({ kind: fc.constant("uninstall" as const), force: fc.boolean() }),
  fc.record({ kind: fc.constant("edit" as const), text: fc.string({ maxLength: 40 }).map((s) => `user bytes: ${s}\n`) }),
  fc.record({ kind: fc.constant("delete" as const) }),
  fc.record({ kind: fc.constant("settings" as const), value: fc.string({ maxLength: 12 }) }),
);

const ours = new Set([fixtureAgent("package-v1"), fixtureAgent("package-v2")]);

function readBackups(t: TempHome): Map<string, string> {
  const dir = join(t.home, ".claude", ".backend-architect", "backups");
  const out = new Map<string, string>();
  if (existsSync(dir)) for (const name of readdirSync(dir)) out.set(name, readFileSync(join(dir, name), "utf8"));
  return out;
}

describe("install/uninstall under random sequences (property)", () => {
  it("never loses a user byte, and the record always matches the disk", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(step, { minLength: 1, maxLength: 10 }), async (foreignFirst, steps) => {
        const t = tempHome();
        const agent = join(t.home, ".claude", "agents", "backend-architect.md");
        const settingsFile = join(t.home, ".claude", "settings.json");
        const readSettings = (): string | undefined => (existsSync(settingsFile) ? readFileSync(settingsFile, "utf8") : undefined);
        /** The user's own settings: everything but our hooks. */
        const userSettings = (text: string | undefined): unknown => {
          if (text === undefined) return undefined;
          const settings = JSON.parse(text) as { hooks?: Record<string, { hooks: { command: string; args?: string[] }[] }[]> };
          const ours = (h: { command: string; args?: string[] }): boolean => h.command.includes(ACTIVATION_HOOK_MARKER) || (h.args ?? []).includes(ACTIVATION_HOOK_MARKER);
          const hooks = Object.fromEntries(Object.entries(settings.hooks ?? {}).map(([event, groups]) => [event, groups.filter((g) => !g.hooks.some(ours))]).filter(([, groups]) => (groups as unknown[]).length > 0));
          return Object.keys(hooks).length > 0 ? { ...settings, hooks } : { ...settings, hooks: undefined };
        };
        const recordFile = join(t.home, ".claude", ".backend-architect", "record.json");
        try {
          if (foreignFirst) {
            mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
            writeFileSync(agent, "a foreign agent that was here first\n");
          }
          for (const s of steps) {
            if (s.kind === "edit") {
              mkdirSync(join(t.home, ".claude", "agents"), { recursive: true });
              writeFileSync(agent, s.text);
              continue;
            }
            if (s.kind === "delete") {
              rmSync(agent, { force: true });
              continue;
            }
            if (s.kind === "settings") {
              // The user edits settings.json: a key of theirs, keeping whatever else is there.
              mkdirSync(join(t.home, ".claude"), { recursive: true });
              const current = readSettings();
              const settings = current === undefined ? {} : (JSON.parse(current) as Record<string, unknown>);
              writeFileSync(settingsFile, `${JSON.stringify({ ...settings, mine: s.value }, null, 2)}\n`);
              continue;
            }
            const settingsBefore = readSettings();
            const before = existsSync(agent) ? readFileSync(agent, "utf8") : undefined;
            const backupsBefore = readBackups(t);
            const hashBefore = treeHash(t.dir);
            const outcome = s.kind === "install"
              ? await install(t.options({ force: s.force, hooks: true }, s.pkg))
              : await uninstall(t.options({ force: s.force }));
            const after = existsSync(agent) ? readFileSync(agent, "utf8") : undefined;
            const backupsAfter = readBackups(t);
            // Backups only ever grow, byte for byte.
            for (const [name, text] of backupsBefore) expect(backupsAfter.get(name)).toBe(text);
            // User content present before the run is on disk or in a backup after it.
            if (before !== undefined && !ours.has(before)) {
              expect(after === before || [...backupsAfter.values()].includes(before)).toBe(true);
            }
            // settings.json: the user's part survives every run, and its bytes before a change are in a backup.
            const settingsAfter = readSettings();
            expect(userSettings(settingsAfter) ?? {}).toEqual(userSettings(settingsBefore) ?? {});
            const hadUserPart = settingsBefore !== undefined && JSON.stringify(userSettings(settingsBefore)) !== "{}";
            if (hadUserPart && settingsAfter !== settingsBefore) {
              expect([...backupsAfter.values()]).toContain(settingsBefore);
            }
            if (!outcome.ok) {
              expect(treeHash(t.dir)).toBe(hashBefore);
              continue;
            }
            const ourHooks = (settingsAfter ?? "").includes(ACTIVATION_HOOK_MARKER);
            expect(ourHooks).toBe(s.kind === "install");
            if (s.kind === "install") {
              expect(after).toBe(fixtureAgent(s.pkg));
              const record = JSON.parse(readFileSync(recordFile, "utf8")) as InstallRecord;
              {
                for (const entry of record.files) {
                  expect(entry.sha256).toBe(sha256(readFileSync(join(t.home, ".claude", ...entry.path.split("/")))));
                  expect(entry.pending).toBeUndefined();
                }
              }
            } else {
              expect(existsSync(recordFile)).toBe(false);
              if (after !== undefined) expect(ours.has(after)).toBe(false); // only a restored file of theirs remains
            }
          }
        } finally {
          t.cleanup();
        }
      }),
      { numRuns: 120 },
    );
  });
});
