// Reading one article file, whatever sits at its path. Between being listed and being read a file
// may be deleted, replaced by a folder, a pipe or a device, locked, or grow past the size limit;
// each gives a reason instead of an exception, a hang or an unbounded read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type ArticleBytes =
  | { ok: true; bytes: Buffer; mtime: Date }
  | { ok: false; reason: string };

/** O_NONBLOCK: opening a pipe named `.txt` must not wait for a writer that never comes. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
const CHUNK = 1 << 20;

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them. Synchronous on purpose: it
 * runs on the indexing threads, or for one file at a time on the main thread.
 */
export function readArticleFile(path: string, maxBytes: number): ArticleBytes {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  }
  try {
    // The checks look at the opened file itself, so a swap after them cannot change what is read.
    const stat = fstatSync(fd);
    const refused = refusal(stat, maxBytes);
    if (refused) return { ok: false, reason: refused };
    const bytes = readUpTo(fd, stat.size, maxBytes);
    return bytes ? { ok: true, bytes, mtime: stat.mtime } : { ok: false, reason: overLimit(maxBytes + 1) };
  } catch (err) {
    return { ok: false, reason: describeError(err) };
  } finally {
    closeSync(fd);
  }
}

function refusal(stat: Stats, maxBytes: number): string | undefined {
  if (stat.isDirectory()) return 'a folder, not a file';
  if (!stat.isFile()) return 'not a regular file (a pipe, socket or device)';
  if (stat.size > maxBytes) return overLimit(stat.size);
  return undefined;
}

/**
 * The whole file, or undefined when it holds more than `maxBytes` (it may grow while read). The
 * first read is sized by what fstat said, plus one byte to see the end: a chunk of a megabyte for
 * a file of a few kilobytes made the indexing threads collect garbage every fifteen articles.
 */
export function readUpTo(fd: number, size: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let want = size + 1; ; want = CHUNK) {
    const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    total += n;
    if (total > maxBytes) return undefined;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    // A regular file (the only kind read) gives less than asked for only at its end.
    if (n < chunk.length) return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  }
}

function overLimit(size: number): string {
  return `${(size / 1048576).toFixed(1)} MB is over the size limit (newsLens.maxFileSizeMB)`;
}

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'deleted before it could be read';
    case 'EACCES': case 'EPERM': return 'not readable (permission denied)';
    case 'EISDIR': return 'a folder, not a file';
    case 'ELOOP': return 'a link that loops';
    default: return code ?? String(err);
  }
}
