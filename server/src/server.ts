// The language server: wires LSP requests to the feature modules. Run by the VS Code client over
// IPC, or standalone (`news-lens-server --stdio`) for any editor.
import {
  CodeActionKind, CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  FileChangeType, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult, type ReferenceParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, type EditSupport } from './features/codeActions.js';
import { codeLenses } from './features/codeLens.js';
import type { FeatureContext } from './features/context.js';
import { correctionDiagnostics } from './features/correctionDiagnostics.js';
import { definition } from './features/definition.js';
import { documentSymbols } from './features/documentSymbols.js';
import { entities } from './features/entities.js';
import { highlights } from './features/highlights.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlayHints.js';
import { mentions } from './features/mentions.js';
import { compactReferences, references } from './features/references.js';
import { LEGEND, semanticTokens } from './features/semanticTokens.js';
import { timeline } from './features/timeline.js';
import { workspaceSymbols } from './features/workspaceSymbols.js';
import { join } from 'node:path';
import {
  ENTITIES_REQUEST, MENTIONS_REQUEST, NO_REFERENCES, REFERENCES_REQUEST, TIMELINE_REQUEST, type EntitiesParams, type MentionsParams, type TimelineParams,
} from './protocol.js';
import { ArticleWorkspace, type ScanProgress } from './workspace/articles.js';
import { removeOtherAnalysers } from './workspace/cache.js';
import { CorrectionFiles, type CorrectionsUpdate } from './workspace/correctionFiles.js';
import { FileEventBatcher } from './workspace/fileEvents.js';
import { readSettings } from './workspace/settings.js';
import { canonicalUri, uriToPath } from './workspace/uris.js';

/** Language ids of articles: VS Code's, other editors' (`text`) and our own. */
const ARTICLE_LANGUAGES = new Set(['plaintext', 'text', 'markdown', 'news-article']);

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let workspace = newWorkspace([], undefined);
const ctx = (): FeatureContext => { lastAsked = performance.now(); workspace.settle(); return { corpus: workspace.corpus, texts: workspace }; };
/** When a feature was last asked for: the warm-up waits for a quiet moment. */
let lastAsked = 0;
const QUIET_MS = 300;
let canPullConfiguration = false;
// Eglot pulls configuration but cannot register for its changes: only ask clients that can.
let canRegisterConfiguration = false;
let canReportProgress = false;
let corrections = new CorrectionFiles([]);
let editSupport: EditSupport = { documentChanges: false, createFile: false };
let canWatchFiles = false;
let scanning: Promise<void> = Promise.resolve();
let cacheDir: string | undefined;
let otherAnalysersRemoved = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const roots = (params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
    .map(uriToPath).filter((p): p is string => !!p);
  const options = (params.initializationOptions ?? {}) as { cacheDir?: unknown };
  cacheDir = cacheArgument() ?? (typeof options.cacheDir === 'string' ? options.cacheDir : undefined);
  workspace = newWorkspace(roots, cacheDir);
  workspace.configure(readSettings(params.initializationOptions), roots);
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
  canReportProgress = !!params.capabilities.window?.workDoneProgress;
  corrections = new CorrectionFiles(roots);
  const edits = params.capabilities.workspace?.workspaceEdit;
  editSupport = { documentChanges: !!edits?.documentChanges, createFile: !!edits?.resourceOperations?.includes('create') };
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'news-lens-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => {});
  // the corrections file is no article: the editor's article watcher does not report it
  if (canWatchFiles) connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.newslens.json' }] }).catch(() => {});
  scanning = rescan();
});

connection.onDidChangeConfiguration(() => { scanning = scanning.then(rescan); });
connection.onRequest('newsLens/reindex', async () => { scanning = scanning.then(rescan); await scanning; return status(); });
connection.onRequest('newsLens/status', status);
connection.onRequest('newsLens/memory', memory);

