// Document highlights: every mention of the entity under the cursor in this article.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { mentionRange } from './present.js';

export function highlights(ctx: FeatureContext, uri: string, position: Position): DocumentHighlight[] {
  const found = locate(ctx, uri, position);
  if (!found) return [];
  return ctx.corpus.mentionsIn(found.ref.article, found.entity).map(ref => ({
    range: mentionRange(ref),
    kind: DocumentHighlightKind.Text,
  }));
}
