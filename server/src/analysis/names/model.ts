// The trained weights (model.json, written by scripts/train-names.ts), read and unpacked once.
import { readDataFile } from './data.js';
import type { Weights } from './tagger.js';

let weights: Weights | undefined;

export function modelWeights(): Weights {
  if (weights) return weights;
  const table = new Map<string, Float32Array>();
  const { scale, weights: raw } = readDataFile<{ scale: number; weights: Record<string, number[]> }>('model.json');
  for (const f in raw) table.set(f, Float32Array.from(raw[f], x => x / scale));
  return (weights = table);
}
