import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from './analyze.js';
import { columnsOf, CompactAnalysis } from './compactAnalysis.js';
import { ObjectColumns } from './mentionColumns.js';
import { packAnalysis, unpackAnalysis } from './packed.js';

const TEXT = 'Harbor talks resume\n\nMayor Elena Brandt met President Kwame Mensah in Oslo on Tuesday, March 12, 2024. '
  + 'Brandt said last week that Mensah’s aides would return to Oslo in the spring.\n';
const made = () => analyzeArticle(TEXT, { dct: '2024-03-14' });
const compact = () => unpackAnalysis(packAnalysis(made())) as CompactAnalysis;

test('the columns of a packed analysis read what its mention objects hold, field by field', () => {
  const a = compact();
  assert.ok(a instanceof CompactAnalysis);
  const objects = new ObjectColumns(made().mentions);
  assert.equal(a.count, objects.count);
  assert.ok(a.count > 5);
  for (let i = 0; i < a.count; i++) {
    for (const field of ['start', 'end', 'type', 'key', 'text', 'timex'] as const) {
      assert.equal(a[field](i), objects[field](i), `mention ${i} ${field}`);
    }
  }
  // Key ids are the columns' own numbers; two mentions share one exactly when they share a key.
  for (let i = 0; i < a.count; i++) {
    for (let j = 0; j < a.count; j++) assert.equal(a.keyId(i) === a.keyId(j), objects.keyId(i) === objects.keyId(j), `mentions ${i}, ${j}`);
  }
  assert.equal(columnsOf(a), a, 'a packed analysis is its own columns');
  assert.ok(columnsOf(made()) instanceof ObjectColumns);
});

test('mention objects are made once, when first read', () => {
  const a = compact();
  const first = a.mentions;
  assert.equal(a.mentions, first);
  assert.deepEqual(first, made().mentions);
});
