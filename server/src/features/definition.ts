// Go to definition: from any mention to the entity's defining mention (the rule is in
// `definingMention`: first written in full, earliest-dated article first).
import { Location, type Position } from 'vscode-languageserver-types';
import { definingMention } from '../corpus/facts.js';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { mentionRange } from './present.js';

export function definition(ctx: FeatureContext, uri: string, position: Position): Location | null {
  const found = locate(ctx, uri, position);
  const def = found && definingMention(ctx.corpus, found.entity);
  return def ? Location.create(def.article.uri, mentionRange(def)) : null;
}
