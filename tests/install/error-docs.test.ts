import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { doctorCodes } from "../../src/install/report/doctor.js";
import { installError, installErrorCatalog, type InstallErrorCode } from "../../src/install/errors.js";

const doc = readFileSync(new URL("../../docs/install-errors.md", import.meta.url), "utf8");
const sections = new Set([...doc.matchAll(/^### (\S+)$/gm)].map((m) => m[1]));
const codes = [...(Object.keys(installErrorCatalog) as InstallErrorCode[]), ...doctorCodes];

describe("docs/install-errors.md", () => {
  it.each(codes)("has a section for %s", (code) => {
    expect(sections.has(code)).toBe(true);
  });

  it("documents no code that does not exist", () => {
    expect([...sections].filter((s) => !codes.includes(s as never))).toEqual([]);
  });

  it.each(Object.keys(installErrorCatalog) as InstallErrorCode[])("%s has a message without an Error: prefix and a hint", (code) => {
    const error = installError(code, { path: "/p", errno: "EACCES", pid: 1, why: "SETTINGS_NOT_JSON", name: "n", root: "/r", count: 1, command: "c", exit: 1, output: "o" });
    expect(error.message).not.toMatch(/^Error/);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.hint.length).toBeGreaterThan(10);
  });
});
