// A real LSP client for tests: starts the built server (`dist/server.js --stdio`) as its own
// process and talks JSON-RPC to it through vscode-languageserver-protocol, as an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve(import.meta.dirname, '../../dist/server.js');

export interface Status { state: string; articles: number; entities: number; done?: number; total?: number }

export interface StartOptions {
  initializationOptions?: unknown;
  /** Extra server arguments (`--cache DIR`). */
  args?: string[];
  nodeArgs?: string[];
  /** A command the server runs under (`setpriv …`), its program and arguments before node's. */
  wrap?: string[];
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  keepRoot?: boolean;
  /** Pass the server's stderr through. */
  stderr?: boolean;
  /** Client capabilities besides progress and configuration. */
  capabilities?: { workspace?: Record<string, unknown>; textDocument?: Record<string, unknown> };
}

export class TestServer {
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly progress: unknown[] = [];
  /** The latest diagnostics published for each URI. */
  readonly diagnostics = new Map<string, { range: unknown; severity?: number; message: string }[]>();
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readyWaiters: ((s: Status) => void)[] = [];
  private statusListeners: ((s: Status) => void)[] = [];
  private keepRoot = false;
  private constructor(readonly process: ChildProcess, readonly root: string) {
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.connection.onNotification('$/progress', (p: unknown) => { this.progress.push(p); });
    this.connection.onNotification('newsLens/status', (s: Status) => {
      this.statusListeners.forEach(l => l(s));
      if (s.state === 'ready') this.readyWaiters.splice(0).forEach(w => w(s));
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => { this.diagnostics.set(p.uri, p.diagnostics); });
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => { this.registrations.push(...p.registrations); return null; });
    for (const refresh of ['semanticTokens', 'inlayHint', 'codeLens']) this.connection.onRequest(`workspace/${refresh}/refresh`, () => null);
    this.connection.listen();
  }

  /** Writes `files` into a new temporary folder and starts a server on it; resolves once indexed. */
  static async start(files: Record<string, string | Buffer>, options: StartOptions = {}): Promise<TestServer> {
    const root = mkdtempSync(join(tmpdir(), 'news-lens-protocol-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), content);
    }
    const server = TestServer.spawn(root, options);
    await withTimeout(server.initialize(options), options.readyTimeoutMs ?? 20000, 'the server never reported that indexing finished');
    return server;
  }

  /** Starts a server on an existing folder (which `stop` leaves in place). */
  static spawn(root: string, options: StartOptions = {}): TestServer {
    const [program, ...args] = [...(options.wrap ?? []), process.execPath, ...(options.nodeArgs ?? []), SERVER, '--stdio', ...(options.args ?? [])];
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    child.stderr!.on('data', d => { if (options.stderr) process.stderr.write(d); });
    const server = new TestServer(child, root);
    server.keepRoot = !!options.keepRoot || !root.includes('news-lens-protocol-');
    return server;
  }

  /** Initializes the server; resolves with the first `ready` status (indexing finished). */
  async initialize(options: StartOptions = {}): Promise<Status> {
    const server = this as TestServer;
    const ready = server.nextReady();
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: server.uri(''),
      workspaceFolders: [{ uri: server.uri(''), name: 'news' }],
      capabilities: {
        ...options.capabilities,
        window: { workDoneProgress: true },
        workspace: { configuration: true, ...options.capabilities?.workspace },
      },
      initializationOptions: options.initializationOptions,
    });
    server.connection.sendNotification('initialized', {});
    return ready;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href.replace(/\/$/, '');
  }

  onStatus(listener: (s: Status) => void): void {
    this.statusListeners.push(listener);
  }

  nextReady(): Promise<Status> {
    return new Promise(resolve => this.readyWaiters.push(resolve));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, 10000, `${method} got no answer`);
  }

  open(name: string, text: string, languageId = 'plaintext', version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(name), languageId, version, text } });
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await this.request('shutdown', null).catch(() => {});
      this.connection.sendNotification('exit');
      await new Promise(r => setTimeout(r, 100));
      this.process.kill();
    }
    this.connection.dispose();
    if (!this.keepRoot) rmSync(this.root, { recursive: true, force: true });
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); })])
    .finally(() => clearTimeout(timer));
}

/** The position of the `n`th occurrence of `needle` in `text`, `delta` characters in. */
export function at(text: string, needle: string, n = 0, delta = 1): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset + delta).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

/** The text an LSP range covers, lines split as LSP splits them (\r\n, \r, \n). */
export function textAt(text: string, range: Range): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  const offset = (p: Range['start']) => (starts[p.line] ?? text.length) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
