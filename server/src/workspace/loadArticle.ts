// One article from disk to analysis: read, decode, look up the cache by content, analyse what
// the cache lacks. The unit of work of the indexing threads, and of the main thread when it
// has none.
import { basename } from 'node:path';
import { analyzeArticle } from '../analysis/analyze.js';
import { encodeAnalysis } from '../analysis/serialize.js';
import type { AnalysisHints, ArticleAnalysis } from '../analysis/types.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { readArticleFile } from './articleFile.js';
import { AnalysisCache, contentHash } from './cache.js';
import { decodeArticle } from './decode.js';

export interface LoadRequest {
  uri: string;
  path: string;
  maxBytes: number;
  cacheDir?: string;
}

export type LoadResult =
  | {
    uri: string; ok: true; analysis: ArticleAnalysis; lineStarts: Uint32Array; length: number; cached: boolean; note?: string;
    /** The JSON of the analysis's encoding, when the cache made it already (see wire.ts). */
    encoded?: string;
  }
  | { uri: string; ok: false; reason: string };

const caches = new Map<string, AnalysisCache>();

export async function loadArticle(req: LoadRequest): Promise<LoadResult> {
  const { uri, path } = req;
  const file = readArticleFile(path, req.maxBytes);
  if (!file.ok) return { uri, ok: false, reason: file.reason };
  const { bytes, mtime } = file;
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { uri, ok: false, reason: decoded.reason };
  const hints: AnalysisHints = { fileName: basename(path), fileTime: mtime };
  const { analysis, encoded, cached, cacheProblem } = analyzeCached(decoded.text, hints, req.cacheDir);
  const notes = [
    decoded.encoding === 'windows-1252' ? 'not valid UTF-8; read as Windows-1252' : '',
    cacheProblem ? `the analysis cache could not be written (${cacheProblem}); answers are unaffected, but the next start analyses again` : '',
  ].filter(Boolean);
  const note = notes.length ? notes.join('; ') : undefined;
  const lines = LineIndex.of(decoded.text);
  return { uri, ok: true, analysis, encoded, lineStarts: lines.lineStarts, length: lines.length, cached, note };
}

/**
 * The analysis of `text`, from the cache when it holds one. The key covers everything the
 * analysis reads: the text, the file name and the file's day (both can date an article).
 */
export function analyzeCached(text: string, hints: AnalysisHints, cacheDir?: string): CachedAnalysis {
  const cache = cacheDir ? cacheFor(cacheDir) : undefined;
  const hash = cache && contentHash(`${hints.fileName ?? ''}\0${hints.fileTime?.toISOString().slice(0, 10) ?? ''}\0${text}`);
  const hit = hash ? cache!.entry(hash) : undefined;
  if (hit) return { ...hit, cached: true };
  const analysis = analyzeArticle(text, hints);
  if (!hash) return { analysis, cached: false };
  const encoded = JSON.stringify(encodeAnalysis(analysis));
  const failedBefore = !!cache!.problem;
  if (!cache!.set(hash, analysis, encoded) && !failedBefore) return { analysis, encoded, cached: false, cacheProblem: cache!.problem };
  return { analysis, encoded, cached: false };
}

export interface CachedAnalysis {
  analysis: ArticleAnalysis;
  /** The JSON of its encoding, when a cache is in use. */
  encoded?: string;
  cached: boolean;
  /** Why the cache stopped taking entries, on the write that failed first (told once). */
  cacheProblem?: string;
}

function cacheFor(dir: string): AnalysisCache {
  let cache = caches.get(dir);
  if (!cache) caches.set(dir, (cache = new AnalysisCache(dir)));
  return cache;
}
