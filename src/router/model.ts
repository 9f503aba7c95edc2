import { featureHash } from "./hash.js";
import { MODEL_TABLE } from "./model-table.js";
import type { ModelTable } from "./types.js";

export type { ModelTable } from "./types.js";

/**
 * The router's model: a linear score over feature keys (see features.ts). Weights are integers in units of
 * 1/scale, so a score is an exact sum and the comparison with the threshold never depends on rounding.
 */
export interface RouterModel {
  /** Units per 1.0 of weight. */
  scale: number;
  /** Added to every prompt's score. */
  bias: number;
  /** A prompt activates at this score or above. */
  threshold: number;
  /** How many features the model weighs. */
  size: number;
  /** The weight of a feature key, or `undefined` for a key the model does not know (it weighs nothing). */
  weightOf(key: string): number | undefined;
}


const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeHashes(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  const hashes = new Uint32Array(bytes.length >>> 2);
  if (LITTLE_ENDIAN) new Uint8Array(hashes.buffer).set(bytes.subarray(0, hashes.length * 4));
  else for (let i = 0; i < hashes.length; i += 1) hashes[i] = bytes.readUInt32LE(i * 4);
  return hashes;
}

/** A model over a decoded table: a key is found by binary search over the sorted hashes. */
export function parseModelTable(table: ModelTable): RouterModel {
  const hashes = decodeHashes(table.hashes);
  const bytes = Buffer.from(table.weights, "base64");
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (weights.length !== hashes.length) throw new Error(`router model table: ${hashes.length} hashes but ${weights.length} weights`);
  return {
    scale: table.scale,
    bias: table.bias,
    threshold: table.threshold,
    size: hashes.length,
    weightOf(key: string): number | undefined {
      const hash = featureHash(key);
      let low = 0;
      let high = hashes.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = hashes[middle] ?? 0;
        if (found === hash) return weights[middle];
        if (found < hash) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

let committed: RouterModel | undefined;

/** The model committed in src/router/model-table.ts, decoded once per process. */
export function committedModel(): RouterModel {
  committed ??= parseModelTable(MODEL_TABLE);
  return committed;
}
