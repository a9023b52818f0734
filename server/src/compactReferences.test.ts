import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompactReferencesWriter, expandReferences, forEachReference } from './compactReferences.js';

test('a compact answer gives back every range written, in order, whatever their size', () => {
  const w = new CompactReferencesWriter();
  const written: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const uri = `file:///news/${Math.floor(i / 7)}.txt`;
    const range = [i, i * 70_001 % 4_000_000_000, i + (i % 2), 2 ** 32 - 1 - i];
    w.article(uri);
    w.add(range[0], range[1], range[2], range[3]);
    written.push(`${uri} ${range.join(',')}`);
  }
  const answer = JSON.parse(JSON.stringify(w.done()));
  const read: string[] = [];
  forEachReference(answer, (uri, ...n) => read.push(`${uri} ${n.join(',')}`));
  assert.deepEqual(read, written);
  assert.equal(answer.uris.length, Math.ceil(3000 / 7), 'one entry a run of an article');
  assert.equal(answer.bits, 32);
});

test('numbers that all fit 16 bits are sent in 16, and read back the same', () => {
  const w = new CompactReferencesWriter();
  w.article('file:///a');
  w.add(0, 65_535, 1, 2);
  w.add(65_535, 0, 65_535, 7);
  const answer = w.done();
  assert.equal(answer.bits, 16);
  assert.equal(Buffer.from(answer.ranges, 'base64').length, 2 * 8);
  assert.deepEqual(expandReferences(answer).map(l => [l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character]), [[0, 65_535, 1, 2], [65_535, 0, 65_535, 7]]);
});

test('an answer longer than a base64 piece is read back whole', () => {
  const w = new CompactReferencesWriter();
  w.article('file:///a');
  for (let i = 0; i < 100_000; i++) w.add(i % 60_000, i % 7, i % 60_000, (i * 13) % 65_000);
  const read: number[] = [];
  forEachReference(w.done(), (_, sl, sc, el, ec) => read.push(sl, sc, el, ec));
  assert.equal(read.length, 400_000);
  assert.ok(read.every((v, k) => v === [(k >> 2) % 60_000, (k >> 2) % 7, (k >> 2) % 60_000, ((k >> 2) * 13) % 65_000][k % 4]));
});

test('an article that comes again after another starts a new run', () => {
  const w = new CompactReferencesWriter();
  for (const uri of ['file:///a', 'file:///b', 'file:///a']) {
    w.article(uri);
    w.add(1, 2, 1, 5);
  }
  const answer = w.done();
  assert.deepEqual([answer.uris, answer.counts], [['file:///a', 'file:///b', 'file:///a'], [1, 1, 1]]);
  assert.deepEqual(expandReferences(answer).map(l => l.uri), answer.uris);
});
