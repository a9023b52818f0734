// The workspace under faults: files that vanish or change kind between listing and reading, buffers
// over the size limit, closed buffers.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ArticleWorkspace } from './articles.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { pathToUri } from './uris.js';

const ARTICLE = (who: string) => `Harbour talks\n\nPrime Minister ${who} opened the harbour in Lisbon on Monday.\n`;

test('files deleted or replaced by a folder between being listed and being read are skipped with a reason', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-race-'));
  for (const name of ['a.txt', 'gone.txt', 'folder.txt', 'c.txt']) writeFileSync(join(root, name), ARTICLE('Helena Costa'));
  const log: string[] = [];
  const ws = new ArticleWorkspace([root], { log: m => log.push(m) });
  let listed = false;
  const result = await ws.scan(p => {
    if (p.done > 0 || listed) return;
    listed = true; // the listing is done and nothing is read yet: change the folder under the scan
    assert.equal(p.total, 4);
    unlinkSync(join(root, 'gone.txt'));
    unlinkSync(join(root, 'folder.txt'));
    mkdirSync(join(root, 'folder.txt'));
  });
  assert.ok(listed);
  assert.equal(result.done, 4);
  assert.deepEqual([...ws.corpus.all()].map(a => a.uri).sort(), ['a.txt', 'c.txt'].map(n => pathToUri(join(root, n))));
  assert.ok(log.includes(`skipped ${join(root, 'gone.txt')}: deleted before it could be read`), log.join('\n'));
  assert.ok(log.includes(`skipped ${join(root, 'folder.txt')}: a folder, not a file`), log.join('\n'));
});

test('an article that disappears on a later scan leaves the corpus', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-race-'));
  writeFileSync(join(root, 'a.txt'), ARTICLE('Helena Costa'));
  writeFileSync(join(root, 'b.txt'), ARTICLE('Kwame Mensah'));
  const ws = new ArticleWorkspace([root], { log: () => {} });
  await ws.scan();
  assert.equal(ws.corpus.size, 2);
  await ws.scan(p => { if (p.done === 0) unlinkSync(join(root, 'b.txt')); });
  assert.deepEqual([...ws.corpus.all()].map(a => a.uri), [pathToUri(join(root, 'a.txt'))]);
});

test('an open buffer over the size limit is not analysed, and is once it shrinks', () => {
  const log: string[] = [];
  const ws = new ArticleWorkspace([], { log: m => log.push(m) });
  ws.configure({ ...DEFAULT_SETTINGS, include: ['**/*.txt'], exclude: [], maxFileSizeMB: 0.001 });
  const uri = 'untitled:Untitled-1';
  ws.documentChanged(uri, ARTICLE('Helena Costa').repeat(20));
  ws.documentChanged(uri, ARTICLE('Helena Costa').repeat(21));
  assert.equal(ws.corpus.size, 0);
  assert.equal(log.filter(l => l.startsWith('not analysing')).length, 1, 'told once, not at every keystroke');
  ws.documentChanged(uri, ARTICLE('Helena Costa'));
  ws.settle(); // edits are analysed when they settle, or when a request comes
  assert.equal(ws.corpus.get(uri)?.analysis.mentions.some(m => m.text === 'Helena Costa'), true);
});

test('closing a document drops its buffer\'s analysis at once, before the file is read again', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-close-'));
  writeFileSync(join(root, 'a.txt'), ARTICLE('Helena Costa'));
  const ws = new ArticleWorkspace([root], { log: () => {} });
  await ws.scan();
  const uri = pathToUri(join(root, 'a.txt'));
  ws.documentChanged(uri, `Unsaved\n\n${'Kwame Mensah said so. '.repeat(5)}`);
  const reloaded = ws.documentClosed(uri);
  assert.equal(ws.corpus.get(uri), undefined, 'the discarded buffer still answers for the file');
  await reloaded;
  assert.ok(ws.corpus.get(uri)?.analysis.mentions.some(m => m.text === 'Helena Costa'));
});
