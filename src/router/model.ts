import { MODEL_TABLE } from "./model-table.js";

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
  /** Feature key → weight. Keys not in the table weigh nothing. */
  weights: ReadonlyMap<string, number>;
}

/** The committed table as scripts/train-router.mjs writes it: integer weights in units of 1/scale. */
export interface ModelTable {
  format: 1;
  /** How the table was made, for people. */
  about: string;
  scale: number;
  bias: number;
  threshold: number;
  /** `key<TAB>weight` lines, sorted by key. */
  weights: string;
}

/** Reads a table into a model. Throws on a malformed table: the table is ours, so that is a bug. */
export function parseModelTable(table: ModelTable): RouterModel {
  const weights = new Map<string, number>();
  const lines = table.weights.split("\n");
  for (const line of lines) {
    if (line === "") continue;
    const tab = line.lastIndexOf("\t");
    const value = Number(line.slice(tab + 1));
    if (tab <= 0 || !Number.isInteger(value)) throw new Error(`router model table: bad line ${JSON.stringify(line)}`);
    weights.set(line.slice(0, tab), value);
  }
  return { scale: table.scale, bias: table.bias, threshold: table.threshold, weights };
}

let committed: RouterModel | undefined;

/** The model committed in src/router/model-table.ts, parsed once per process. */
export function committedModel(): RouterModel {
  committed ??= parseModelTable(MODEL_TABLE);
  return committed;
}
