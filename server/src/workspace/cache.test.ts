import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { markedArticle } from '../testing/markedArticle.js';
import { AnalysisCache, contentHash } from './cache.js';

const { analysis } = markedArticle('Talks\n\n{{PERSON:ana ribeiro|Minister Ana Ribeiro|Minister}} went to {{PLACE:lisbon|Lisbon}} on {{DATE:2024-03-12|Tuesday}}.');
const entryFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.json'));

test('an entry written is read back equal', () => {
  const cache = new AnalysisCache(mkdtempSync(join(tmpdir(), 'nl-cache-')));
  const hash = contentHash('some text');
  assert.equal(cache.get(hash), undefined);
  assert.ok(cache.set(hash, analysis));
  assert.deepEqual(cache.get(hash), analysis);
});

test('a corrupt or truncated entry is rejected and removed, never trusted', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root);
  const hash = contentHash('x');
  cache.set(hash, analysis);
  const [file] = entryFiles(root);
  const full = readFileSync(join(root, file), 'utf8');
  writeFileSync(join(root, file), full.slice(0, full.length / 2));
  assert.equal(cache.get(hash), undefined);
  assert.deepEqual(entryFiles(root), []);
  cache.set(hash, analysis);
  writeFileSync(join(root, file), full.replace('"Ana Ribeiro"', '17'));
  assert.equal(cache.get(hash), undefined);
});

test('a well-formed entry whose analysis was changed (a flipped digit) fails its checksum', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root);
  const hash = contentHash('x');
  cache.set(hash, analysis);
  const [file] = entryFiles(root);
  const entry = JSON.parse(readFileSync(join(root, file), 'utf8'));
  entry.analysis.mentions[0][0] += 1;
  writeFileSync(join(root, file), JSON.stringify(entry));
  assert.equal(cache.get(hash), undefined);
  assert.deepEqual(entryFiles(root), [], 'dropped, to be written again');
});

test('an entry of another content or analyser version is not used', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const v1 = new AnalysisCache(root, '1');
  v1.set(contentHash('a'), analysis);
  assert.equal(new AnalysisCache(root, '2').get(contentHash('a')), undefined);
  const [file] = entryFiles(root);
  const moved = join(root, file.replace(contentHash('a'), contentHash('b')));
  writeFileSync(moved, readFileSync(join(root, file)));
  assert.equal(v1.get(contentHash('b')), undefined, 'an entry whose recorded hash differs from its name');
});

test('a full disk loses nothing already good and leaves no partial files', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  new AnalysisCache(root).set(contentHash('good'), analysis);
  const full = new AnalysisCache(root, undefined, {
    writeFileSync: (path: string) => { writeFileSync(path, '{"hash":'); throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); },
    renameSync: () => assert.fail('never renamed'),
  });
  assert.equal(full.set(contentHash('new'), analysis), false);
  assert.equal(full.problem, 'ENOSPC');
  assert.deepEqual(full.get(contentHash('good')), analysis);
  assert.equal(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.tmp')).length, 0);
  assert.equal(full.set(contentHash('later'), analysis), false, 'stops writing after a failure');
});
