// The workspace end to end in one thread (no worker script): scanning through the on-disk cache,
// cancellation of a superseded scan, batched file changes and coalesced edits.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { WARM_UP_STEPS } from '../analysis/analyze.js';
import { ArticleWorkspace } from './articles.js';
import { pathToUri } from './uris.js';

const article = (i: number) => `Report ${i}\n\nMayor Helena Costa opened bridge number ${i} in Lisbon on Monday, June 3, 2024.\n`;

function folder(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'nl-ws-'));
  for (let i = 0; i < count; i++) writeFileSync(join(root, `a${i}.txt`), article(i));
  return root;
}

function workspace(root: string, cacheDir?: string): ArticleWorkspace {
  return new ArticleWorkspace([root], { log: () => {}, cacheDir });
}

const cacheFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.nla'));

test('a second start takes unchanged articles from the cache and re-analyses changed ones', async () => {
  const root = folder(6), cache = mkdtempSync(join(tmpdir(), 'nl-wscache-'));
  const first = await workspace(root, cache).scan();
  assert.deepEqual([first.done, first.cached], [6, 0]);
  writeFileSync(join(root, 'a2.txt'), article(2) + 'Costa later flew to Porto.\n');
  const second = workspace(root, cache);
  const again = await second.scan();
  assert.deepEqual([again.done, again.cached], [6, 5]);
  assert.equal(second.corpus.size, 6);
});

test('a corrupt or partial cache entry is re-analysed and rewritten, never trusted', async () => {
  const root = folder(3), cache = mkdtempSync(join(tmpdir(), 'nl-wscache-'));
  const first = workspace(root, cache);
  await first.scan();
  const mentions = first.corpus.get(pathToUri(join(root, 'a1.txt')))!.analysis.mentions.length;
  const [one, two] = cacheFiles(cache);
  writeFileSync(join(cache, one), 'NLA1');
  writeFileSync(join(cache, two), Buffer.concat([readFileSync(join(cache, two)).subarray(0, 60), Buffer.from('{}')]));
  const second = workspace(root, cache);
  const again = await second.scan();
  assert.deepEqual([again.done, again.cached], [3, 1]);
  assert.equal(second.corpus.get(pathToUri(join(root, 'a1.txt')))!.analysis.mentions.length, mentions);
  assert.equal(cacheFiles(cache).length, 3, 'rewritten');
  assert.equal((await workspace(root, cache).scan()).cached, 3);
});

test('a newer scan makes the older one stop early; the corpus is the newer one’s', async () => {
  const root = folder(40);
  const ws = workspace(root);
  const older = ws.scan();
  const newer = ws.scan();
  const [a, b] = await Promise.all([older, newer]);
  assert.ok(a.done < a.total, `the superseded scan stopped after ${a.done} of ${a.total}`);
  assert.equal(b.done, 40);
  assert.equal(ws.corpus.size, 40);
});

test('a burst of edits is analysed once, as its last text, and before any answer', async () => {
  const root = folder(1);
  const ws = workspace(root);
  await ws.scan();
  const uri = pathToUri(join(root, 'a0.txt'));
  const before = ws.corpus.revision;
  for (let i = 0; i < 20; i++) ws.documentChanged(uri, article(0) + 'x'.repeat(i));
  assert.equal(ws.corpus.revision, before, 'nothing analysed while typing');
  ws.settle();
  assert.equal(ws.corpus.revision, before + 2, 'one replacement: a removal and an addition');
  assert.equal(ws.corpus.get(uri)!.lines.length, article(0).length + 19);
  ws.documentChanged(uri, article(0));
  await new Promise(r => setTimeout(r, 80));
  assert.equal(ws.corpus.get(uri)!.lines.length, article(0).length, 'settles by itself after a pause');
  await ws.dispose();
});

test('files changed in a batch are loaded together; deleted ones leave the corpus', async () => {
  const root = folder(3);
  const ws = workspace(root);
  await ws.scan();
  for (let i = 3; i < 8; i++) writeFileSync(join(root, `a${i}.txt`), article(i));
  const uris = Array.from({ length: 5 }, (_, i) => pathToUri(join(root, `a${i + 3}.txt`)));
  assert.equal(await ws.filesChanged([...uris, ...uris]), 5, 'each file once');
  assert.equal(ws.corpus.size, 8);
  ws.filesDeleted([uris[0]]);
  assert.equal(ws.corpus.size, 7);
});

test('the warm-up after a scan lets the event loop turn between its steps, and runs once', async () => {
  const ws = workspace(folder(4));
  await ws.scan();
  let turns = 0, warming = true;
  const count = () => { if (warming) { turns++; setImmediate(count); } };
  setImmediate(count);
  await ws.warmUp();
  warming = false;
  // one turn a step at least: the analyser's tables and finders, then three articles
  assert.ok(turns >= WARM_UP_STEPS.length + 2, `${turns} turns`);
  turns = 0;
  warming = true;
  setImmediate(count);
  await ws.warmUp();
  warming = false;
  assert.ok(turns <= 1, 'a second warm-up does nothing');
});

test('the warm-up waits while the reader is busy', async () => {
  const ws = workspace(folder(2));
  await ws.scan();
  const quietAt = performance.now() + 400;
  let asked = 0;
  await ws.warmUp(() => { asked++; return performance.now() < quietAt; });
  assert.ok(performance.now() >= quietAt, 'no step ran before the reader paused');
  assert.ok(asked >= WARM_UP_STEPS.length + 2, 'asked before every step');
});
