// The reading aids over the real server: the explorer's and timeline's requests, inlay hints, code
// lens, and corrections written through a code action into `.newslens.json`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { ACCRA, LISBON } from './articles.js';
import { at, TestServer, withTimeout } from './lspClient.js';

interface Hover { contents: { value: string } }
interface EntitiesResult { groups: { type: string; total: number; entities: { id: string; name: string; mentions: number; articles: number }[] }[] }
interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
interface CodeAction { title: string; edit?: { documentChanges: ({ kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: TextEdit[] })[] } }

let server: TestServer;
const doc = (name: string) => ({ textDocument: { uri: server.uri(name) } });
const hover = (name: string, text: string, needle: string) =>
  server.request<Hover | null>('textDocument/hover', { ...doc(name), position: at(text, needle) });

before(async () => {
  server = await TestServer.start({ 'lisbon.txt': LISBON, 'sub/accra.txt': ACCRA }, {
    capabilities: {
      workspace: {
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        didChangeWatchedFiles: { dynamicRegistration: true },
      },
    },
  });
});
after(async () => { await server.stop(); });

test('the server asks to be told when a .newslens.json changes', () => {
  const watch = server.registrations.find(r => r.method === 'workspace/didChangeWatchedFiles');
  assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.newslens.json' }] });
});

test('newsLens/entities lists the corpus, most mentioned first, and one article', async () => {
  const corpus = await server.request<EntitiesResult>('newsLens/entities', {});
  const people = corpus.groups.find(g => g.type === 'PERSON')!.entities;
  assert.equal(people[0].name, 'Helena Costa');
  assert.equal(people[0].articles, 2);
  const lisbon = await server.request<EntitiesResult>('newsLens/entities', { uri: server.uri('lisbon.txt'), type: 'PLACE' });
  assert.deepEqual(lisbon.groups.map(g => g.type), ['PLACE']);
  assert.ok(lisbon.groups[0].entities.every(e => e.articles === 1));
  const filtered = await server.request<EntitiesResult>('newsLens/entities', { filter: 'mensah' });
  assert.deepEqual(filtered.groups.flatMap(g => g.entities.map(e => e.name)), ['Kwame Mensah']);
});

test('newsLens/mentions gives each mention a line of context', async () => {
  const result = await server.request<{ articles: { uri: string; mentions: { context: string; highlight: [number, number] }[] }[] }>(
    'newsLens/mentions', { id: 'PERSON:helena costa' });
  assert.deepEqual(result.articles.map(a => a.uri).sort(), [server.uri('lisbon.txt'), server.uri('sub/accra.txt')].sort());
  const first = result.articles.find(a => a.uri === server.uri('lisbon.txt'))!.mentions[0];
  assert.equal(first.context.slice(...first.highlight), 'Helena Costa');
  assert.match(first.context, /^Prime Minister Helena Costa signed a fishing accord/);
});

test('newsLens/timeline files a relative date under its day', async () => {
  const top = await server.request<{ buckets: { period: string }[] }>('newsLens/timeline', {});
  assert.equal(top.buckets[0].period, '2024');
  const day = await server.request<{ entries: { text: string; uri: string }[] }>('newsLens/timeline', { period: '2024-06-03' });
  assert.ok(day.entries.some(e => e.text === 'Monday' && e.uri === server.uri('lisbon.txt')), JSON.stringify(day.entries));
});

test('an inlay hint shows what “Monday” resolves to', async () => {
  const hints = await server.request<{ label: string; position: { line: number; character: number } }[]>('textDocument/inlayHint', {
    ...doc('lisbon.txt'), range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
  });
  assert.deepEqual(hints.map(h => h.label), ['▸ 3 Jun 2024']);
  assert.deepEqual(hints[0].position, at(LISBON, 'Monday.', 0, 6));
});

test('newsLens.inlayHints.resolvedDates: false turns the hints off', async () => {
  const quiet = await TestServer.start({ 'lisbon.txt': LISBON }, { initializationOptions: { inlayHints: { resolvedDates: false } } });
  try {
    const hints = await quiet.request<unknown[]>('textDocument/inlayHint', {
      textDocument: { uri: quiet.uri('lisbon.txt') }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
    });
    assert.deepEqual(hints, []);
  } finally {
    await quiet.stop();
  }
});

test('the code lens counts the article’s people, places and dates', async () => {
  const [lens] = await server.request<{ command: { title: string; command: string } }[]>('textDocument/codeLens', doc('lisbon.txt'));
  assert.match(lens.command.title, /^\d+ people · \d+ places? · \d+ dates?$/);
  assert.equal(lens.command.command, 'newsLens.showArticleEntities');
});

test('a correction written by a code action changes the hover card in another article', async () => {
  assert.match((await hover('sub/accra.txt', ACCRA, 'Ghana —'))!.contents.value, /^\*\*Ghana\*\* — place/);
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
    ...doc('lisbon.txt'), range: { start: at(LISBON, 'Ghana in'), end: at(LISBON, 'Ghana in') }, context: { diagnostics: [] },
  });
  const notPlace = actions.find(a => a.title === 'Not a place: “Ghana” everywhere');
  assert.ok(notPlace?.edit, actions.map(a => a.title).join(' | '));
  applyAsAnEditorWould(notPlace.edit);
  const ready = server.nextReady();
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: server.uri('.newslens.json'), type: 1 }] });
  await withTimeout(ready, 10_000, 'the corrections were not applied');
  assert.equal(await hover('sub/accra.txt', ACCRA, 'Ghana —'), null);
  assert.equal(await hover('lisbon.txt', LISBON, 'Ghana in'), null);
});

test('a malformed corrections file gets a diagnostic at the error; the last good one stays in force', async () => {
  const good = readFileSync(fileURLToPath(server.uri('.newslens.json')), 'utf8');
  const broken = good.replace('"PLACE"', '"PLACE",');
  server.open('.newslens.json', broken, 'json');
  const diagnostics = await until(() => server.diagnostics.get(server.uri('.newslens.json'))?.length ? server.diagnostics.get(server.uri('.newslens.json')) : undefined);
  assert.equal(diagnostics![0].severity, 1);
  assert.match(diagnostics![0].message, /comma too many.*last valid corrections/);
  const brace = broken.indexOf('}', broken.indexOf('"PLACE",')); // where a property name should have been
  const lines = broken.slice(0, brace).split('\n');
  assert.deepEqual((diagnostics![0].range as { start: unknown }).start, { line: lines.length - 1, character: lines[lines.length - 1].length });
  assert.equal(await hover('sub/accra.txt', ACCRA, 'Ghana —'), null, 'Ghana is still no place');
  // fixed in the editor: the diagnostic goes, and an emptied file gives Ghana back
  server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: server.uri('.newslens.json'), version: 2 }, contentChanges: [{ text: '{ "version": 1 }' }],
  });
  await until(() => server.diagnostics.get(server.uri('.newslens.json'))?.length === 0 || undefined);
  assert.match((await hover('sub/accra.txt', ACCRA, 'Ghana —'))!.contents.value, /^\*\*Ghana\*\* — place/);
});

/** Applies a workspace edit of a new file to disk, as an editor does. */
function applyAsAnEditorWould(edit: NonNullable<CodeAction['edit']>): void {
  let text = '';
  for (const change of edit.documentChanges) {
    if ('kind' in change) continue;
    assert.equal(change.edits.length, 1);
    text = change.edits[0].newText;
    const path = fileURLToPath(change.textDocument.uri);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  assert.match(text, /"notEntity"/);
}

async function until<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 20));
  }
}
