// Find all mentions: every mention of the entity in every article, opened or not.
import { Location, type Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { mentionRange } from './present.js';

export function references(ctx: FeatureContext, uri: string, position: Position): Location[] {
  const found = locate(ctx, uri, position);
  if (!found) return [];
  const out: Location[] = [];
  for (const ref of ctx.corpus.mentionsOf(found.entity)) out.push(Location.create(ref.article.uri, mentionRange(ref)));
  return out;
}
