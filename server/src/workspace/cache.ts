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

/** How `set` begins an entry: the content hash, and the checksum of the encoding that follows. */
const ENTRY_HEAD = /^\{"hash":"([0-9a-f]{40})","sum":"([0-9a-f]{40})","analysis":/;

export class AnalysisCache {
  private readonly dir: string;
  /** Why a write failed (read-only folder, full disk): from then on the cache only reads. */
  problem: string | undefined;

  constructor(root: string, version = ANALYSER_VERSION, private readonly io: CacheWriter = { writeFileSync, renameSync }) {
    this.dir = join(root, `analysis-v${version}`);
  }

  /** The entry for `hash`, decoded; one that does not decode is dropped. */
  get(hash: string): ArticleAnalysis | undefined {
    const encoded = this.encodedEntry(hash);
    const analysis = encoded === undefined ? undefined : decodeAnalysis(safeParse(encoded));
    if (encoded !== undefined && !analysis) this.drop(hash);
    return analysis;
  }

  /**
   * The JSON of the entry's encoding as stored, once its content hash and checksum match: the
   * checksum is over that text, so it is checked without parsing it. Indexing threads pass it on
   * like that to the thread that keeps the corpus, which decodes it.
   */
  encodedEntry(hash: string): string | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.path(hash), 'utf8');
    } catch {
      return undefined;
    }
    const head = ENTRY_HEAD.exec(raw);
    const encoded = head && raw.endsWith('}') ? raw.slice(head[0].length, -1) : undefined;
    if (head?.[1] === hash && encoded !== undefined && head[2] === contentHash(encoded)) return encoded;
    this.drop(hash); // corrupt or foreign: the caller re-analyses
    return undefined;
  }

  private drop(hash: string): void {
    rmSync(this.path(hash), { force: true });
  }

  /** Writes an entry (`encoded`: its encoding's JSON, when at hand); false when it could not (see `problem`). */
  set(hash: string, analysis: ArticleAnalysis, encoded = JSON.stringify(encodeAnalysis(analysis))): boolean {
    if (this.problem) return false;
    const path = this.path(hash);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true });
      this.io.writeFileSync(tmp, `{"hash":"${hash}","sum":"${contentHash(encoded)}","analysis":${encoded}}`);
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
