// Protocol abuse: thousands of random but well-formed LSP messages to the real server process —
// edits with ranges past the end, stale and repeated versions, changes to closed documents,
// opens over open ones, closes, cancellations, positions anywhere, malformed parameters — in
// bursts, as a busy editor sends them. The server must stay up, answer every request with a
// result or a proper error, never answer about one document with another's data, and answer
// promptly at the end. Seeded: FUZZ_SEED=n replays a run; FUZZ_SECONDS and FUZZ_OPS bound it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestServer, withTimeout } from './lspClient.js';
import { articleFor, castOf, checkAnswer, DOC_COUNT, FuzzDoc, random, randomChanges, randomPosition, type Random } from './fuzzModel.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20240603);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const OPS = Number(process.env.FUZZ_OPS ?? 20000);
const POSITIONAL = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight'];
const WHOLE_DOCUMENT = ['textDocument/documentSymbol', 'textDocument/semanticTokens/full'];
const ERROR = { cancelled: -32800, methodNotFound: -32601 };

let server: TestServer;
const docs = new Map<string, FuzzDoc>();

before(async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < DOC_COUNT; i++) files[`doc${i}.txt`] = articleFor(i);
  server = await TestServer.start(files);
  for (let i = 0; i < DOC_COUNT; i++) docs.set(server.uri(`doc${i}.txt`), new FuzzDoc(server.uri(`doc${i}.txt`), articleFor(i), castOf(i)));
});
after(async () => { await server?.stop(); });

interface Sent { method: string; doc?: FuzzDoc; texts: Map<string, string>; expect: 'answer' | 'maybe-cancelled' | 'method-not-found'; reply: Promise<unknown> }

test(`random LSP traffic never crashes the server nor mixes documents up (seed ${SEED})`, async () => {
  const rnd = random(SEED);
  const started = Date.now();
  const failures: string[] = [];
  let ops = 0, requests = 0, slowest = 0;
  while (ops < OPS && Date.now() - started < SECONDS * 1000 && failures.length < 5) {
    const burst: Sent[] = [];
    for (let n = 1 + rnd.int(12); n > 0; n--, ops++) {
      const sent = step(rnd);
      if (sent) burst.push(sent);
    }
    requests += burst.length;
    const t = Date.now();
    for (const s of burst) {
      const problem = await settle(s);
      if (problem) failures.push(`op ${ops}, ${s.method}${s.doc ? ` on ${s.doc.uri.split('/').pop()}` : ''}: ${problem}`);
    }
    slowest = Math.max(slowest, Date.now() - t);
    if (!server.alive) failures.push(`the server died (exit ${server.process.exitCode}, signal ${server.process.signalCode})`);
  }
  console.log(`fuzz seed ${SEED}: ${ops} messages, ${requests} requests in ${Date.now() - started} ms; slowest burst ${slowest} ms`);
  assert.deepEqual(failures, [], `seed ${SEED} (replay with FUZZ_SEED=${SEED}):\n${failures.join('\n')}`);
  assert.ok(requests >= 1000, `only ${requests} requests were sent`);
});

test('after the storm the server answers promptly and correctly', async () => {
  const uri = server.uri('doc0.txt');
  server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1e6, text: articleFor(0) } });
  const t = Date.now();
  const hover = await withTimeout(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } }) as Promise<{ contents: { value: string } }>, 2000, 'no answer within 2 s');
  assert.match(hover.contents.value, /^\*\*Helena Costa\*\* — /);
  assert.ok(Date.now() - t < 2000);
  assert.ok(server.alive);
});

/** One random message; the request it sent, if it sent one. */
function step(rnd: Random): Sent | undefined {
  const doc = rnd.pick([...docs.values()]);
  const r = rnd.next();
  if (r < 0.3) return change(rnd, doc);
  if (r < 0.36) return openOrClose(rnd, doc);
  if (r < 0.38) return request('workspace/symbol', { query: rnd.pick(doc.names).slice(0, 1 + rnd.int(5)).toLowerCase() }, undefined);
  if (r < 0.39) return request('newsLens/status', null, undefined);
  if (r < 0.4) return request(`textDocument/${rnd.pick(['rename', 'formatting', 'noSuchThing'])}`, { textDocument: { uri: doc.uri } }, undefined, 'method-not-found');
  if (r < 0.42) return request(rnd.pick(POSITIONAL), rnd.pick([{}, { textDocument: null }, { textDocument: { uri: 42 }, position: {} }]), undefined);
  const method = rnd.chance(0.75) ? rnd.pick(POSITIONAL) : rnd.pick(WHOLE_DOCUMENT);
  const params: Record<string, unknown> = { textDocument: { uri: doc.uri } };
  if (POSITIONAL.includes(method)) params.position = randomPosition(rnd, doc.text);
  if (method === 'textDocument/references') params.context = { includeDeclaration: rnd.chance(0.5) };
  return request(method, params, doc, rnd.chance(0.15) ? 'maybe-cancelled' : 'answer');
}

function change(rnd: Random, doc: FuzzDoc): undefined {
  const changes = randomChanges(rnd, doc);
  const current = doc.open?.version ?? 0;
  // mostly the next version; sometimes stale, repeated or far ahead, as a confused client sends
  const version = rnd.pick([current + 1, current + 1, current + 1, current - 1 - rnd.int(5), current, current + 1000]);
  server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: changes });
  // the server takes every change to an open document, whatever its version, and ignores the rest
  if (doc.open) doc.open = TextDocument.update(doc.open, changes, version);
  return undefined;
}

function openOrClose(rnd: Random, doc: FuzzDoc): undefined {
  if (doc.open && rnd.chance(0.7)) {
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    doc.open = undefined;
    return undefined;
  }
  const text = rnd.chance(0.5) ? doc.text : doc.disk;
  const languageId = rnd.pick(['plaintext', 'markdown', 'text', 'news-article']);
  const version = rnd.int(100);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId, version, text } });
  doc.open = TextDocument.create(doc.uri, languageId, version, text);
  return undefined;
}

function request(method: string, params: unknown, doc: FuzzDoc | undefined, expect: Sent['expect'] = 'answer'): Sent {
  const texts = new Map([...docs.values()].map(d => [d.uri, d.text]));
  const cancel = new CancellationTokenSource();
  const reply = server.connection.sendRequest(method, params, cancel.token);
  if (expect === 'maybe-cancelled') cancel.cancel();
  return { method, doc, texts, expect, reply };
}

/** Why the answer to `s` is wrong, if it is. */
async function settle(s: Sent): Promise<string | undefined> {
  let result: unknown;
  try {
    result = await withTimeout(s.reply, 10_000, 'no answer within 10 s');
  } catch (err) {
    const code = err instanceof ResponseError ? err.code : undefined;
    if (s.expect === 'maybe-cancelled' && code === ERROR.cancelled) return undefined;
    if (s.expect === 'method-not-found' && code === ERROR.methodNotFound) return undefined;
    return `failed: ${(err as Error).message} (code ${code})`;
  }
  if (s.expect === 'method-not-found') return `answered ${JSON.stringify(result)} to an unknown method`;
  return checkAnswer(s.method, result, s.doc, s.texts, docs);
}
