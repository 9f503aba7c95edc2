import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./agent-file.js";

const run = promisify(execFile);
const iconPath = fileURLToPath(new URL(".claude-plugin/icon.png", repoRoot));
const script = fileURLToPath(new URL("scripts/make-icon.mjs", repoRoot));
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunks(png: Buffer): Chunk[] {
  const found: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    found.push({
      type: typeAndData.subarray(0, 4).toString("ascii"),
      data: typeAndData.subarray(4),
      crcOk: png.readUInt32BE(at + 8 + length) === crc32(typeAndData),
    });
    at += 12 + length;
  }
  return found;
}

const png = readFileSync(iconPath);
const parsed = chunks(png);
const ihdr = parsed[0]?.data ?? Buffer.alloc(13);
const width = ihdr.readUInt32BE(0);
const height = ihdr.readUInt32BE(4);

describe(".claude-plugin/icon.png", () => {
  it("is a well-formed PNG: signature, IHDR first, IEND last, every CRC right", () => {
    expect(png.subarray(0, 8)).toEqual(SIGNATURE);
    expect(parsed.map((chunk) => chunk.type)).toEqual(expect.arrayContaining(["IHDR", "IDAT", "IEND"]));
    expect(parsed[0]?.type).toBe("IHDR");
    expect(parsed.at(-1)?.type).toBe("IEND");
    expect(parsed.filter((chunk) => !chunk.crcOk)).toEqual([]);
  });

  it("is square, 512 to 2048 px, under 2 MB, as the plugin directory requires", () => {
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
    expect(width).toBeLessThanOrEqual(2048);
    expect(statSync(iconPath).size).toBeLessThan(2 * 1024 * 1024);
  });
});

describe("scripts/make-icon.mjs", () => {
  const dir = mkdtempSync(join(tmpdir(), "make-icon-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reproduces the committed icon byte for byte", async () => {
    const out = join(dir, "icon.png");
    await run(process.execPath, [script, "--out", out]);
    expect(readFileSync(out).equals(png)).toBe(true);
  });

  it.each([
    { case: "a size below 512", args: ["--size", "256"] },
    { case: "a size above 2048", args: ["--size", "4096"] },
    { case: "a flag without its value", args: ["--size"] },
    { case: "an unknown flag", args: ["--colour", "red"] },
  ])(
    "refuses $case with exit code 2 and a message",
    async ({ args }) => {
      const failure = await run(process.execPath, [script, "--out", join(dir, "bad.png"), ...args]).then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(failure?.code).toBe(2);
      expect(failure?.stderr).toMatch(/^make-icon: \S/);
    },
  );
});
