import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CorrectionFiles } from './correctionFiles.js';
import { pathToUri } from './uris.js';

const base = mkdtempSync(join(tmpdir(), 'news-lens-corrections-'));
after(() => rmSync(base, { recursive: true, force: true }));

function folders(...names: string[]): string[] {
  return names.map(n => { const dir = join(base, n); mkdirSync(dir, { recursive: true }); return dir; });
}
const fileUri = (dir: string) => pathToUri(join(dir, '.newslens.json'));

test('each folder’s file is read; their rules together are in force', async () => {
  const [a, b] = folders('one/a', 'one/b');
  writeFileSync(join(a, '.newslens.json'), '{"version": 1, "notEntity": [{"text": "Angers"}]}');
  writeFileSync(join(b, '.newslens.json'), '{"version": 1, "merge": [{"alias": "Jim", "into": "James"}]}');
  const files = new CorrectionFiles([a, b]);
  const update = await files.loadAll();
  assert.equal(update.rulesChanged, true);
  assert.deepEqual(files.current.source, { merge: [{ alias: 'Jim', into: 'James' }], notEntity: [{ text: 'Angers' }], retype: [] });
  assert.deepEqual(update.reports.map(r => r.problems), [[], []]);
  assert.equal((await files.loadAll()).rulesChanged, false, 'the same files again change nothing');
});

test('an article’s corrections go to its own folder’s file', async () => {
  const [a, b] = folders('two/a', 'two/b');
  const files = new CorrectionFiles([a, b]);
  await files.loadAll();
  const target = files.targetFor(pathToUri(join(b, 'sub', 'x.txt')))!;
  assert.deepEqual(target, { uri: fileUri(b), text: undefined, version: undefined, readable: true });
  assert.equal(files.targetFor(pathToUri(join(base, 'elsewhere.txt'))), undefined);
  assert.ok(files.owns(fileUri(a)) && !files.owns(pathToUri(join(a, 'x', '.newslens.json'))));
});

test('a malformed edit is reported and the last good rules stay in force', async () => {
  const [a] = folders('three');
  writeFileSync(join(a, '.newslens.json'), '{"version": 1, "notEntity": [{"text": "Angers"}]}');
  const files = new CorrectionFiles([a]);
  await files.loadAll();
  const broken = files.edited(fileUri(a), '{"version": 1, "notEntity": [{"text": "Angers"} {"text": "Nice"}]}', 2);
  assert.equal(broken.rulesChanged, false);
  assert.equal(broken.reports[0].problems[0].severity, 'error');
  assert.deepEqual(files.current.source.notEntity, [{ text: 'Angers' }]);
  assert.equal(files.targetFor(pathToUri(join(a, 'x.txt')))!.readable, false);
  const fixed = files.edited(fileUri(a), '{"version": 1, "notEntity": [{"text": "Angers"}, {"text": "Nice"}]}', 3);
  assert.equal(fixed.rulesChanged, true);
  assert.deepEqual(fixed.reports[0].problems, []);
  assert.equal(files.current.source.notEntity.length, 2);
});

test('while open, the buffer wins over the disk; closed, the disk counts again', async () => {
  const [a] = folders('four');
  const files = new CorrectionFiles([a]);
  await files.loadAll();
  files.edited(fileUri(a), '{"version": 1, "notEntity": [{"text": "Nice"}]}', 1);
  writeFileSync(join(a, '.newslens.json'), '{"version": 1}');
  assert.equal((await files.fileChanged(fileUri(a))).rulesChanged, false);
  assert.equal(files.current.source.notEntity.length, 1);
  assert.equal((await files.closed(fileUri(a))).rulesChanged, true);
  assert.equal(files.current.source.notEntity.length, 0);
});

test('a deleted file takes its rules with it', async () => {
  const [a] = folders('five');
  const path = join(a, '.newslens.json');
  writeFileSync(path, '{"version": 1, "notEntity": [{"text": "Nice"}]}');
  const files = new CorrectionFiles([a]);
  await files.loadAll();
  rmSync(path);
  const update = await files.fileChanged(fileUri(a));
  assert.equal(update.rulesChanged, true);
  assert.deepEqual(update.reports, [{ uri: fileUri(a), text: '', problems: [] }]);
});

test('a file that leads outside its folder is not read', async () => {
  const [a, outside] = folders('six/in', 'six/out');
  writeFileSync(join(outside, 'secret.json'), '{"version": 1, "notEntity": [{"text": "Nice"}]}');
  symlinkSync(join(outside, 'secret.json'), join(a, '.newslens.json'));
  const files = new CorrectionFiles([a]);
  const update = await files.loadAll();
  assert.equal(update.rulesChanged, false);
  assert.match(update.reports[0].problems[0].message, /leads outside the folder/);
  assert.equal(update.reports[0].text, '');
});
