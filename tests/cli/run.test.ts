import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("cli run", () => {
  it.each([
    { argv: ["--version"], code: 0, out: `${pkg.version}\n` },
    { argv: ["-v"], code: 0, out: `${pkg.version}\n` },
  ])("$argv prints the version and exits 0", async ({ argv, code, out }) => {
    const result = await runCli(argv);
    expect(result).toMatchObject({ code, stdout: out });
  });

  it("exits 2 on an unknown command and says so on stderr", async () => {
    const result = await runCli(["no-such-command"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error:/);
    expect(result.stdout).toBe("");
  });
});
