// Trust and privacy, through the real server: a whole session on a hostile workspace reaches no
// network, starts no process and loads no code but its own, with a guard preloaded into the
// server that records any attempt; the guard itself is shown to catch each of them. The bundles
// are checked too: no network client, no eval, processes only where the LSP libraries start one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { ACCRA, LISBON } from './articles.js';
import { at, SERVER, TestServer } from './lspClient.js';

const GUARD = resolve(import.meta.dirname, 'guard/noEgress.cjs');
const DIST = dirname(SERVER);

function guarded(log: string, loaded = `${log}.loaded`) {
  return { nodeArgs: ['--require', GUARD], env: { NEWS_LENS_EGRESS_LOG: log, NEWS_LENS_GUARD_LOADED: loaded, NEWS_LENS_CODE_DIR: DIST } };
}

test('the guard catches every way out it is meant to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-guard-'));
  writeFileSync(join(dir, 'evil.js'), 'module.exports = 1;');
  const attempts: Record<string, string> = {
    'globalThis.fetch': `fetch('http://127.0.0.1:9/')`,
    'node:http.get': `require('node:http').get('http://127.0.0.1:9/')`,
    'node:https.request': `require('node:https').request('https://127.0.0.1:9/')`,
    'net.Socket.connect': `new (require('node:net').Socket)().connect(9, '127.0.0.1')`,
    'net.connect': `require('node:net').connect(9, '127.0.0.1')`,
    'dns.lookup': `require('node:dns').lookup('localhost', () => {})`,
    'dns.promises.resolve4': `require('node:dns').promises.resolve4('localhost')`,
    'dgram.Socket.send': `require('node:dgram').createSocket('udp4').send('x', 9, '127.0.0.1')`,
    'child_process.spawn': `require('node:child_process').spawn('true')`,
    'child_process.execSync': `require('node:child_process').execSync('true')`,
    'require(': `require(${JSON.stringify(join(dir, 'evil.js'))})`,
    'new Worker(': `new (require('node:worker_threads').Worker)(${JSON.stringify(join(dir, 'evil.js'))})`,
  };
  for (const [label, code] of Object.entries(attempts)) {
    const log = join(dir, `${label.replace(/\W/g, '_')}.log`);
    spawnSync(process.execPath, ['--require', GUARD, '-e', `try { ${code} } catch {}`], { env: { ...process.env, ...guarded(log).env } });
    assert.ok(existsSync(log) && readFileSync(log, 'utf8').includes(label), `the guard missed ${label}`);
  }
  rmSync(dir, { recursive: true, force: true });
});

