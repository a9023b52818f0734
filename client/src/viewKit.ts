// What the News Lens views share: how they ask the server, which documents are articles, and how
// a mention is shown (its line of context, the mention highlighted, a click opens it).
import * as vscode from 'vscode';
import type { MentionItem } from '../../server/src/protocol.js';

/** Sends a request to the language server. */
export type Requester = <R>(method: string, params: unknown) => Promise<R>;

/** Language ids the server reads as articles. */
export const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'news-article'];

export function isArticle(doc: vscode.TextDocument): boolean {
  return ARTICLE_LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

/** A mention as a tree row: its context line, the mention highlighted; a click opens it selected. */
export function mentionItem(uri: string, mention: MentionItem, description: string): vscode.TreeItem {
  const item = new vscode.TreeItem({ label: mention.context, highlights: [mention.highlight] }, vscode.TreeItemCollapsibleState.None);
  item.description = description;
  item.tooltip = mention.context;
  const { start, end } = mention.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  item.command = { title: 'Open Mention', command: 'vscode.open', arguments: [vscode.Uri.parse(uri), { selection, preview: true }] };
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'mention';
  return item;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
