import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/analyze.js';
import { ObjectColumns } from '../analysis/mentionColumns.js';
import { packAnalysis } from '../analysis/packed.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { MentionRanges } from '../corpus/mentionRanges.js';
import { plainAnalysis } from '../testing/plainAnalysis.js';
import { loadPacked, type LoadResult } from './loadArticle.js';
import { fromWire, packBatch, type WireBatch, type WireResult } from './wire.js';

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

test('a batch moves the numbers of all its results into one buffer, which arrives whole through a real message', async () => {
  const first = toWire(loaded()), failed: WireResult = { uri: 'file:///b.txt', ok: false, reason: 'binary data' };
  const third = toWire({ ...loaded(), uri: 'file:///c.txt' });
  assert.ok(first.ok && third.ok);
  const ranges = MentionRanges.of(new ObjectColumns(analyzeArticle(TEXT).mentions), LineIndex.of(TEXT)).numbers;
  const results = [{ id: 1, result: { ...first, ranges } }, { id: 2, result: failed }, { id: 3, result: third }];
  const { batch, transfer } = packBatch(results);
  assert.equal(transfer.length, 1);
  const { port1, port2 } = new MessageChannel();
  const arrived = new Promise<WireBatch>(resolve => port2.once('message', resolve));
  port1.postMessage(batch, transfer);
  const got = await arrived;
  port1.close();
  assert.deepEqual(got.results.map(r => r.id), [1, 2, 3]);
  const [a, b, c] = got.results.map(r => r.result);
  assert.ok(a.ok && c.ok && !b.ok);
  assert.deepEqual(b, failed);
  assert.equal(a.lineStarts.buffer, c.packed.ints.buffer, 'one buffer for the batch');
  for (const [sent, came] of [[first, a], [third, c]] as const) {
    assert.deepEqual([...came.lineStarts], [...sent.lineStarts]);
    assert.deepEqual([...came.packed.ints], [...sent.packed.ints]);
    assert.equal(came.packed.strings, sent.packed.strings);
    assert.equal(came.packed.ints.byteOffset % 4, 0);
  }
  assert.deepEqual([...a.ranges!], [...ranges]);
  assert.ok(a.ranges instanceof Uint16Array);
  assert.deepEqual(packBatch([{ id: 4, result: failed }]).transfer, [], 'failures alone transfer nothing');
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
  const result = fromWire(packBatch([{ id: 1, result: wire }]).batch.results[0].result);
  assert.ok(result.ok && result.ranges);
  const own = MentionRanges.of(new ObjectColumns(analyzeArticle(text, { fileName: 'a.txt' }).mentions), LineIndex.of(text));
  assert.ok(own.count > 3);
  assert.deepEqual([...result.ranges], [...own.numbers]);
});
