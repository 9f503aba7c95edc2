import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { targetAt } from "../../src/install/layout/target.js";
import { readRecord } from "../../src/install/state/record.js";

const root = mkdtempSync(join(tmpdir(), "ba-record-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const target = targetAt("user", root);
const head = { schema: 1, package: "backend-architect", scope: "user" };
const file = { path: "agents/backend-architect.md", sha256: "0", version: "1.0.0", installedAt: "2026-01-01T00:00:00.000Z" };

// record.json is parsed with a schema (zod); a damaged one is refused with a reason, never half-trusted.
describe("readRecord", () => {
  it.each([
    ["not JSON", "{ damaged", "not JSON"],
    ["a list", [], "not an object"],
    ["another schema", { ...head, schema: 2, files: [] }, "unknown schema"],
    ["no files", head, "no files list"],
    ["a file entry without its hash", { ...head, files: [{ path: "agents/x.md", version: "1" }] }, "a file entry lacks path, sha256 or version"],
    ["a path that leaves the scope", { ...head, files: [{ ...file, path: "../x.md" }] }, `the path "../x.md" leaves ${root}`],
    ["a backup that leaves the state folder", { ...head, files: [{ ...file, replaced: { sha256: "1", backup: "../../x" } }] }, `the backup "../../x" leaves ${target.stateDir}`],
    ["an edit we do not make", { ...head, files: [], edits: [{ kind: "settings", path: "other.json" }] }, "an edit entry is not one we make"],
  ])("%s: INSTALL_RECORD_INVALID (%s)", async (_case, content, why) => {
    mkdirSync(target.stateDir, { recursive: true });
    writeFileSync(join(target.stateDir, "record.json"), typeof content === "string" ? content : JSON.stringify(content));
    const read = await readRecord(target);
    expect(read.ok ? undefined : read.error.code).toBe("INSTALL_RECORD_INVALID");
    expect(read.ok ? undefined : read.error.message).toContain(`(${why})`);
  });

  it("reads a record as written, and none as undefined", async () => {
    const record = { ...head, files: [{ ...file, pending: { previousSha256: null } }], edits: [{ kind: "settings", path: "settings.json", created: true }] };
    writeFileSync(join(target.stateDir, "record.json"), JSON.stringify(record));
    expect(await readRecord(target)).toEqual({ ok: true, value: record });
    expect(await readRecord(targetAt("user", join(root, "elsewhere")))).toEqual({ ok: true, value: undefined });
  });
});
