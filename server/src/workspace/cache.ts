// The on-disk analysis cache: one small file per article content, named by the hash of the text
// and kept under the analyser's version, so a second start skips every unchanged article and a
// new analyser never reads an old one's output. Files are written whole to a temporary name and
// renamed into place: a crash or a full disk leaves the old entry or none, never half of one. Each
// entry carries a checksum of its analysis, so a flipped bit or an edit that still parses is
// caught: a wrong offset would otherwise put every highlight of the article in the wrong place.
//
// An entry holds the analysis packed (packed.ts), as it crosses between threads: an indexing
// thread checks the checksum and passes it on without parsing it, and the thread that keeps the
// corpus unpacks it, checking every field, once. Layout (integers little-endian):
//   0  "NLA1"   4  content hash (20 bytes)   24  SHA-1 of everything from byte 44 (20 bytes)
//   44 byte length of the strings' JSON (u32)   48  the strings' JSON (UTF-8), padded to 4   then the Int32 integers
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ANALYSER_VERSION } from '../analysis/analyze.js';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from '../analysis/packed.js';
import type { ArticleAnalysis } from '../analysis/types.js';

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The file operations the cache writes with (tests put a full disk in their place). */
export interface CacheWriter {
  writeFileSync(path: string, data: Uint8Array): void;
  renameSync(from: string, to: string): void;
}

const MAGIC = Buffer.from('NLA1');
/** Where the checksummed part of an entry begins. */
export const ENTRY_BODY = 44;
/** The entries' layout: a new one goes in a folder of its own, as a new analyser does. */
const FORMAT = 'packed1';

/** The folder of one analyser's entries (in their layout), under the cache's root. */
function folderName(version: string): string {
  return `analysis-v${version}-${FORMAT}`;
}

/** Any analyser's folder, named as `folderName` names them; nothing else under the root is ours. */
const ANY_FOLDER = /^analysis-v[0-9A-Za-z.+-]+-[0-9A-Za-z]+$/;

/**
 * Removes the folders of other analysers (or layouts) under `root`, and names them. Nothing reads
 * them again, and each is as big as the corpora analysed with it (650 MB at 100,000 articles), so
 * without this every upgrade would leave one behind in the editor's storage for good. An editor
 * window still running the old version only finds its cache empty and analyses again.
 */
export async function removeOtherAnalysers(root: string, version = ANALYSER_VERSION): Promise<string[]> {
  const keep = folderName(version);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const old = entries.filter(e => e.isDirectory() && ANY_FOLDER.test(e.name) && e.name !== keep).map(e => e.name);
  for (const name of old) await rm(join(root, name), { recursive: true, force: true }).catch(() => {});
  return old;
}

export class AnalysisCache {
  private readonly dir: string;
  /** Why a write failed (read-only folder, full disk): from then on the cache only reads. */
  problem: string | undefined;

  constructor(root: string, version = ANALYSER_VERSION, private readonly io: CacheWriter = { writeFileSync, renameSync }) {
    this.dir = join(root, folderName(version));
  }

  /** The entry for `hash`, unpacked; one that does not unpack is dropped. */
  get(hash: string): ArticleAnalysis | undefined {
    const packed = this.packed(hash);
    const analysis = packed && unpackAnalysis(packed);
    if (packed && !analysis) this.drop(hash);
    return analysis;
  }

  /**
   * The entry for `hash` as stored, once its content hash and checksum match; it may still not
   * unpack (an analyser with a bug wrote it), which the caller that unpacks it finds out.
   */
  packed(hash: string): PackedAnalysis | undefined {
    let raw: Buffer;
    try {
      raw = readFileSync(this.path(hash));
    } catch {
      return undefined;
    }
    const packed = entryPacked(raw, hash);
    if (!packed) this.drop(hash); // corrupt or foreign: the caller re-analyses
    return packed;
  }

  private drop(hash: string): void {
    rmSync(this.path(hash), { force: true });
  }

  /** Writes an entry (`packed`: the analysis packed, when at hand); false when it could not (see `problem`). */
  set(hash: string, analysis: ArticleAnalysis, packed = packAnalysis(analysis)): boolean {
    if (this.problem) return false;
    const path = this.path(hash);
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true });
      this.io.writeFileSync(tmp, entryBytes(hash, packed));
      this.io.renameSync(tmp, path);
      return true;
    } catch (err) {
      rmSync(tmp, { force: true });
      this.problem = (err as NodeJS.ErrnoException).code ?? String(err);
      return false;
    }
  }

  private path(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.nla`);
  }
}

function entryBytes(hash: string, packed: PackedAnalysis): Buffer {
  const strings = Buffer.from(packed.strings, 'utf8');
  const padded = (strings.length + 3) & ~3;
  const out = Buffer.alloc(ENTRY_BODY + 4 + padded + packed.ints.byteLength);
  MAGIC.copy(out, 0);
  Buffer.from(hash, 'hex').copy(out, 4);
  out.writeUInt32LE(strings.length, ENTRY_BODY);
  strings.copy(out, ENTRY_BODY + 4);
  const ints = new Int32Array(out.buffer, out.byteOffset + ENTRY_BODY + 4 + padded, packed.ints.length);
  ints.set(packed.ints); // the machine's order: little-endian everywhere Node runs but a few IBM mainframes
  checksumOf(out).copy(out, 24);
  return out;
}

/** The packed analysis an entry holds, if it is whole and is the entry for `hash`. */
function entryPacked(raw: Buffer, hash: string): PackedAnalysis | undefined {
  if (raw.length < ENTRY_BODY + 4 || !raw.subarray(0, 4).equals(MAGIC)) return undefined;
  if (raw.toString('hex', 4, 24) !== hash || !raw.subarray(24, ENTRY_BODY).equals(checksumOf(raw))) return undefined;
  const length = raw.readUInt32LE(ENTRY_BODY);
  const intsAt = ENTRY_BODY + 4 + ((length + 3) & ~3);
  if (intsAt > raw.length || (raw.length - intsAt) % 4) return undefined;
  // A copy of its own: the buffer is transferred to the corpus's thread, and a file's bytes may
  // share a pool with others.
  const ints = new Int32Array((raw.length - intsAt) / 4);
  new Uint8Array(ints.buffer).set(raw.subarray(intsAt));
  return { strings: raw.toString('utf8', ENTRY_BODY + 4, ENTRY_BODY + 4 + length), ints };
}

function checksumOf(entry: Buffer): Buffer {
  return createHash('sha1').update(entry.subarray(ENTRY_BODY)).digest();
}