/** A workspace that tries to get code run: scripts, configs, modules, names that look like commands. */
function hostileWorkspace(root: string, marker: string): Record<string, string> {
  const payload = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};`;
  const files: Record<string, string> = {
    'lisbon.txt': LISBON,
    'accra.txt': ACCRA,
    '$(touch pwned).txt': 'Storm in Porto\n\nMayor Tiago Moreira said Porto would rebuild.\n',
    '`id`; rm -rf x;.md': 'Fair in Lagos\n\nHelena Costa opened the fair in Lagos.\n',
    'package.json': JSON.stringify({ name: 'x', scripts: { postinstall: `node -e "${payload}"` }, main: 'index.js' }),
    'index.js': payload,
    'newslens.config.js': payload,
    '.newslens.js': payload,
    'node_modules/chrono-node/index.js': payload,
    'node_modules/vscode-languageserver/node.js': payload,
    '.vscode/settings.json': JSON.stringify({ 'newsLens.include': ['**/*.js', '**/*.txt'] }),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return files;
}

test('a whole session on a hostile workspace reaches no network and runs nothing of it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'news-lens-protocol-hostile-'));
  const log = join(root, '..', `${root.split('/').pop()}-egress.log`);
  const marker = join(root, '..', `${root.split('/').pop()}-ran`);
  hostileWorkspace(root, marker);
  const cache = mkdtempSync(join(tmpdir(), 'news-lens-cache-'));
  // settings from the workspace reach the server as a client would pass them
  const server = TestServer.spawn(root, { ...guarded(log), args: ['--cache', cache], keepRoot: true });
  try {
    await server.initialize({ initializationOptions: { include: ['**/*.js', '**/*.txt', '**/*.md'] } });
    const doc = { textDocument: { uri: server.uri('lisbon.txt') } };
    const costa = at(LISBON, 'Helena Costa');
    const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', { ...doc, position: costa });
    assert.match(hover.contents.value, /Helena Costa/);
    await server.request('textDocument/references', { ...doc, position: costa, context: { includeDeclaration: true } });
    await server.request('textDocument/definition', { ...doc, position: costa });
    await server.request('textDocument/documentSymbol', doc);
    await server.request('textDocument/semanticTokens/full', doc);
    await server.request('workspace/symbol', { query: 'moreira' });
    server.open('lisbon.txt', LISBON);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.textDocument.uri, version: 2 }, contentChanges: [{ text: LISBON + '\nKwame Mensah left.' }] });
    server.connection.sendNotification('textDocument/didClose', doc);
    writeFileSync(join(root, 'new.txt'), ACCRA);
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: server.uri('new.txt'), type: 1 }, { uri: server.uri('index.js'), type: 2 }] });
    await server.nextReady();
    const status = await server.request<{ articles: number }>('newsLens/reindex', null);
    assert.ok(status.articles >= 5, `${status.articles} articles`);
    assert.ok(server.alive);
  } finally {
    await server.stop();
  }
  const egress = existsSync(log) ? readFileSync(log, 'utf8') : '';
  assert.equal(egress, '', `the server tried:\n${egress}`);
  const loaded = readFileSync(`${log}.loaded`, 'utf8').split('\n').filter(Boolean);
  assert.ok(loaded.includes('main') && loaded.includes('worker'), `the guard was not in every thread: ${loaded}`);
  assert.equal(existsSync(marker), false, 'code from the workspace ran');
  for (const p of [root, cache, log, `${log}.loaded`, marker]) rmSync(p, { recursive: true, force: true });
});

/**
 * The bundles as the build makes them unminified, where esbuild marks each module with a `// path`
 * comment: built afresh, so the check holds whatever dist/ holds now (`npm run package` leaves it
 * minified, without the markers).
 */
let readable: string | undefined;
function readableBundles(): string {
  if (readable) return readable;
  readable = mkdtempSync(join(tmpdir(), 'news-lens-bundles-'));
  const built = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.mjs'), '--outdir', readable], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  return readable;
}

/** The bundle's modules that contain `pattern`. */
function modulesWith(bundle: string, pattern: RegExp): string[] {
  const found = new Set<string>();
  let module = '(bundle header)';
  for (const line of readFileSync(join(readableBundles(), bundle), 'utf8').split('\n')) {
    const marker = /^\/\/ ((?:node_modules|server|client)\/\S+)$/.exec(line);
    if (marker) module = marker[1];
    else if (pattern.test(line)) found.add(module.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*/, '$1'));
  }
  return [...found].sort();
}

test('the bundles carry no network client and evaluate no code; only the LSP libraries touch processes and sockets', () => {
  for (const bundle of ['extension.js', 'server.js', 'indexWorker.js']) {
    assert.deepEqual(modulesWith(bundle, /require\("(node:)?(https?|http2|dns|dgram|tls|vm)"\)|\bfetch\(|XMLHttpRequest|new WebSocket|\beval\(|new Function\(/), [], bundle);
    const lsp = (m: string) => /^node_modules\/vscode-(languageclient|languageserver|jsonrpc)$/.test(m);
    const processes = modulesWith(bundle, /require\("(node:)?child_process"\)/), sockets = modulesWith(bundle, /require\("(node:)?net"\)/);
    assert.deepEqual(processes.filter(m => !lsp(m)), [], `${bundle} starts processes from ${processes}`);
    assert.deepEqual(sockets.filter(m => !lsp(m)), [], `${bundle} opens sockets from ${sockets}`);
    if (bundle !== 'indexWorker.js') assert.ok(processes.length && sockets.length, `${bundle}: the module markers were not found`);
  }
  rmSync(readableBundles(), { recursive: true, force: true });
  readable = undefined;
});
