// The trained weights (model.json, written by scripts/train-names.ts), unpacked once.
import model from './model.json';
import type { Weights } from './tagger.js';

let weights: Weights | undefined;

export function modelWeights(): Weights {
  if (weights) return weights;
  const table = new Map<string, Float32Array>();
  const { scale, weights: raw } = model as { scale: number; weights: Record<string, number[]> };
  for (const f in raw) table.set(f, Float32Array.from(raw[f], x => x / scale));
  return (weights = table);
}
