import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, MAX_FILE_SIZE_MB, readSettings } from './settings.js';

test('malformed settings fall back to the defaults, field by field', () => {
  for (const raw of [undefined, null, 42, 'x', [], { include: 'x', exclude: [1], maxFileSizeMB: '5' }, { maxFileSizeMB: -1 }, { maxFileSizeMB: NaN }]) {
    assert.deepEqual(readSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
  }
  assert.deepEqual(readSettings({ include: ['*.news'], maxFileSizeMB: 2 }), { ...DEFAULT_SETTINGS, include: ['*.news'], maxFileSizeMB: 2 });
});

test('no setting raises the size limit past the cap the manifest declares', () => {
  assert.equal(readSettings({ maxFileSizeMB: 1e9 }).maxFileSizeMB, MAX_FILE_SIZE_MB);
  assert.equal(readSettings({ maxFileSizeMB: Infinity }).maxFileSizeMB, MAX_FILE_SIZE_MB);
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'));
  assert.equal(manifest.contributes.configuration.properties['newsLens.maxFileSizeMB'].maximum, MAX_FILE_SIZE_MB);
});
