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

/** One message from an indexing thread: the results of the batch of loads it was sent, in order. */
export interface WireBatch {
  results: { id: number; result: WireResult }[];
}

/**
 * The batch's results with all their numbers moved into one buffer, which the message transfers:
 * a buffer each for the integers, the line starts and the ranges of every article were 300,000
 * buffers at 100,000 articles, each a backing store for this thread to allocate and the
 * collector to track. An article's numbers keep the buffer of its batch (a few articles) alive.
 */
export function packBatch(results: { id: number; result: WireResult }[]): { batch: WireBatch; transfer: ArrayBuffer[] } {
  let bytes = 0;
  for (const { result } of results) for (const a of arraysOf(result)) bytes += aligned(a.byteLength);
  if (!bytes) return { batch: { results }, transfer: [] };
  const slab = new ArrayBuffer(bytes);
  let at = 0;
  const moved = <T extends Int32Array | Uint32Array | Uint16Array>(a: T): T => {
    const view = new (a.constructor as new (b: ArrayBuffer, o: number, n: number) => T)(slab, at, a.length);
    view.set(a);
    at += aligned(a.byteLength);
    return view;
  };
  const packed = results.map(({ id, result }) => ({
    id,
    result: result.ok
      ? { ...result, lineStarts: moved(result.lineStarts), packed: { ...result.packed, ints: moved(result.packed.ints) }, ranges: result.ranges && moved(result.ranges) }
      : result,
  }));
  return { batch: { results: packed }, transfer: [slab] };
}

function arraysOf(result: WireResult): (Int32Array | Uint32Array | Uint16Array)[] {
  if (!result.ok) return [];
  return result.ranges ? [result.lineStarts, result.packed.ints, result.ranges] : [result.lineStarts, result.packed.ints];
}

/** Each array starts at a multiple of 4 bytes, as a view of 32-bit numbers must. */
function aligned(bytes: number): number {
  return (bytes + 3) & ~3;
}

export function fromWire(wire: WireResult): LoadResult {
  if (!wire.ok) return wire;
  const { packed, ...rest } = wire;
  const analysis = unpackAnalysis(packed);
  if (!analysis) return { uri: wire.uri, ok: false, reason: 'the indexing thread sent an analysis that does not unpack' };
  return { ...rest, analysis };
}
