// Bad input: the real server on a messy folder. Each odd file is skipped with a line in the log
// or analysed within limits, and the clean articles beside them answer as if they were alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { at, textAt, TestServer, type Range } from './lspClient.js';
import { dropFileCapabilities, INDEXED, LONG_LINE_END, longLine, makeMessyFolder, MB, TEXTS, type MessyFolder } from './messyFolder.js';

interface Location { uri: string; range: Range }
interface Hover { contents: { value: string }; range: Range }

let folder: MessyFolder;
let server: TestServer;
const uri = (name: string) => server.uri(name);
const name = (u: string) => decodeURIComponent(u.slice(server.uri('').length + 1));
const logged = (file: string, reason: RegExp) =>
  assert.ok(server.logs.some(l => l.startsWith(`skipped ${join(folder.ws, file)}: `) && reason.test(l)),
    `no "skipped ${file}: ${reason}" in the log:\n${server.logs.join('\n')}`);

async function references(file: string, text: string, needle: string, n = 0): Promise<Location[]> {
  return server.request<Location[]>('textDocument/references', {
    textDocument: { uri: uri(file) }, position: at(text, needle, n), context: { includeDeclaration: true },
  });
}

before(async () => {
  folder = makeMessyFolder();
  server = TestServer.spawn(folder.ws, { wrap: dropFileCapabilities(), keepRoot: true });
  await server.initialize();
}, { timeout: 180_000 });
after(async () => {
  await server.stop();
  rmSync(folder.outside, { recursive: true, force: true });
});

test('the clean articles answer as if they were alone', async () => {
  const status = await server.request<{ articles: number }>('newsLens/status', null);
  assert.equal(status.articles, INDEXED.length);
  const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri: uri('clean/accra.txt') }, position: at(TEXTS['clean/accra.txt'], 'Mensah said') });
  assert.match(h.contents.value, /^\*\*Kwame Mensah\*\* — person/);
  assert.match(h.contents.value, /2 mentions in this article · 3 mentions in 2 articles/);
  const refs = await references('clean/lisbon.txt', TEXTS['clean/lisbon.txt'], 'Kwame Mensah');
  assert.deepEqual([...new Set(refs.map(r => name(r.uri)))].sort(), ['clean/accra.txt', 'clean/lisbon.txt']);
  for (const r of refs) assert.match(textAt(TEXTS[name(r.uri)], r.range), /^(Kwame )?Mensah$/);
});

test('every mention of Helena Costa lands on her name, whatever the file\'s encoding and line ends', async () => {
  const refs = await references('clean/lisbon.txt', TEXTS['clean/lisbon.txt'], 'Helena Costa');
  const files = new Set(refs.map(r => name(r.uri)));
  for (const f of ['clean/accra.txt', 'latin1.txt', 'utf16le.txt', 'utf16be.txt', 'lone-cr.txt', 'marks.txt', 'one-line.txt']) {
    assert.ok(files.has(f), `no mention in ${f}: ${[...files]}`);
  }
  for (const r of refs) {
    assert.ok(INDEXED.includes(name(r.uri)), `a mention in ${r.uri}, which is not an article of the folder`);
    const text = name(r.uri) === 'one-line.txt' ? LONG_LINE_END : TEXTS[name(r.uri)];
    const range = name(r.uri) === 'one-line.txt' ? shift(r.range, longLine().length - LONG_LINE_END.length) : r.range;
    // marks.txt writes "Costa\u0301": the mark belongs to the name's last letter, so the span keeps it.
    assert.match(textAt(text, range), /^(Helena )?Costa\u0301?$/, `${name(r.uri)} ${JSON.stringify(r.range)}`);
  }
});

test('an empty file is an article with nothing in it', async () => {
  const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uri('empty.txt') } });
  assert.deepEqual(symbols, []);
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri: uri('empty.txt') }, position: { line: 0, character: 0 } }), null);
});

test('a 50 MB file is skipped for the size limit, and so is a 50 MB buffer opened in the editor', async () => {
  logged('huge.txt', /50\.0 MB is over the size limit \(newsLens\.maxFileSizeMB\)/);
  server.open('huge-buffer.txt', 'Helena Costa met Kwame Mensah in Lisbon. '.repeat((50 * MB) / 41));
  const started = Date.now();
  assert.equal(await server.request('textDocument/hover', { textDocument: { uri: uri('huge-buffer.txt') }, position: { line: 0, character: 1 } }), null);
  assert.ok(Date.now() - started < 5000, `the hover took ${Date.now() - started} ms`);
  assert.ok(server.logs.some(l => l.startsWith('not analysing') && l.includes('huge-buffer.txt')), server.logs.join('\n'));
  server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('huge-buffer.txt') } });
});

