// Find all mentions: every mention of the entity in every article, opened or not. Two answers of
// one search: LSP's Location[] for every editor, and a compact form for the VS Code client.
import type { Location, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { CompactReferencesWriter, expandReferences } from '../compactReferences.js';
import { NO_REFERENCES, type CompactReferences } from '../protocol.js';

/** All mentions as LSP answers them: the compact answer's locations, one Location each. */
export function references(ctx: FeatureContext, uri: string, position: Position): Location[] {
  return expandReferences(compactReferences(ctx, uri, position));
}

/**
 * Every mention of the entity at `position`, in the corpus's order of articles, read from the
 * articles' MentionRanges with no object made for a mention (see protocol.ts for the form).
 */
export function compactReferences(ctx: FeatureContext, uri: string, position: Position): CompactReferences {
  const found = locate(ctx, uri, position);
  if (!found) return NO_REFERENCES;
  const out = new CompactReferencesWriter();
  ctx.corpus.forEachSite(found.entity, (article, first, count) => {
    out.article(article.uri);
    for (let k = 0; k < count; k++) article.mentionRanges.addTo(article.groups.mention(first + k), out);
  });
  return out.done();
}
