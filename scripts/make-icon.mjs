#!/usr/bin/env node
// Draws the plugin icon (.claude-plugin/icon.png): three stacked server blades on a rounded navy tile.
// No dependencies: shapes are signed-distance functions, anti-aliased by supersampling, and the PNG is
// written by hand (IHDR, one zlib-compressed IDAT, IEND). The output is deterministic, so a test can
// check that the committed icon is what this script makes.
//
// Usage: node scripts/make-icon.mjs [--out <file>] [--size <px>]
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const DEFAULT_SIZE = 512;
const SUPERSAMPLE = 4;

// Geometry in a 512-unit design space, scaled to the requested size.
const TILE_RADIUS = 112;
const BLADE = { width: 320, height: 84, radius: 22, gap: 26 };
const LED_RADIUS = 11;
const SLOT = { width: 104, height: 12 };

const TOP_COLOR = [37, 99, 235]; // blue-600
const BOTTOM_COLOR = [15, 23, 42]; // slate-900
const BLADE_COLOR = [248, 250, 252]; // slate-50
const LED_COLORS = [
  [16, 185, 129], // emerald: healthy
  [16, 185, 129],
  [245, 158, 11], // amber: degraded, still serving
];
const SLOT_COLOR = [148, 163, 184]; // slate-400

/** Signed distance from (px, py) to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRect(px, py, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(px - cx) - (halfW - radius);
  const qy = Math.abs(py - cy) - (halfH - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - radius;
}

function circle(px, py, cx, cy, radius) {
  return Math.hypot(px - cx, py - cy) - radius;
}

/** Colour of one sample in design space, as [r, g, b, a] with a in 0..1 (premultiplication happens later). */
function sample(x, y) {
  if (roundedRect(x, y, 256, 256, 256, 256, TILE_RADIUS) > 0) return [0, 0, 0, 0];
  const t = y / 512;
  let color = TOP_COLOR.map((top, i) => top + (BOTTOM_COLOR[i] - top) * t);

  const stackHeight = 3 * BLADE.height + 2 * BLADE.gap;
  for (let i = 0; i < 3; i++) {
    const cy = 256 - stackHeight / 2 + BLADE.height / 2 + i * (BLADE.height + BLADE.gap);
    if (roundedRect(x, y, 256, cy, BLADE.width / 2, BLADE.height / 2, BLADE.radius) > 0) continue;
    color = BLADE_COLOR;
    const left = 256 - BLADE.width / 2;
    if (circle(x, y, left + 44, cy, LED_RADIUS) <= 0) color = LED_COLORS[i];
    if (circle(x, y, left + 80, cy, LED_RADIUS) <= 0) color = SLOT_COLOR;
    const slotCx = 256 + BLADE.width / 2 - 40 - SLOT.width / 2;
    if (roundedRect(x, y, slotCx, cy, SLOT.width / 2, SLOT.height / 2, SLOT.height / 2) <= 0) color = SLOT_COLOR;
  }
  return [...color, 1];
}

/** RGBA pixels, row-major, size x size. */
export function renderIcon(size = DEFAULT_SIZE) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [cr, cg, cb, ca] = sample(
            (px + (sx + 0.5) / SUPERSAMPLE) * scale,
            (py + (sy + 0.5) / SUPERSAMPLE) * scale,
          );
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      // Un-premultiply so edge pixels keep their colour and only lose opacity.
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(pixels, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0;
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function parseArgs(argv) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const options = { out: resolve(repoRoot, ".claude-plugin/icon.png"), size: DEFAULT_SIZE };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === "--out" || flag === "--size") && value === undefined) {
      throw new Error(`${flag} needs a value`);
    }
    if (flag === "--out") options.out = resolve(value), i++;
    else if (flag === "--size") options.size = Number(value), i++;
    else throw new Error(`unknown argument: ${flag}`);
  }
  if (!Number.isInteger(options.size) || options.size < 512 || options.size > 2048) {
    throw new Error("--size must be an integer from 512 to 2048 (the plugin directory's icon rule)");
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { out, size } = parseArgs(process.argv.slice(2));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, encodePng(renderIcon(size), size));
    process.stdout.write(`wrote ${out} (${size}x${size})\n`);
  } catch (error) {
    process.stderr.write(`make-icon: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
