import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDataFile, type DataFile } from './data.js';

test('the data files are read from beside the code', () => {
  const model = readDataFile<{ scale: number; weights: Record<string, number[]> }>('model.json');
  assert.ok(model.scale > 0 && Object.keys(model.weights).length > 1000);
  const lists = readDataFile<{ country: string[] }>('gazetteer.json');
  assert.ok(lists.country.includes('Portugal'));
});

test('a missing data file is a clear error naming it, not a crash deep in the tagger', () => {
  assert.throws(() => readDataFile('absent.json' as DataFile), /data file .*absent\.json could not be read .*installation is incomplete/);
});
