// A long session: an editor typing into articles through the real server, round after round, for
// SOAK_SECONDS (180 in CI: a few minutes; set more to soak longer). Every round types a sentence naming someone new,
// character by character, asks what an editor asks, then deletes the sentence: the corpus ends each
// round as it began, so the memory kept (read after a forced GC) must settle and not grow per edit.
// SOAK_TRACE=1 prints every reading.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestServer } from './lspClient.js';
import { random, type Random } from './fuzzModel.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
/**
 * Kept bytes per edit that count as a leak. Measured without the optimising and baseline compilers,
 * whose code grows for minutes as more functions get hot (~20 bytes per edit here) and would hide a
 * leak; with them off a sound server keeps under 1 byte per edit, and keeping the half-names typed
 * (about one short string per keystroke) shows as 15.
 */
const MAX_BYTES_PER_EDIT = 4;
const NO_JIT_GROWTH = ['--no-opt', '--no-sparkplug', '--no-flush-bytecode'];
const PLACES = ['Lisbon', 'Accra', 'Nairobi', 'Porto', 'Seoul', 'Oslo'];
const SYLLABLES = ['ka', 'mo', 'le', 'ti', 'ra', 'no', 'su', 'vi', 'de', 'an', 'or', 'bel'];

interface Memory { rss: number; heapUsed: number; external: number; arrayBuffers: number }

let server: TestServer;
const files: Record<string, string> = {};
before(async () => {
  for (let i = 0; i < 12; i++) {
    files[`a${i}.txt`] = `Talks in ${PLACES[i % PLACES.length]}\n\nPrime Minister Helena Costa met Kwame Mensah in ${PLACES[i % PLACES.length]} on Monday.\n`
      + `Costa said the talks went well. Mensah agreed.\n`;
  }
  server = await TestServer.start(files, { nodeArgs: ['--expose-gc', ...NO_JIT_GROWTH] });
});
after(async () => { await server?.stop(); });

test(`memory settles over ${SECONDS} s of editing: no growth per edit`, async () => {
  const rnd = random(7);
  const open = ['a0.txt', 'a1.txt', 'a2.txt'];
  const versions = new Map(open.map(n => [n, 1]));
  for (const n of open) server.open(n, files[n]);
  const samples: { edits: number; memory: Memory }[] = [];
  let edits = 0;
  const started = Date.now();
  while (Date.now() - started < SECONDS * 1000) {
    const name = rnd.pick(open);
    edits += await typeAndDelete(name, files[name], versions, rnd);
    await ask(name, files[name]);
    samples.push({ edits, memory: await server.request<Memory>('newsLens/memory', null) });
  }
  if (process.env.SOAK_TRACE) for (const s of samples) console.log(`trace ${s.edits} ${s.memory.heapUsed}`);
  const steady = samples.slice(Math.floor(samples.length / 4)); // after warm-up: caches and JIT filled
  const slope = bytesPerEdit(steady.map(s => [s.edits, s.memory.heapUsed]));
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const [first, last] = [steady[0].memory, steady[steady.length - 1].memory];
  console.log(`soak: ${samples.length} rounds, ${edits} edits in ${((Date.now() - started) / 1000).toFixed(0)} s; `
    + `heap ${mb(first.heapUsed)} → ${mb(last.heapUsed)} MB, rss ${mb(first.rss)} → ${mb(last.rss)} MB; ${slope.toFixed(1)} bytes kept per edit`);
  assert.ok(samples.length >= 20 && edits >= 1000, `only ${samples.length} rounds, ${edits} edits`);
  assert.ok(slope < MAX_BYTES_PER_EDIT, `the heap grows by ${slope.toFixed(1)} bytes per edit`);
  assert.ok(last.rss - first.rss < 64 * 1048576, `rss grew by ${mb(last.rss - first.rss)} MB after warm-up`);
  assert.ok(server.alive);
});

/** Types a sentence naming someone new at the end of the article, a character at a time, then deletes it. */
async function typeAndDelete(name: string, text: string, versions: Map<string, number>, rnd: Random): Promise<number> {
  const person = [newName(rnd), newName(rnd)].join(' ');
  const sentence = ` Later, Minister ${person} visited ${rnd.pick(PLACES)} on ${rnd.pick(['Tuesday', 'June 4', 'Friday'])}.`;
  const end = endOf(text);
  const change = (range: object, inserted: string) => {
    const version = versions.get(name)! + 1;
    versions.set(name, version);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: server.uri(name), version }, contentChanges: [{ range, text: inserted }] });
  };
  for (let i = 0; i < sentence.length; i++) {
    const at = { line: end.line, character: end.character + i };
    change({ start: at, end: at }, sentence[i]);
  }
  change({ start: end, end: { line: end.line, character: end.character + sentence.length } }, '');
  return sentence.length + 1;
}

/** What an editor asks after an edit: highlighting, the outline, a hover, references, a symbol search. */
async function ask(name: string, text: string): Promise<void> {
  const doc = { textDocument: { uri: server.uri(name) } };
  const costa = { line: 2, character: text.split('\n')[2].indexOf('Costa') + 1 };
  await Promise.all([
    server.request('textDocument/semanticTokens/full', doc),
    server.request('textDocument/documentSymbol', doc),
    server.request('textDocument/hover', { ...doc, position: costa }),
    server.request('textDocument/references', { ...doc, position: costa, context: { includeDeclaration: true } }),
    server.request('workspace/symbol', { query: 'mens' }),
  ]);
}

function newName(rnd: Random): string {
  const word = Array.from({ length: 2 + rnd.int(2) }, () => rnd.pick(SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 2, character: lines[lines.length - 2].length };
}

/** The least-squares slope of y over x. */
function bytesPerEdit(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n, my = points.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0, den = 0;
  for (const [x, y] of points) { num += (x - mx) * (y - my); den += (x - mx) ** 2; }
  return den ? num / den : 0;
}
