// How a load result crosses from an indexing thread to the main thread. The analysis goes as the
// JSON of its compact encoding (serialize.ts), not as objects: the main thread, which also answers
// the editor, takes a string and parses it in about half the time the structured clone of the same
// objects costs it, and a warm start (every article cached) is bound by that thread.
import { decodeAnalysis } from '../analysis/serialize.js';
import type { LoadResult } from './loadArticle.js';

export type WireResult =
  | (Omit<Extract<LoadResult, { ok: true }>, 'analysis'> & { encoded: string })
  | Extract<LoadResult, { ok: false }>;

export function fromWire(wire: WireResult): LoadResult {
  if (!wire.ok) return wire;
  const { encoded, ...rest } = wire;
  const analysis = decodeAnalysis(JSON.parse(encoded));
  if (!analysis) return { uri: wire.uri, ok: false, reason: 'the indexing thread sent an analysis that does not decode' };
  return { ...rest, analysis };
}
