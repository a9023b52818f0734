import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle } from '../analysis/analyze.js';
import { ObjectColumns } from '../analysis/mentionColumns.js';
import { packAnalysis } from '../analysis/packed.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { MentionRanges } from '../corpus/mentionRanges.js';
import { plainAnalysis } from '../testing/plainAnalysis.js';
import { loadPacked, type LoadResult } from './loadArticle.js';
import { fromWire, transferables, type WireResult } from './wire.js';

const TEXT = 'Talks in Oslo\n\nMayor Elena Brandt met Kwame Mensah in Oslo on Tuesday, March 12, 2024.\n';

function loaded(): LoadResult {
  return { uri: 'file:///a.txt', ok: true, analysis: analyzeArticle(TEXT), lineStarts: Uint32Array.of(0, 14, 15), length: TEXT.length, cached: true };
}

/** What an indexing thread sends for a load (loadArticle.ts): the analysis packed. */
function toWire(result: LoadResult): WireResult {
  if (!result.ok) return result;
  const { analysis, ...rest } = result;
  return { ...rest, packed: packAnalysis(analysis) };
}

test('an analysis crosses between threads packed and arrives whole', () => {
  const wire = toWire(loaded());
  assert.ok(wire.ok && typeof wire.packed.strings === 'string' && wire.packed.ints instanceof Int32Array && !('analysis' in wire));
  const arrived = fromWire(wire), sent = loaded();
  assert.ok(arrived.ok && sent.ok);
  assert.deepEqual({ ...arrived, analysis: plainAnalysis(arrived.analysis) }, { ...sent, analysis: plainAnalysis(sent.analysis) });
});

test('a result transfers its line starts and its integers, and a failure nothing', () => {
  const wire = toWire(loaded());
  assert.ok(wire.ok);
  assert.deepEqual(transferables(wire), [wire.lineStarts.buffer, wire.packed.ints.buffer]);
  assert.deepEqual(transferables({ uri: 'file:///b.txt', ok: false, reason: 'binary data' }), []);
});

test('a failed load crosses as it is', () => {
  const failed: LoadResult = { uri: 'file:///b.txt', ok: false, reason: 'binary data' };
  assert.deepEqual(fromWire(toWire(failed)), failed);
});

test('a packing that does not unpack arrives as a failure with a reason, not as a broken analysis', () => {
  const wire = toWire(loaded());
  assert.ok(wire.ok);
  const broken = fromWire({ ...wire, packed: { strings: '{"not":"a list"}', ints: wire.packed.ints } });
  assert.equal(broken.ok, false);
  assert.match(!broken.ok ? broken.reason : '', /does not unpack/);
});

test('an article loaded by an indexing thread arrives with its mentions’ ranges, the ones the corpus works out itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-wire-'));
  const path = join(dir, 'a.txt');
  const text = TEXT.replace('\n\n', '\r\n\r\n') + 'Brandt 🙂 returned to Oslo.\n';
  writeFileSync(path, text);
  const wire = await loadPacked({ uri: 'file:///a.txt', path, maxBytes: 1e6 });
  assert.ok(wire.ok && wire.ranges);
  assert.ok(transferables(wire).includes(wire.ranges.buffer as ArrayBuffer));
  const result = fromWire(wire);
  assert.ok(result.ok && result.ranges);
  const own = MentionRanges.of(new ObjectColumns(analyzeArticle(text, { fileName: 'a.txt' }).mentions), LineIndex.of(text));
  assert.ok(own.count > 3);
  assert.deepEqual([...result.ranges], [...own.numbers]);
});
