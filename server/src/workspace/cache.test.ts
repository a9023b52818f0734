import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { markedArticle } from '../testing/markedArticle.js';
import { unpackAnalysis } from '../analysis/packed.js';
import { plainAnalysis } from '../testing/plainAnalysis.js';
import { AnalysisCache, contentHash, ENTRY_BODY, removeOtherAnalysers } from './cache.js';

const { analysis } = markedArticle('Talks\n\n{{PERSON:ana ribeiro|Minister Ana Ribeiro|Minister}} went to {{PLACE:lisbon|Lisbon}} on {{DATE:2024-03-12|Tuesday}}.');
const entryFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.nla'));

test('an entry written is read back equal', () => {
  const cache = new AnalysisCache(mkdtempSync(join(tmpdir(), 'nl-cache-')));
  const hash = contentHash('some text');
  assert.equal(cache.get(hash), undefined);
  assert.ok(cache.set(hash, analysis));
  assert.deepEqual(plainAnalysis(cache.get(hash)), plainAnalysis(analysis));
});

test('a corrupt or truncated entry is rejected and removed, never trusted', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root);
  const hash = contentHash('x');
  cache.set(hash, analysis);
  const [file] = entryFiles(root);
  const full = readFileSync(join(root, file));
  writeFileSync(join(root, file), full.subarray(0, full.length / 2));
  assert.equal(cache.get(hash), undefined);
  assert.deepEqual(entryFiles(root), []);
  cache.set(hash, analysis);
  const renamed = Buffer.from(full);
  const at = renamed.indexOf('Ana Ribeiro');
  assert.ok(at > ENTRY_BODY);
  renamed.write('Ana Ribeirx', at);
  writeFileSync(join(root, file), renamed);
  assert.equal(cache.get(hash), undefined, 'a name changed');
  writeFileSync(join(root, file), Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 31) % 256)));
  assert.equal(cache.get(hash), undefined, 'noise');
});

test('a well-formed entry whose analysis was changed (a flipped digit) fails its checksum', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root);
  const hash = contentHash('x');
  cache.set(hash, analysis);
  const [file] = entryFiles(root);
  const entry = readFileSync(join(root, file));
  // The last mention's start is its ninth integer from the end.
  const start = entry.length - 9 * 4;
  entry.writeInt32LE(entry.readInt32LE(start) + 1, start);
  writeFileSync(join(root, file), entry);
  assert.equal(cache.get(hash), undefined);
  assert.deepEqual(entryFiles(root), [], 'dropped, to be written again');
});

test('an entry is passed on as stored, and one whose checksum is right but which does not unpack is dropped by get', () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root);
  const hash = contentHash('x');
  cache.set(hash, analysis);
  assert.deepEqual(plainAnalysis(unpackAnalysis(cache.packed(hash)!)), plainAnalysis(analysis));
  // What an analyser with a bug might write: well checksummed, not an analysis.
  cache.set(hash, analysis, { strings: '["a"]', ints: Int32Array.of(7, 7, 7) });
  assert.ok(cache.packed(hash), 'the checksum holds');
  assert.equal(cache.get(hash), undefined);
  assert.deepEqual(entryFiles(root), []);
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
    writeFileSync: (path: string) => { writeFileSync(path, 'NLA1'); throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); },
    renameSync: () => assert.fail('never renamed'),
  });
  assert.equal(full.set(contentHash('new'), analysis), false);
  assert.equal(full.problem, 'ENOSPC');
  assert.deepEqual(plainAnalysis(full.get(contentHash('good'))), plainAnalysis(analysis));
  assert.equal(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.tmp')).length, 0);
  assert.equal(full.set(contentHash('later'), analysis), false, 'stops writing after a failure');
});

test("other analysers' folders are removed; the current one and anything not the cache's stay", async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const hash = contentHash('kept');
  new AnalysisCache(root, '9.1.0').set(hash, analysis);
  new AnalysisCache(root, '9.0.0').set(hash, analysis);
  new AnalysisCache(root, '8.4.1-beta.2').set(hash, analysis);
  mkdirSync(join(root, 'analysis-notes'));
  writeFileSync(join(root, 'analysis-v1.0.0-packed1'), 'a file of that name is not a folder of ours');
  const removed = await removeOtherAnalysers(root, '9.1.0');
  assert.deepEqual(removed.sort(), ['analysis-v8.4.1-beta.2-packed1', 'analysis-v9.0.0-packed1']);
  assert.deepEqual(readdirSync(root).sort(), ['analysis-notes', 'analysis-v1.0.0-packed1', 'analysis-v9.1.0-packed1']);
  assert.ok(new AnalysisCache(root, '9.1.0').get(hash), 'the current entries are untouched');
  assert.deepEqual(await removeOtherAnalysers(join(root, 'missing'), '9.1.0'), [], 'no root, nothing to do');
});
