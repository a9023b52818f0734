// The News Lens views in their activity-bar container (the entity explorer and the timeline),
// their commands, and what keeps them current: the server's "ready" after any change to the
// corpus on disk or in the corrections (a save included), typing in the article the explorer
// shows, and the active editor (which the explorer follows in article scope). Counting a whole
// corpus again at every pause in typing would cost more than a count off by one.
import * as vscode from 'vscode';
import { EntityExplorer } from './entityExplorer.js';
import { TimelineView } from './timelineView.js';
import { isArticle, type Requester } from './viewKit.js';

/** Edits to articles settle for this long before the views ask again. */
const TYPING_PAUSE_MS = 600;

export interface ReadingViews {
  entities: EntityExplorer;
  timeline: TimelineView;
  /** The corpus changed: the visible views ask again. */
  refresh(): void;
}

export function registerReadingViews(context: vscode.ExtensionContext, request: Requester): ReadingViews {
  const entities = new EntityExplorer(request);
  const timeline = new TimelineView(request);
  const entitiesView = vscode.window.createTreeView('newsLens.entities', { treeDataProvider: entities, showCollapseAll: true });
  const timelineView = vscode.window.createTreeView('newsLens.timeline', { treeDataProvider: timeline, showCollapseAll: true });
  entities.view = entitiesView;

  let pending: NodeJS.Timeout | undefined;
  const refresh = () => {
    clearTimeout(pending);
    pending = undefined;
    if (entitiesView.visible) entities.refresh();
    if (timelineView.visible) timeline.refresh();
  };
  const refreshArticleSoon = (doc: vscode.TextDocument) => {
    if (!entitiesView.visible || entities.shown?.toString() !== doc.uri.toString()) return;
    clearTimeout(pending);
    pending = setTimeout(() => entities.refresh(), TYPING_PAUSE_MS);
  };

  context.subscriptions.push(
    entitiesView, timelineView,
    // a hidden view asks nothing; when shown again it may be stale
    entitiesView.onDidChangeVisibility(e => { if (e.visible) entities.refresh(); }),
    timelineView.onDidChangeVisibility(e => { if (e.visible) timeline.refresh(); }),
    vscode.window.onDidChangeActiveTextEditor(editor => entities.followEditor(editor)),
    vscode.workspace.onDidChangeTextDocument(e => { if (isArticle(e.document) && e.contentChanges.length) refreshArticleSoon(e.document); }),
    { dispose: () => clearTimeout(pending) },
    vscode.commands.registerCommand('newsLens.entities.showArticle', () => entities.showArticle()),
    vscode.commands.registerCommand('newsLens.entities.showCorpus', () => entities.showCorpus()),
    vscode.commands.registerCommand('newsLens.entities.filter', async () => {
      const filter = await vscode.window.showInputBox({ title: 'Filter entities', prompt: 'Part of a name: people, places and dates that contain it', placeHolder: 'e.g. ribeiro, lisbon, march' });
      if (filter !== undefined) entities.setFilter(filter);
    }),
    vscode.commands.registerCommand('newsLens.entities.clearFilter', () => entities.setFilter('')),
    vscode.commands.registerCommand('newsLens.entities.refresh', () => entities.refresh()),
    vscode.commands.registerCommand('newsLens.timeline.refresh', () => timeline.refresh()),
    // the code lens above a headline: the explorer on that article
    vscode.commands.registerCommand('newsLens.showArticleEntities', async (uri?: string | vscode.Uri) => {
      entities.showArticle(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
      await vscode.commands.executeCommand('newsLens.entities.focus');
    }),
  );
  return { entities, timeline, refresh };
}