async function rescan(): Promise<void> {
  if (canPullConfiguration) {
    const raw = await connection.workspace.getConfiguration('newsLens').catch(() => undefined);
    if (raw) workspace.configure(readSettings(raw));
  }
  connection.sendNotification('newsLens/status', { ...status(), state: 'indexing' });
  const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  progress?.begin('News Lens', 0, 'listing articles…', false);
  const started = Date.now();
  let reported = 0;
  const report = (p: ScanProgress) => {
    if (Date.now() - reported < 100 && p.done < p.total) return; // a report every 100 ms is plenty
    reported = Date.now();
    progress?.report(Math.round((100 * p.done) / Math.max(p.total, 1)), `Indexing ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')} articles`);
    connection.sendNotification('newsLens/status', { ...status(), state: 'indexing', done: p.done, total: p.total });
  };
  takeCorrections(await corrections.loadAll()); // before the articles, so each is corrected as it arrives
  const result = await workspace.scan(report);
  progress?.done();
  connection.console.log(`indexed ${result.done} articles (${result.cached} from the cache) in ${Date.now() - started} ms on ${workspace.indexingThreads} thread(s)`);
  announceChange();
  // After the announcement has gone out (the connection writes on a later turn of the event loop):
  // each step of warming the analyser takes the thread for up to 200 ms, and the editor should hear
  // "ready" first, not after it.
  setTimeout(() => { workspace.warmUp(() => performance.now() - lastAsked < QUIET_MS).catch(logError); removeOtherCaches(); }, WARM_UP_AFTER_MS);
}

/** Once a session, after its first scan: until then the disk is the scan's. */
function removeOtherCaches(): void {
  if (!cacheDir || otherAnalysersRemoved) return;
  otherAnalysersRemoved = true;
  removeOtherAnalysers(cacheDir).then(names => {
    if (names.length) connection.console.log(`removed the analysis cache of other analysers: ${names.join(', ')}`);
  }, logError);
}

const WARM_UP_AFTER_MS = 100;

/** Tells the editor the corpus changed: its status, and the answers it shows without asking. */
function announceChange(): void {
  connection.sendNotification('newsLens/status', { ...status(), state: 'ready' });
  connection.languages.semanticTokens.refresh().catch(() => {});
  connection.languages.inlayHint.refresh().catch(() => {});
  connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
}

function newWorkspace(roots: string[], cacheDir: string | undefined): ArticleWorkspace {
  return new ArticleWorkspace(roots, {
    log: m => connection.console.log(m),
    cacheDir,
    workerScript: join(__dirname, 'indexWorker.js'),
  });
}

/** `--cache DIR` on the command line (the standalone server's way to name its cache). */
function cacheArgument(): string | undefined {
  const i = process.argv.indexOf('--cache');
  return i > 0 ? process.argv[i + 1] : process.argv.find(a => a.startsWith('--cache='))?.slice('--cache='.length);
}

function status() {
  return { articles: workspace.corpus.size, entities: workspace.corpus.entities.count, pid: process.pid };
}

/**
 * The server's memory, for diagnostics and the soak test. Under `node --expose-gc` it collects
 * garbage first, so two readings compare what is really kept, not what is waiting to be freed.
 */
function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers, indexingThreads: workspace.runningThreads };
}

// Open documents: their buffers are the articles while open.
documents.onDidOpen(e => track(e.document));
documents.onDidChangeContent(e => track(e.document));
documents.onDidClose(e => { workspace.documentClosed(e.document.uri).catch(logError); });

function track(doc: TextDocument): void {
  if (!ARTICLE_LANGUAGES.has(doc.languageId) && !workspace.accepts(doc.uri)) return;
  workspace.documentChanged(doc.uri, doc.getText());
}

// File events come in bursts (a `git checkout` of thousands of files): gather them, then load
// the changed files together on the indexing threads.
const fileEvents = new FileEventBatcher(async ({ changed, deleted }) => {
  workspace.filesDeleted(deleted);
  await workspace.filesChanged(changed).catch(logError);
  connection.sendNotification('newsLens/status', { ...status(), state: 'ready' });
});
connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const c of changes) {
    if (corrections.owns(c.uri)) corrections.fileChanged(c.uri).then(correctionsChanged, logError);
    else fileEvents.add(c.uri, c.type === FileChangeType.Deleted ? 'deleted' : 'changed');
  }
});

