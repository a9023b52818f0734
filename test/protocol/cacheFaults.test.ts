// Faults in the on-disk analysis cache, through the real server: entries corrupted between two
// starts are rebuilt (never trusted), and a disk that fills up while the cache is written loses
// no entry that was already good.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ACCRA, LISBON } from './articles.js';
import { at, textAt, TestServer, type Range } from './lspClient.js';

interface Location { uri: string; range: Range }

const PORTO = 'Harbour talks in Porto\n\nPORTO — Thursday, June 6, 2024\n\nPrime Minister Helena Costa toured the harbour with Kwame Mensah.\n';
const ARTICLES: Record<string, string> = { 'lisbon.txt': LISBON, 'accra.txt': ACCRA, 'porto.txt': PORTO };
const cleanup: (() => void)[] = [];
after(() => { for (const c of cleanup.reverse()) c(); });

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeArticles(root: string, articles: Record<string, string>): void {
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, name), text);
}

/** Starts a server on `root` with the cache in `cache`; returns it and how many articles came from the cache. */
async function start(root: string, cache: string): Promise<{ server: TestServer; indexed: number; cached: number }> {
  const server = TestServer.spawn(root, { args: ['--cache', cache], keepRoot: true });
  await server.initialize();
  const line = server.logs.find(l => l.startsWith('indexed '));
  const m = line?.match(/^indexed (\d+) articles \((\d+) from the cache\)/);
  assert.ok(m, `no "indexed" line in ${server.logs.join('\n')}`);
  return { server, indexed: Number(m[1]), cached: Number(m[2]) };
}

/** Every reference to Helena Costa lands on her name in the text the test wrote. */
async function assertCostaRight(server: TestServer, articles: Record<string, string>): Promise<void> {
  const refs = await server.request<Location[]>('textDocument/references', {
    textDocument: { uri: server.uri('lisbon.txt') }, position: at(LISBON, 'Helena Costa'), context: { includeDeclaration: true },
  });
  const names = Object.keys(articles);
  assert.deepEqual([...new Set(refs.map(r => r.uri))].sort(), names.map(n => server.uri(n)).sort());
  for (const r of refs) {
    const name = r.uri.slice(server.uri('').length + 1);
    assert.match(textAt(articles[name], r.range), /^(Helena )?Costa(’s)?$/, `${name} ${JSON.stringify(r.range)}`);
  }
}

const entries = (cache: string) => readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.nla')).map(f => join(cache, f));

test('corrupt cache entries are rebuilt, never trusted', async () => {
  const root = tempDir('news-lens-protocol-cache-'), cache = tempDir('news-lens-cache-');
  writeArticles(root, ARTICLES);
  const first = await start(root, cache);
  await first.server.stop();
  assert.deepEqual([first.indexed, first.cached], [3, 0]);
  const files = entries(cache);
  assert.equal(files.length, 3);
  // three kinds of damage: cut short, overwritten with noise, and a whole entry whose last
  // mention moved by one character (a flipped bit, or a hand-edited cache): the entry ends with
  // its mentions, nine 32-bit integers each, the first two its start and end
  const [cut, noise, shifted] = files;
  writeFileSync(cut, readFileSync(cut).subarray(0, 100));
  writeFileSync(noise, Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 31) % 256)));
  const entry = readFileSync(shifted);
  for (const at of [entry.length - 36, entry.length - 32]) entry.writeInt32LE(entry.readInt32LE(at) + 1, at);
  writeFileSync(shifted, entry);

  const second = await start(root, cache);
  try {
    assert.deepEqual([second.indexed, second.cached], [3, 0], 'no damaged entry was used');
    await assertCostaRight(second.server, ARTICLES);
  } finally {
    await second.server.stop();
  }
  const third = await start(root, cache);
  try {
    assert.deepEqual([third.indexed, third.cached], [3, 3], 'the damaged entries were written again');
    await assertCostaRight(third.server, ARTICLES);
  } finally {
    await third.server.stop();
  }
});

/** A 2 MB tmpfs, when this process may mount one (root on Linux); undefined elsewhere. */
function tinyDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = tempDir('news-lens-full-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  cleanup.push(() => execFileSync('umount', ['-l', dir]));
  return dir;
}

function fillUp(dir: string): string {
  const filler = join(dir, 'filler');
  try {
    writeFileSync(filler, Buffer.alloc(4 << 20));
  } catch (err) {
    assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
  }
  return filler;
}

test("after its first scan the server removes other analysers' caches, and nothing else", async () => {
  const root = tempDir('news-lens-protocol-cache-'), cache = tempDir('news-lens-cache-');
  writeArticles(root, ARTICLES);
  const old = join(cache, 'analysis-v0.0.1-packed1');
  mkdirSync(join(old, 'ab'), { recursive: true });
  writeFileSync(join(old, 'ab', 'ab12.nla'), 'an entry of an analyser long gone');
  mkdirSync(join(cache, 'notes'));
  const { server, indexed } = await start(root, cache);
  try {
    assert.equal(indexed, 3);
    for (let waited = 0; waited < 10_000 && readdirSync(cache).includes('analysis-v0.0.1-packed1'); waited += 50) await new Promise(r => setTimeout(r, 50));
    const left = readdirSync(cache).sort();
    assert.equal(left.length, 2, `left: ${left.join(', ')}`);
    assert.equal(left[1], 'notes');
    assert.match(left[0], /^analysis-v.+-packed1$/);
    assert.ok(server.logs.some(l => l.includes('analysis-v0.0.1-packed1')), 'the removal is logged');
  } finally {
    await server.stop();
  }
});

test('a full disk while the cache is written loses no entry already good', async t => {
  const disk = tinyDisk();
  if (!disk) return t.skip('mounting a small tmpfs needs root on Linux');
  const cache = join(disk, 'cache');
  mkdirSync(cache);
  const root = tempDir('news-lens-protocol-disk-');
  writeArticles(root, ARTICLES);
  const first = await start(root, cache);
  await first.server.stop();
  const good = new Map(entries(cache).map(f => [f, readFileSync(f, 'hex')]));
  assert.equal(good.size, 3);

  const filler = fillUp(disk);
  const more: Record<string, string> = { ...ARTICLES };
  for (let i = 0; i < 6; i++) more[`more-${i}.txt`] = PORTO.replace('Thursday, June 6', `Friday, June ${7 + i}`);
  writeArticles(root, more);
  const full = await start(root, cache);
  try {
    assert.deepEqual([full.indexed, full.cached], [9, 3], 'the good entries are still used');
    assert.ok(full.server.logs.some(l => /analysis cache could not be written \(ENOSPC\)/.test(l)), full.server.logs.join('\n'));
    await assertCostaRight(full.server, more);
  } finally {
    await full.server.stop();
  }
  for (const [f, content] of good) assert.equal(readFileSync(f, 'hex'), content, `${f} changed`);
  assert.deepEqual(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.tmp')), [], 'no half-written files left');

  rmSync(filler);
  const freed = await start(root, cache);
  await freed.server.stop();
  assert.deepEqual([freed.indexed, freed.cached], [9, 3], 'with room again, the cache is written');
  const last = await start(root, cache);
  await last.server.stop();
  assert.deepEqual([last.indexed, last.cached], [9, 9]);
});
