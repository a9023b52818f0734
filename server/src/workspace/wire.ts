// How a load result crosses from an indexing thread to the main thread. The analysis goes packed
// (packed.ts): its distinct strings as one JSON string and the rest as integers in a transferred
// buffer. The main thread, which also answers the editor, unpacks it in a fraction of the time
// the structured clone of the same objects, or a JSON parse of them, costs it, and a warm start
// (every article cached) is bound by that thread.
import { unpackAnalysis, type PackedAnalysis } from '../analysis/packed.js';
import type { LoadResult } from './loadArticle.js';

export type WireResult =
  | (Omit<Extract<LoadResult, { ok: true }>, 'analysis'> & { packed: PackedAnalysis })
  | Extract<LoadResult, { ok: false }>;

/** The buffers a result's message transfers rather than copies. */
export function transferables(wire: WireResult): ArrayBuffer[] {
  if (!wire.ok) return [];
  const buffers = [wire.lineStarts.buffer, wire.packed.ints.buffer, wire.ranges?.buffer];
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

export function fromWire(wire: WireResult): LoadResult {
  if (!wire.ok) return wire;
  const { packed, ...rest } = wire;
  const analysis = unpackAnalysis(packed);
  if (!analysis) return { uri: wire.uri, ok: false, reason: 'the indexing thread sent an analysis that does not unpack' };
  return { ...rest, analysis };
}