// The corrections files (`<folder>/.newslens.json`): applied to every article as soon as they
// change, on disk or in the editor; their problems shown on the file itself.
documents.onDidOpen(e => correctionsEdited(e.document));
documents.onDidChangeContent(e => correctionsEdited(e.document));
documents.onDidClose(e => { if (corrections.owns(e.document.uri)) corrections.closed(e.document.uri).then(correctionsChanged, logError); });

function correctionsEdited(doc: TextDocument): void {
  if (corrections.owns(doc.uri)) correctionsChanged(corrections.edited(doc.uri, doc.getText(), doc.version));
}

function correctionsChanged(update: CorrectionsUpdate): void {
  if (takeCorrections(update)) announceChange();
}

/** Shows the files' problems and puts their rules in force; says whether the corpus changed. */
function takeCorrections(update: CorrectionsUpdate): boolean {
  for (const r of update.reports) connection.sendDiagnostics({ uri: r.uri, diagnostics: correctionDiagnostics(r.text, r.problems) });
  if (update.rulesChanged) workspace.corpus.setCorrections(corrections.current);
  return update.rulesChanged;
}

// Requests: a failure in one answers empty and is logged; it never takes the server down.
// The corpus keys articles by one spelling of their URI; a request names its document the client's
// way (Neovim writes `%c3%ad` where VS Code writes `%C3%AD`), so it is looked up canonically.
const docUri = (p: { textDocument: { uri: string } }) => canonicalUri(p.textDocument.uri);
connection.onHover(p => safely(() => hover(ctx(), docUri(p), p.position), null));
connection.onDefinition(p => safely(() => definition(ctx(), docUri(p), p.position), null));
connection.onReferences(p => safely(() => references(ctx(), docUri(p), p.position), []));
connection.onDocumentHighlight(p => safely(() => highlights(ctx(), docUri(p), p.position), []));
connection.onDocumentSymbol(p => safely(() => documentSymbols(ctx(), docUri(p)), []));
connection.onWorkspaceSymbol(p => safely(() => workspaceSymbols(ctx(), p.query), []));
connection.languages.semanticTokens.on(p => safely(() => semanticTokens(ctx(), docUri(p)), { data: [] }));
connection.languages.inlayHint.on(p => safely(() => inlayHints(ctx(), docUri(p), p.range, workspace.currentSettings.inlayHints), []));
connection.onCodeLens(p => safely(() => codeLenses(ctx(), docUri(p)), []));
connection.onCodeAction(p => safely(() => codeActions(ctx(), docUri(p), p.range.start, corrections.targetFor(docUri(p)), editSupport), []));

// The explorer's, the timeline's and VS Code's all-mentions requests (see protocol.ts).
const articleUri = (uri: unknown) => (typeof uri === 'string' ? canonicalUri(uri) : undefined);
connection.onRequest(ENTITIES_REQUEST, (p: EntitiesParams | null) => safely(() => entities(ctx(), { ...p, uri: articleUri(p?.uri) }), { groups: [] }));
connection.onRequest(MENTIONS_REQUEST, (p: MentionsParams) => safely(() => mentions(ctx(), { ...p, uri: articleUri(p?.uri) }), null));
connection.onRequest(REFERENCES_REQUEST, (p: ReferenceParams) => safely(() => compactReferences(ctx(), docUri(p), p.position), NO_REFERENCES));
connection.onRequest(TIMELINE_REQUEST, (p: TimelineParams | null) => safely(() => timeline(ctx(), p ?? {}), { buckets: [], entries: [], more: 0 }));

function safely<T>(answer: () => T, fallback: T): T {
  try {
    return answer();
  } catch (err) {
    logError(err);
    return fallback;
  }
}

function logError(err: unknown): void {
  connection.console.error(err instanceof Error ? err.stack ?? err.message : String(err));
}

documents.listen(connection);
connection.listen();