test('a file of one 5 MB line is analysed, and positions millions of characters in are exact', async () => {
  const text = longLine();
  const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri: uri('one-line.txt') }, position: at(text, 'Helena Costa arrived') });
  assert.match(h.contents.value, /^\*\*Helena Costa\*\* — person/);
  assert.equal(h.range.start.line, 0);
  assert.equal(textAt(text, h.range), 'Helena Costa');
  assert.ok(h.range.start.character > 5_000_000);
});

test('binary data named .txt is skipped', () => logged('binary.txt', /binary data/));

test('invalid UTF-8 is read as Windows-1252, with a note', () => {
  assert.ok(server.logs.includes(`${join(folder.ws, 'latin1.txt')}: not valid UTF-8; read as Windows-1252`), server.logs.join('\n'));
});

test('emoji and combining marks: no range splits a character', async () => {
  const text = TEXTS['marks.txt'];
  const { data } = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uri('marks.txt') } });
  assert.ok(data.length >= 3 * 5, `only ${data.length / 5} tokens`);
  let line = 0, character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]; character = data[i] ? data[i + 1] : character + data[i + 1];
    const range = { start: { line, character }, end: { line, character: character + data[i + 2] } };
    const covered = textAt(text, range), next = textAt(text, { start: range.end, end: { line, character: range.end.character + 1 } });
    assert.match(covered, /^[\p{L}\p{N}]/u, `token starts inside a character: ${JSON.stringify(covered)}`);
    assert.doesNotMatch(next, /^[\p{M}\uDC00-\uDFFF]/u, `token ${JSON.stringify(covered)} ends inside a character`);
  }
});

test('links: loops are listed once, links out of the folder are not followed', async () => {
  logged('clean/again', /a loop/);
  logged('loop/a/back', /a loop/);
  logged('loop/escape', /outside the folder/);
  logged('disk', /outside the folder/);
  logged('secret-link.txt', /outside the folder/);
  const refs = await references('clean/lisbon.txt', TEXTS['clean/lisbon.txt'], 'Helena Costa');
  for (const r of refs) assert.ok(r.uri.startsWith(`${server.uri('')}/`) && INDEXED.includes(name(r.uri)), r.uri);
});

test('unreadable files and folders, pipes and dangling links are skipped', () => {
  logged('locked.txt', /not readable \(permission denied\)/);
  logged('locked-dir', /EACCES/);
  logged('pipe.txt', /not a regular file/);
  logged('dangling.txt', /leads nowhere/);
});

test('the size limit is a setting', async () => {
  const small = await TestServer.start({ 'lisbon.txt': TEXTS['clean/lisbon.txt'], 'long.txt': 'x'.repeat(4096) },
    { initializationOptions: { maxFileSizeMB: 0.002 } });
  try {
    assert.equal((await small.request<{ articles: number }>('newsLens/status', null)).articles, 1);
    assert.ok(small.logs.some(l => /long\.txt: 0\.0 MB is over the size limit/.test(l)), small.logs.join('\n'));
  } finally {
    await small.stop();
  }
});

// These two change clean/lisbon.txt on disk without telling the server, as a sync tool might.
test('a file changed on disk since it was read is not quoted from', async () => {
  writeFileSync(join(folder.ws, 'clean/lisbon.txt'), 'Z'.repeat(TEXTS['clean/lisbon.txt'].length + 7));
  const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri: uri('clean/accra.txt') }, position: at(TEXTS['clean/accra.txt'], 'Mensah said') });
  assert.match(h.contents.value, /^\*\*Kwame Mensah\*\*/);
  assert.doesNotMatch(h.contents.value, /ZZZ/);
});

test('a pipe swapped in for an article does not hang the hover that reads it', async () => {
  unlinkSync(join(folder.ws, 'clean/lisbon.txt'));
  execFileSync('mkfifo', [join(folder.ws, 'clean/lisbon.txt')]);
  const h = await server.request<Hover>('textDocument/hover', { textDocument: { uri: uri('clean/accra.txt') }, position: at(TEXTS['clean/accra.txt'], 'Mensah said') });
  assert.match(h.contents.value, /^\*\*Kwame Mensah\*\*/);
  assert.ok(server.alive);
});

function shift(range: Range, by: number): Range {
  return { start: { line: 0, character: range.start.character - by }, end: { line: 0, character: range.end.character - by } };
}
