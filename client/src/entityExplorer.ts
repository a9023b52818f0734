// The entity explorer: People, Places and Dates of the whole corpus or of the current article,
// most mentioned first, filterable. An entity opens onto its articles and mentions (each a line
// of context that opens the mention) and the people and places most often with it, each again
// an entity to open. A thin view over the server's `newsLens/entities` and `newsLens/mentions`.
import * as vscode from 'vscode';
import type {
  ArticleMentions, EntitiesParams, EntitiesResult, EntityItem, MentionItem, MentionsParams, MentionsResult,
} from '../../server/src/protocol.js';
import { ENTITIES_REQUEST, MENTIONS_REQUEST } from '../../server/src/protocol.js';
import { isArticle, mentionItem, plural, type Requester } from './viewKit.js';

type EntityType = EntityItem['type'];

export type ExplorerNode =
  | { kind: 'group'; type: EntityType; total: number; entities: EntityItem[] }
  | { kind: 'entity'; entity: EntityItem; within?: string; together?: boolean }
  | { kind: 'article'; entity: EntityItem; article: ArticleMentions; only: boolean }
  | { kind: 'mention'; uri: string; mention: MentionItem }
  | { kind: 'together'; entities: EntityItem[] }
  | { kind: 'note'; text: string };

const GROUP_LABEL: Record<EntityType, string> = { PERSON: 'People', PLACE: 'Places', DATE: 'Dates' };
const ICON: Record<EntityType, string> = { PERSON: 'person', PLACE: 'location', DATE: 'calendar' };
const NOUN: Record<EntityType, [string, string]> = { PERSON: ['person', 'people'], PLACE: ['place', 'places'], DATE: ['date', 'dates'] };

export class EntityExplorer implements vscode.TreeDataProvider<ExplorerNode> {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The article shown, or undefined for the whole corpus. */
  private article: vscode.Uri | undefined;
  private filter = '';
  view?: vscode.TreeView<ExplorerNode>;

  constructor(private readonly request: Requester) {
    void this.updateContext();
  }

  get scope(): 'corpus' | 'article' {
    return this.article ? 'article' : 'corpus';
  }

  /** The article shown; undefined for the whole corpus. */
  get shown(): vscode.Uri | undefined {
    return this.article;
  }

  /** Shows one article's entities (the active editor's when none is given). */
  showArticle(uri = vscode.window.activeTextEditor?.document.uri): void {
    if (!uri) return void vscode.window.showInformationMessage('News Lens: open an article first.');
    this.article = uri;
    this.refresh();
  }

  showCorpus(): void {
    this.article = undefined;
    this.refresh();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.refresh();
  }

  /** In article scope the view follows the editor to the next article. */
  followEditor(editor: vscode.TextEditor | undefined): void {
    if (!this.article || !editor || !isArticle(editor.document)) return;
    if (editor.document.uri.toString() === this.article.toString()) return;
    this.article = editor.document.uri;
    this.refresh();
  }

  refresh(): void {
    void this.updateContext();
    this.changed.fire(undefined);
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'group': return [
        ...node.entities.map((entity): ExplorerNode => ({ kind: 'entity', entity, within: this.article?.toString() })),
        ...(node.total > node.entities.length ? [note(`… and ${node.total - node.entities.length} more: filter to narrow`)] : []),
      ];
      case 'entity': return this.entityChildren(node);
      case 'article': return node.article.mentions.map((mention): ExplorerNode => ({ kind: 'mention', uri: node.article.uri, mention }));
      case 'together': return node.entities.map((entity): ExplorerNode => ({ kind: 'entity', entity, together: true }));
      default: return [];
    }
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(GROUP_LABEL[node.type], node.total ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = String(node.total);
        item.contextValue = 'group';
        return item;
      }
      case 'entity': return entityTreeItem(node);
      case 'article': {
        const item = new vscode.TreeItem(node.article.label, node.only ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${plural(node.article.count, 'mention')}${node.article.date ? ` · ${node.article.date}` : ''}`;
        item.tooltip = node.article.headline;
        item.resourceUri = vscode.Uri.parse(node.article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': return mentionItem(node.uri, node.mention, `Ln ${node.mention.range.start.line + 1}`);
      case 'together': {
        const item = new vscode.TreeItem('Often with', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.entities.map(e => e.name).slice(0, 3).join(', ');
        item.tooltip = 'The people and places most often mentioned in the same sentences';
        item.iconPath = new vscode.ThemeIcon('link');
        return item;
      }
      case 'note': return new vscode.TreeItem(node.text);
    }
  }

  private async roots(): Promise<ExplorerNode[]> {
    const params: EntitiesParams = { uri: this.article?.toString(), filter: this.filter || undefined };
    const result = await this.request<EntitiesResult>(ENTITIES_REQUEST, params);
    this.describe(result);
    if (!result.groups.some(g => g.total)) return []; // the view's welcome text says why
    return result.groups.map((g): ExplorerNode => ({ kind: 'group', type: g.type, total: g.total, entities: g.entities }));
  }

  private async entityChildren(node: Extract<ExplorerNode, { kind: 'entity' }>): Promise<ExplorerNode[]> {
    const params: MentionsParams = { id: node.entity.id, uri: node.within };
    const result = await this.request<MentionsResult | null>(MENTIONS_REQUEST, params);
    if (!result) return [note('No longer in the corpus: refresh the view')];
    const only = result.articles.length === 1;
    const out: ExplorerNode[] = only && node.within
      ? result.articles[0].mentions.map((mention): ExplorerNode => ({ kind: 'mention', uri: result.articles[0].uri, mention }))
      : result.articles.map((article): ExplorerNode => ({ kind: 'article', entity: node.entity, article, only }));
    if (result.moreArticles) out.push(note(`… and ${plural(result.moreArticles, 'more article')}`));
    if (result.together.length) out.push({ kind: 'together', entities: result.together });
    return out;
  }

  private describe(result: EntitiesResult): void {
    if (!this.view) return;
    const where = this.article ? decodeURIComponent(this.article.path.slice(this.article.path.lastIndexOf('/') + 1)) : 'whole corpus';
    this.view.description = this.filter ? `${where} · “${this.filter}”` : where;
    const counts = result.groups.map(g => `${g.total} ${NOUN[g.type][g.total === 1 ? 0 : 1]}`).join(', ');
    this.view.message = this.filter ? `Filtered by “${this.filter}”: ${counts}.` : undefined;
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'newsLens.entities.scope', this.scope);
    await vscode.commands.executeCommand('setContext', 'newsLens.entities.filtered', !!this.filter);
  }
}

function entityTreeItem(node: Extract<ExplorerNode, { kind: 'entity' }>): vscode.TreeItem {
  const { entity } = node;
  const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = node.together
    ? `${plural(entity.mentions, 'sentence')} together`
    : node.within ? plural(entity.mentions, 'mention') : `${plural(entity.mentions, 'mention')} · ${plural(entity.articles, 'article')}`;
  item.iconPath = new vscode.ThemeIcon(ICON[entity.type]);
  item.contextValue = 'entity';
  item.tooltip = `${entity.name} (${NOUN[entity.type][0]})`;
  return item;
}

const note = (text: string): ExplorerNode => ({ kind: 'note', text });
