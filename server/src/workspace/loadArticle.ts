// One article from disk to analysis: read, decode, look up the cache by content, analyse what
// the cache lacks. The unit of work of the indexing threads, and of the main thread when it
// has none.
import { basename } from 'node:path';
import { analyzeArticle } from '../analysis/analyze.js';
import { packAnalysis, packedSpans, type PackedAnalysis } from '../analysis/packed.js';
import type { AnalysisHints, ArticleAnalysis } from '../analysis/types.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { MentionRanges } from '../corpus/mentionRanges.js';
import { readArticleFile } from './articleFile.js';
import { AnalysisCache, contentHash } from './cache.js';
import { decodeArticle } from './decode.js';
import { fromWire, type WireResult } from './wire.js';

export interface LoadRequest {
  uri: string;
  path: string;
  maxBytes: number;
  cacheDir?: string;
  /** Analyse even when the cache holds an entry (it was found not to unpack). */
  fresh?: boolean;
}

export type LoadResult =
  | {
    uri: string; ok: true; analysis: ArticleAnalysis; lineStarts: Uint32Array; length: number; cached: boolean; note?: string;
    /** The numbers of the mentions' ranges (MentionRanges), worked out by the thread that loaded it. */
    ranges?: Uint16Array | Uint32Array;
  }
  | { uri: string; ok: false; reason: string };

const caches = new Map<string, AnalysisCache>();

/** Loads an article in this thread. */
export async function loadArticle(req: LoadRequest): Promise<LoadResult> {
  return unpackLoaded(req, await loadPacked(req)) ?? loadArticle({ ...req, fresh: true });
}

/**
 * The analysis in what a load sent; undefined when a cached entry that passed its checksum still
 * does not unpack (written by a faulty analyser, say): the article is then to be loaded again
 * with `fresh`, which analyses it and writes the entry anew.
 */
export function unpackLoaded(req: LoadRequest, wire: WireResult): LoadResult | undefined {
  const result = fromWire(wire);
  return !result.ok && wire.ok && wire.cached && !req.fresh ? undefined : result;
}

/**
 * Loads an article with its analysis packed for the trip between threads (wire.ts). A cache entry
 * is passed on as stored, checked by its checksum but not unpacked: the thread that keeps the
 * corpus unpacks it anyway, and on a warm start every thread's time counts (two cores run the
 * indexing threads and that one).
 */
export async function loadPacked(req: LoadRequest): Promise<WireResult> {
  const { uri, path } = req;
  const file = readArticleFile(path, req.maxBytes);
  if (!file.ok) return { uri, ok: false, reason: file.reason };
  const { bytes, mtime } = file;
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { uri, ok: false, reason: decoded.reason };
  const hints: AnalysisHints = { fileName: basename(path), fileTime: mtime };
  const { packed, cached, cacheProblem } = packedAnalysis(decoded.text, hints, req.cacheDir, req.fresh);
  const notes = [
    decoded.encoding === 'windows-1252' ? 'not valid UTF-8; read as Windows-1252' : '',
    cacheProblem ? `the analysis cache could not be written (${cacheProblem}); answers are unaffected, but the next start analyses again` : '',
  ].filter(Boolean);
  const note = notes.length ? notes.join('; ') : undefined;
  const lines = LineIndex.of(decoded.text);
  const spans = packedSpans(packed.ints);
  const ranges = spans && MentionRanges.of(spans, lines).numbers;
  return { uri, ok: true, packed, lineStarts: lines.lineStarts, length: lines.length, ranges, cached, note };
}

/**
 * The packed analysis of `text`, from the cache when it holds one. The key covers everything the
 * analysis reads: the text, the file name and the file's day (both can date an article).
 */
function packedAnalysis(text: string, hints: AnalysisHints, cacheDir: string | undefined, fresh = false): Packed {
  const cache = cacheDir ? cacheFor(cacheDir) : undefined;
  const hash = cache && contentHash(`${hints.fileName ?? ''}\0${hints.fileTime?.toISOString().slice(0, 10) ?? ''}\0${text}`);
  const hit = hash && !fresh ? cache!.packed(hash) : undefined;
  if (hit) return { packed: hit, cached: true };
  const analysis = analyzeArticle(text, hints);
  const packed = packAnalysis(analysis);
  if (!hash) return { packed, cached: false };
  const failedBefore = !!cache!.problem;
  if (!cache!.set(hash, analysis, packed) && !failedBefore) return { packed, cached: false, cacheProblem: cache!.problem };
  return { packed, cached: false };
}

interface Packed {
  packed: PackedAnalysis;
  cached: boolean;
  /** Why the cache stopped taking entries, on the write that failed first (told once). */
  cacheProblem?: string;
}

function cacheFor(dir: string): AnalysisCache {
  let cache = caches.get(dir);
  if (!cache) caches.set(dir, (cache = new AnalysisCache(dir)));
  return cache;
}
