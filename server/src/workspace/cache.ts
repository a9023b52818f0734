// The on-disk analysis cache: one small file per article content, named by the hash of the text
// and kept under the analyser's version, so a second start skips every unchanged article and a
// new analyser never reads an old one's output. Files are written whole to a temporary name and
// renamed into place: a crash or a full disk leaves the old entry or none, never half of one. Each
// entry carries a checksum of its analysis, so a flipped bit or an edit that still parses is
// caught: a wrong offset would otherwise put every highlight of the article in the wrong place.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSER_VERSION } from '../analysis/analyze.js';
import { decodeAnalysis, encodeAnalysis } from '../analysis/serialize.js';
import type { ArticleAnalysis } from '../analysis/types.js';

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The file operations the cache writes with (tests put a full disk in their place). */
export interface CacheWriter {
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
}

export class AnalysisCache {
  private readonly dir: string;
  /** Why a write failed (read-only folder, full disk): from then on the cache only reads. */
  problem: string | undefined;

  constructor(root: string, version = ANALYSER_VERSION, private readonly io: CacheWriter = { writeFileSync, renameSync }) {
    this.dir = join(root, `analysis-v${version}`);
  }

  get(hash: string): ArticleAnalysis | undefined {
    const path = this.path(hash);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const entry = safeParse(raw) as { hash?: string; sum?: string; analysis?: unknown } | undefined;
    const intact = entry?.hash === hash && entry.sum === contentHash(JSON.stringify(entry.analysis));
    const analysis = intact ? decodeAnalysis(entry.analysis) : undefined;
    if (!analysis) rmSync(path, { force: true }); // corrupt or foreign: drop it, the caller re-analyses
    return analysis;
  }

  /** Writes an entry; false when it could not (see `problem`). */
  set(hash: string, analysis: ArticleAnalysis): boolean {
    if (this.problem) return false;
    const path = this.path(hash);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true });
      const encoded = JSON.stringify(encodeAnalysis(analysis));
      this.io.writeFileSync(tmp, `{"hash":${JSON.stringify(hash)},"sum":"${contentHash(encoded)}","analysis":${encoded}}`);
      this.io.renameSync(tmp, path);
      return true;
    } catch (err) {
      rmSync(tmp, { force: true });
      this.problem = (err as NodeJS.ErrnoException).code ?? String(err);
      return false;
    }
  }

  private path(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
