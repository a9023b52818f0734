// The timeline: every dated mention of the corpus by year, month and day, each with its sentence
// and article (a click opens it); dates with no calendar value listed apart under "Without a
// date". Each period is asked of the server (`newsLens/timeline`) when the reader opens it.
import * as vscode from 'vscode';
import type { TimelineBucket, TimelineEntry, TimelineResult } from '../../server/src/protocol.js';
import { TIMELINE_REQUEST, UNRESOLVED_PERIOD } from '../../server/src/protocol.js';
import { mentionItem, plural, type Requester } from './viewKit.js';

export type TimelineNode =
  | { kind: 'period'; bucket: TimelineBucket }
  /** `period`: the bucket it is listed in (undefined at the top). */
  | { kind: 'entry'; entry: TimelineEntry; period?: string }
  | { kind: 'note'; text: string };

export class TimelineView implements vscode.TreeDataProvider<TimelineNode> {
  private readonly changed = new vscode.EventEmitter<TimelineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly request: Requester) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: TimelineNode): Promise<TimelineNode[]> {
    if (node && node.kind !== 'period') return [];
    const period = node?.bucket.period;
    const result = await this.request<TimelineResult>(TIMELINE_REQUEST, { period });
    return [
      ...result.buckets.map((bucket): TimelineNode => ({ kind: 'period', bucket })),
      ...result.entries.map((entry): TimelineNode => ({ kind: 'entry', entry, period })),
      ...(result.more ? [{ kind: 'note', text: `… and ${plural(result.more, 'more mention')}` } as TimelineNode] : []),
    ];
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    if (node.kind === 'note') return new vscode.TreeItem(node.text);
    if (node.kind === 'entry') {
      const { entry } = node;
      // an entry need not repeat the period it is listed under (a time of day or an undated one does)
      const item = mentionItem(entry.uri, entry, entry.value === node.period ? entry.article : `${entry.valueLabel} · ${entry.article}`);
      item.tooltip = new vscode.MarkdownString().appendText(`${entry.valueLabel} — ${entry.article}\n\n${entry.context}`);
      return item;
    }
    const { bucket } = node;
    const item = new vscode.TreeItem(bucket.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = plural(bucket.count, 'mention');
    item.iconPath = new vscode.ThemeIcon(bucket.period === UNRESOLVED_PERIOD ? 'question' : 'calendar');
    item.tooltip = bucket.period === UNRESOLVED_PERIOD
      ? 'Dates with no value on the calendar: “now”, or a weekday in an article without a date of its own'
      : undefined;
    return item;
  }
}
