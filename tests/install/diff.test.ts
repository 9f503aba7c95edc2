import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/install/plan/diff.js";

const lines = (n: number, tag = ""): string => Array.from({ length: n }, (_, i) => `line ${i + 1}${tag}`).join("\n") + "\n";

/** GNU diff -u, headers dropped: an independent oracle for the hunks. */
function gnuDiff(a: string, b: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ba-diff-"));
  try {
    writeFileSync(join(dir, "a"), a);
    writeFileSync(join(dir, "b"), b);
    try {
      execFileSync("diff", ["-u", join(dir, "a"), join(dir, "b")], { encoding: "utf8" });
      return "";
    } catch (error) {
      return ((error as { stdout: string }).stdout).split("\n").slice(2).join("\n");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases = [
  { case: "one changed line in the middle", a: lines(20), b: lines(20).replace("line 10\n", "line ten\n") },
  { case: "lines added at the end", a: lines(5), b: `${lines(5)}six\nseven\n` },
  { case: "lines removed at the start", a: lines(9), b: lines(9).split("\n").slice(3).join("\n") },
  { case: "two changes far apart (two hunks)", a: lines(40), b: lines(40).replace("line 2\n", "two\n").replace("line 35\n", "") },
  { case: "two changes close together (one hunk)", a: lines(30), b: lines(30).replace("line 10\n", "ten\n").replace("line 15\n", "fifteen\n") },
  { case: "from empty", a: "", b: lines(3) },
  { case: "to empty", a: lines(3), b: "" },
  { case: "everything different", a: lines(4, "a"), b: lines(4, "b") },
];

describe("unifiedDiff", () => {
  it.each(cases)("$case: same hunks as GNU diff -u", ({ a, b }) => {
    const ours = unifiedDiff(a, b, "old", "new").split("\n").slice(2).join("\n");
    expect(ours).toBe(gnuDiff(a, b));
  });

  it("is empty for equal texts and names both sides in its headers", () => {
    expect(unifiedDiff("x\n", "x\n", "a", "b")).toBe("");
    expect(unifiedDiff("x\n", "y\n", "a", "b").split("\n").slice(0, 2)).toEqual(["--- a", "+++ b"]);
  });
});
