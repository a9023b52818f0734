import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { buildSync } from 'esbuild';
import { DATA_FILES, DATA_DIR } from '../analysis/names/data.js';
import { AnalysisCache } from './cache.js';
import { IndexPool } from './pool.js';

/** The worker bundled as the server's build bundles it (a thread cannot run the TypeScript sources), its data beside it. */
function workerScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nl-worker-'));
  const outfile = join(dir, 'indexWorker.js');
  buildSync({ entryPoints: [join(import.meta.dirname, 'indexWorker.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  for (const name of DATA_FILES) copyFileSync(join(DATA_DIR, name), join(dir, name));
  return outfile;
}

test('threads start on the first load, stop when idle, and start again for the next', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-pool-'));
  const path = join(dir, 'a.txt');
  writeFileSync(path, 'Talks\n\nMayor Elena Brandt visited Oslo on Tuesday.\n');
  const pool = new IndexPool(workerScript(), 1, 100);
  assert.equal(pool.running, 0, 'nothing started before any work');
  const req = { uri: 'file:///a.txt', path, maxBytes: 1e6 };
  const first = await pool.load(req);
  assert.ok(first.ok);
  assert.equal(pool.running, 1);
  await new Promise(r => setTimeout(r, 400));
  assert.equal(pool.running, 0, 'stopped after the idle while');
  const again = await pool.load(req);
  assert.ok(again.ok, 'a stopped thread is not a failure, and the pool works again');
  assert.deepEqual(again.ok && again.analysis.mentions, first.ok && first.analysis.mentions);
  await pool.dispose();
});

test('threads prepared for a scan are running before its first load, and stop if none comes', async () => {
  const pool = new IndexPool(workerScript(), 2, 100);
  pool.prepare();
  assert.equal(pool.running, 2);
  await new Promise(r => setTimeout(r, 400));
  assert.equal(pool.running, 0, 'stopped after the idle while');
  await pool.dispose();
});

test('many loads at once are all answered, each with its own article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-pool-many-'));
  const names = ['Elena Brandt', 'Kwame Mensah', 'Helena Costa', 'Tiago Moreira', 'Ana Ribeiro', 'David Mwangi', 'Maria Santos', 'Zoe Okafor', 'Kenji Watanabe', 'Pierre Martin'];
  const pool = new IndexPool(workerScript(), 2, 100);
  const results = await Promise.all(names.map((name, i) => {
    const path = join(dir, `a${i}.txt`);
    writeFileSync(path, `Talks ${i}\n\nMayor ${name} visited Oslo on Tuesday.\n`);
    return pool.load({ uri: `file:///a${i}.txt`, path, maxBytes: 1e6 });
  }));
  results.forEach((r, i) => {
    assert.equal(r.uri, `file:///a${i}.txt`);
    assert.ok(r.ok && r.analysis.mentions.some(m => m.type === 'PERSON' && m.text === names[i]), `${r.uri}: ${JSON.stringify(r)}`);
  });
  await pool.dispose();
});

test('a thread that dies fails the article it died on, and only that one', { timeout: 20_000 }, async () => {
  // A stand-in thread: answers each batch at once, and dies on a batch with the article named "crash".
  const script = join(mkdtempSync(join(tmpdir(), 'nl-crash-')), 'crashing.js');
  writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', batch => {
  if (batch.some(req => req.path.includes('crash'))) process.exit(3);
  parentPort.postMessage({ results: batch.map(req => ({ id: req.id, result: { uri: req.uri, ok: false, reason: 'answered' } })) });
});`);
  const pool = new IndexPool(script, 1, 100);
  // The pool's threads do not keep a process alive (the server's stdin does): this test's timer does.
  const alive = setInterval(() => {}, 1000);
  try {
    // More than a batch goes ahead of it and after it: the thread dies on a batch, not an article.
    const names = Array.from({ length: 30 }, (_, i) => (i === 11 ? 'crash' : `a${i}`));
    const results = await Promise.all(names.map(n => pool.load({ uri: `file:///${n}.txt`, path: `/nowhere/${n}.txt`, maxBytes: 1e6 })));
    assert.deepEqual(results.map(r => (r.ok ? 'ok' : r.reason)), names.map(n => (n === 'crash' ? 'indexing thread exited (3)' : 'answered')));
  } finally {
    clearInterval(alive);
    await pool.dispose();
  }
});

test('a cache entry that passes its checksum but does not unpack is analysed again and rewritten', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-pool-cache-'));
  const cacheDir = join(dir, 'cache');
  const path = join(dir, 'a.txt');
  writeFileSync(path, 'Talks\n\nMayor Elena Brandt visited Oslo on Tuesday.\n');
  const req = { uri: 'file:///a.txt', path, maxBytes: 1e6, cacheDir };
  for (const threads of [1, 0]) {
    const pool = new IndexPool(threads ? workerScript() : undefined, threads, 100);
    const first = await pool.load(req);
    assert.ok(first.ok && !first.cached);
    // What a faulty analyser might have written: an entry whose checksum is right for what it holds.
    const [entry] = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.nla'));
    const hash = basename(entry, '.nla');
    assert.ok(new AnalysisCache(cacheDir).set(hash, first.analysis, { strings: '["a"]', ints: Int32Array.of(7, 7, 7) }));
    const again = await pool.load(req);
    assert.ok(again.ok, `${threads} threads: ${JSON.stringify(again)}`);
    assert.deepEqual(again.analysis.mentions, first.analysis.mentions);
    const third = await pool.load(req);
    assert.ok(third.ok && third.cached, `${threads} threads: the entry was written anew`);
    await pool.dispose();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
