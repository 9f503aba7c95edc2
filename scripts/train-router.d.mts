export const SETTINGS: { MIN_PROMPTS: number; ALPHA: number; SCALE: number; MIN_PRECISION: number };
export interface TrainedModel {
  scale: number;
  bias: number;
  threshold: number;
  size: number;
  /** Feature key → weight in units of 1/scale. */
  weights: Map<string, number>;
}
export function train(): Promise<{ model: TrainedModel; about: string; text: string }>;
export function trainingFiles(): string[];
export function readJsonl(path: string): { prompt: string; activate: boolean; lang?: string; explicit?: boolean }[];
