// Resolved dates beside the text: after "Tuesday", `▸ 12 Mar 2024`. Only for relative expressions
// (those resolved against the article's own date), where the reader cannot see the value; a full
// date written out needs no echo.
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { periodOf } from '../corpus/periods.js';
import type { FeatureContext } from './context.js';
import { escapeMarkdown, formatTimex, shortTimex } from './present.js';

export interface InlayHintOptions {
  /** `newsLens.inlayHints.resolvedDates`: the reader may find the hints noisy. */
  resolvedDates: boolean;
}

export function inlayHints(ctx: FeatureContext, uri: string, range: Range, options: InlayHintOptions): InlayHint[] {
  const article = ctx.corpus.get(uri);
  if (!article || !options.resolvedDates) return [];
  const from = article.lines.offsetAt(range.start), to = article.lines.offsetAt(range.end);
  const { anchor } = article.analysis;
  const hints: InlayHint[] = [];
  for (const m of article.analysis.mentions) {
    if (m.end < from || m.start > to || !m.date?.relative || !periodOf(m.date.timex)) continue;
    hints.push({
      position: article.lines.positionAt(m.end),
      label: `▸ ${shortTimex(m.date.timex!)}`,
      paddingLeft: true,
      tooltip: {
        kind: 'markdown',
        value: `\`${escapeMarkdown(m.text)}\` is ${formatTimex(m.date.timex!)}, counted from the article’s date, ${formatTimex(anchor.value ?? '?')}.`,
      },
    });
  }
  return hints;
}
