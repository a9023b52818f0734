import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../analysis/analyze.js';
import type { LoadResult } from './loadArticle.js';
import { encodeAnalysis } from '../analysis/serialize.js';
import { fromWire, type WireResult } from './wire.js';

const TEXT = 'Talks in Oslo\n\nMayor Elena Brandt met Kwame Mensah in Oslo on Tuesday, March 12, 2024.\n';

function loaded(): LoadResult {
  return { uri: 'file:///a.txt', ok: true, analysis: analyzeArticle(TEXT), lineStarts: Uint32Array.of(0, 14, 15), length: TEXT.length, cached: true };
}

/** What an indexing thread sends for a load (loadArticle.ts): the analysis as its encoding's JSON. */
function toWire(result: LoadResult): WireResult {
  if (!result.ok) return result;
  const { analysis, ...rest } = result;
  return { ...rest, encoded: JSON.stringify(encodeAnalysis(analysis)) };
}

test('an analysis crosses between threads as a string and arrives whole', () => {
  const wire = toWire(loaded());
  assert.ok(wire.ok && typeof wire.encoded === 'string' && !('analysis' in wire));
  assert.deepEqual(fromWire(wire), loaded());
});

test('a failed load crosses as it is', () => {
  const failed: LoadResult = { uri: 'file:///b.txt', ok: false, reason: 'binary data' };
  assert.deepEqual(fromWire(toWire(failed)), failed);
});

test('an encoding that does not decode arrives as a failure with a reason, not as a broken analysis', () => {
  const wire = toWire(loaded());
  assert.ok(wire.ok);
  const broken = fromWire({ ...wire, encoded: JSON.stringify({ mentions: 'not a list' }) });
  assert.equal(broken.ok, false);
  assert.match(!broken.ok ? broken.reason : '', /does not decode/);
});
