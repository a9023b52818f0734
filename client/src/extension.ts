// The VS Code side of News Lens: starts the language server, passes it the settings, watches the
// article files and shows the corpus in the status bar. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { allMentionsMiddleware } from './allMentions.js';
import { CrashWindow } from './crashWindow.js';
import { registerReadingViews, type ReadingViews } from './readingViews.js';

interface ServerStatus {
  state?: 'indexing' | 'ready';
  articles: number;
  entities: number;
}

/** Documents the server reads: VS Code's plain text and Markdown, and our own language. */
const DOCUMENT_SELECTOR = ['plaintext', 'markdown', 'news-article'].flatMap(language => [
  { scheme: 'file', language }, { scheme: 'untitled', language },
]);
/** The reader's corrections: the server applies the buffer as it is edited and shows its problems. */
const CORRECTIONS_SELECTOR = { scheme: 'file', language: 'json', pattern: '**/.newslens.json' };

let client: LanguageClient | undefined;

export interface NewsLensApi {
  /** Resolves when the server has indexed the workspace once. */
  ready: Promise<ServerStatus>;
  /** The entity explorer and the timeline (for tests). */
  views: ReadingViews;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  const statusItem = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'News Lens';
  statusItem.command = 'newsLens.showOutput';
  statusItem.text = '$(sync~spin) News Lens: indexing…';
  statusItem.show();

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR, CORRECTIONS_SELECTOR],
    outputChannel: output,
    // The analysis cache is keyed by content, so one folder serves every workspace.
    initializationOptions: { ...settingsOf(vscode.workspace.getConfiguration('newsLens')), cacheDir: context.globalStorageUri.fsPath },
    errorHandler: restartingHandler(),
    middleware: allMentionsMiddleware(() => client!),
    synchronize: {
      configurationSection: 'newsLens',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,news}'),
    },
  };
  client = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
  const views = registerReadingViews(context, (method, params) => client!.sendRequest(method, params));

  let markReady: (s: ServerStatus) => void = () => {};
  const ready = new Promise<ServerStatus>(resolve => (markReady = resolve));
  context.subscriptions.push(
    output, statusItem,
    client.onNotification('newsLens/status', (s: ServerStatus) => {
      showStatus(statusItem, s);
      if (s.state === 'ready') { markReady(s); views.refresh(); }
    }),
    vscode.commands.registerCommand('newsLens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newsLens.reindex', async () => {
      statusItem.text = '$(sync~spin) News Lens: indexing…';
      try {
        showStatus(statusItem, await client!.sendRequest<ServerStatus>('newsLens/reindex'));
      } catch (err) {
        // The server stopped mid-scan: the restart handler tells the reader and the new server
        // indexes afresh. A modal "command failed" dialog on top of that would only be in the way.
        output.warn(`re-indexing was interrupted: ${err instanceof Error ? err.message : String(err)}`);
      }
    }),
  );
  await client.start();
  return { ready, views };
}

/** Restarts a server that died, telling the reader each time; gives up after too many crashes. */
function restartingHandler(): ErrorHandler {
  const crashes = new CrashWindow();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      if (crashes.record() === 'give-up') {
        return { action: CloseAction.DoNotRestart, message: 'News Lens: the language server keeps stopping, so it was not restarted. See News Lens: Show Log.' };
      }
      // The client would only log a restart; the reader should see why answers paused.
      void vscode.window.showWarningMessage('News Lens: the language server stopped unexpectedly and was restarted.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function settingsOf(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  return {
    include: config.get('include'), exclude: config.get('exclude'), maxFileSizeMB: config.get('maxFileSizeMB'),
    inlayHints: config.get('inlayHints'),
  };
}

function showStatus(item: vscode.StatusBarItem, s: ServerStatus): void {
  const articles = `${s.articles.toLocaleString('en-US')} article${s.articles === 1 ? '' : 's'}`;
  item.text = s.state === 'indexing' ? `$(sync~spin) News Lens: ${articles}…` : `$(book) News Lens: ${articles}`;
  item.tooltip = `${articles}, ${s.entities.toLocaleString('en-US')} people, places and dates. Click for the log.`;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
