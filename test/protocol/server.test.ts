// The real server process over stdio, driven by a real LSP client library.
import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ACCRA, LISBON } from './articles.js';
import { at, TestServer } from './lspClient.js';
import { expandReferences } from '../../server/src/compactReferences.js';
import type { CompactReferences } from '../../server/src/protocol.js';

interface Hover { contents: { value: string } }
interface Location { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface DocumentSymbol { name: string; detail?: string; children?: DocumentSymbol[] }

let server: TestServer;
const doc = (name: string) => ({ textDocument: { uri: server.uri(name) } });

before(async () => { server = await TestServer.start({ 'lisbon.txt': LISBON, 'sub/accra.txt': ACCRA, 'node_modules/x/skip.txt': LISBON }); });
after(async () => { await server.stop(); });

test('indexes the folder with work-done progress, skipping excluded folders', async () => {
  const status = await server.request<{ articles: number }>('newsLens/status', null);
  assert.equal(status.articles, 2);
  assert.ok(server.progress.some(p => JSON.stringify(p).includes('"kind":"end"')), 'progress ended');
});

test('hover on a surname with a curly possessive in a CRLF article shows the person card', async () => {
  const h = await server.request<Hover>('textDocument/hover', { ...doc('sub/accra.txt'), position: at(ACCRA, 'Costa’s') });
  assert.match(h.contents.value, /^\*\*Helena Costa\*\* — person/);
  assert.match(h.contents.value, /in 2 articles/);
});

test('a document named with other percent escapes (as Neovim writes them) is the same article', async () => {
  const uri = server.uri('sub/accra.txt').replace('accra.txt', '%61ccra.txt'); // "%61" is "a"
  const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(ACCRA, 'Costa’s') });
  assert.match(h?.contents.value ?? '', /^\*\*Helena Costa\*\* — person/);
});

test('definition jumps across files to the first full-name mention', async () => {
  const loc = await server.request<Location>('textDocument/definition', { ...doc('sub/accra.txt'), position: at(ACCRA, 'Costa’s') });
  assert.equal(loc.uri, server.uri('lisbon.txt'));
  assert.deepEqual(loc.range.start, at(LISBON, 'Helena Costa', 0, 0));
});

test('references list the mentions in both articles', async () => {
  const refs = await server.request<Location[]>('textDocument/references', {
    ...doc('lisbon.txt'), position: at(LISBON, 'Costa', 1), context: { includeDeclaration: true },
  });
  assert.deepEqual([...new Set(refs.map(r => r.uri))].sort(), [server.uri('lisbon.txt'), server.uri('sub/accra.txt')].sort());
  assert.ok(refs.length >= 4);
});

test("VS Code's compact all-mentions request answers the same locations as references", async () => {
  const params = { ...doc('lisbon.txt'), position: at(LISBON, 'Costa', 1), context: { includeDeclaration: true } };
  const refs = await server.request<Location[]>('textDocument/references', params);
  const expanded = expandReferences(await server.request<CompactReferences>('newsLens/references', params));
  assert.ok(refs.length >= 4);
  assert.deepEqual(expanded, refs);
  for (const bad of [null, {}, { ...doc('lisbon.txt'), position: { line: -1, character: 'x' } }]) {
    assert.deepEqual(await server.request('newsLens/references', bad), { uris: [], counts: [], bits: 16, ranges: '' });
  }
  assert.ok(server.alive);
});

test('outline groups people, places and dates under the headline', async () => {
  const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', doc('lisbon.txt'));
  assert.equal(symbols[0].name, 'Portugal and Ghana sign a fishing accord');
  assert.deepEqual(symbols.slice(1).map(s => s.name), ['People', 'Places', 'Dates']);
  const people = symbols[1].children!.map(c => c.name);
  assert.ok(people.includes('Helena Costa') && people.includes('Kwame Mensah'), people.join(', '));
});

test('workspace symbols find an entity by part of a name', async () => {
  const found = await server.request<{ name: string }[]>('workspace/symbol', { query: 'mens' });
  assert.equal(found[0]?.name, 'Kwame Mensah');
});

test('semantic tokens mark the people of the article', async () => {
  const { data } = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', doc('lisbon.txt'));
  assert.ok(data.length >= 5 * 4);
  assert.equal(data.length % 5, 0);
});

test('an edit re-analyses the article and the corpus answers follow', async () => {
  server.open('lisbon.txt', LISBON);
  const edited = LISBON + '\nLater, Helena Costa flew to Accra.';
  server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: server.uri('lisbon.txt'), version: 2 },
    contentChanges: [{ range: { start: at(LISBON, 'it.', 0, 3), end: at(LISBON, 'it.', 0, 3) }, text: '\nLater, Helena Costa flew to Accra.' }],
  });
  const refs = await server.request<Location[]>('textDocument/references', {
    ...doc('sub/accra.txt'), position: at(ACCRA, 'Accra', 1), context: { includeDeclaration: true },
  });
  assert.ok(refs.some(r => r.uri === server.uri('lisbon.txt') && r.range.start.line === at(edited, 'Accra.', 0, 0).line));
});

test('stale and out-of-range positions get empty answers and the server lives on', async () => {
  const wild = [{ line: 9999, character: 0 }, { line: 0, character: 99999 }, { line: -3, character: -1 }, { line: 2.5, character: 1 }];
  for (const position of wild) {
    assert.equal(await server.request('textDocument/hover', { ...doc('lisbon.txt'), position }), null);
    assert.deepEqual(await server.request('textDocument/references', { ...doc('lisbon.txt'), position, context: { includeDeclaration: true } }), []);
  }
  assert.equal(await server.request('textDocument/definition', { textDocument: { uri: 'file:///no/such.txt' }, position: { line: 0, character: 0 } }), null);
  assert.ok(server.alive);
});

test('files created and deleted outside the editor are picked up', async () => {
  const path = join(server.root, 'new.txt');
  writeFileSync(path, 'Storm hits Porto\n\nMayor Tiago Moreira said Porto would rebuild.\n');
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: server.uri('new.txt'), type: 1 }] });
  await server.nextReady();
  assert.equal((await server.request<{ name: string }[]>('workspace/symbol', { query: 'moreira' }))[0]?.name, 'Tiago Moreira');
  unlinkSync(path);
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: server.uri('new.txt'), type: 3 }] });
  await server.nextReady();
  assert.deepEqual(await server.request('workspace/symbol', { query: 'moreira' }), []);
});
