import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticleFile, readUpTo } from './articleFile.js';

const dir = () => mkdtempSync(join(tmpdir(), 'nl-file-'));

test('reads a regular file whole, with its time', () => {
  const d = dir();
  writeFileSync(join(d, 'a.txt'), 'Lisbon talks');
  const r = readArticleFile(join(d, 'a.txt'), 100);
  assert.ok(r.ok);
  assert.equal(r.bytes.toString(), 'Lisbon talks');
  assert.ok(r.mtime instanceof Date);
  const big = 'x'.repeat(3 << 20);
  writeFileSync(join(d, 'big.txt'), big);
  const whole = readArticleFile(join(d, 'big.txt'), 4 << 20);
  assert.equal(whole.ok && whole.bytes.length, big.length, 'read across several chunks');
});

test('refuses what is not a regular file, with a reason, without waiting', () => {
  const d = dir();
  mkdirSync(join(d, 'folder.txt'));
  execFileSync('mkfifo', [join(d, 'pipe.txt')]);
  symlinkSync('loop.txt', join(d, 'loop.txt'));
  const reasons = ['folder.txt', 'pipe.txt', 'missing.txt', 'loop.txt'].map(n => {
    const r = readArticleFile(join(d, n), 100);
    return r.ok ? 'read' : r.reason;
  });
  assert.deepEqual(reasons, ['a folder, not a file', 'not a regular file (a pipe, socket or device)', 'deleted before it could be read', 'a link that loops']);
  const device = readArticleFile('/dev/zero', 100);
  assert.deepEqual(device, { ok: false, reason: 'not a regular file (a pipe, socket or device)' });
});

test('refuses a file over the limit without reading it', () => {
  const d = dir();
  writeFileSync(join(d, 'a.txt'), 'x'.repeat(2 * 1048576));
  assert.deepEqual(readArticleFile(join(d, 'a.txt'), 1048576), { ok: false, reason: '2.0 MB is over the size limit (newsLens.maxFileSizeMB)' });
  assert.ok(readArticleFile(join(d, 'a.txt'), 2 * 1048576).ok, 'exactly at the limit is allowed');
});

test('a file that grew after its size was taken is read whole, in chunks, and still held to the limit', () => {
  const d = dir();
  const text = 'Porto harbour. '.repeat(200_000); // 3 MB: three chunks past the 12 bytes fstat "said"
  writeFileSync(join(d, 'grown.txt'), text);
  const read = (size: number, max: number) => {
    const fd = openSync(join(d, 'grown.txt'), 'r');
    try { return readUpTo(fd, size, max); } finally { closeSync(fd); }
  };
  assert.equal(read(12, 4 << 20)?.toString(), text);
  assert.equal(read(text.length, text.length)?.toString(), text, 'exactly at the limit, in one read');
  assert.equal(read(12, text.length - 1), undefined, 'past the limit');
});
