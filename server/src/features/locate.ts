// Finding the mention under the cursor, safely: a stale or out-of-range position from any client
// resolves to nothing rather than an exception.
import type { Position } from 'vscode-languageserver-types';
import type { MentionRef } from '../corpus/corpus.js';
import type { Entity } from '../corpus/entities.js';
import type { FeatureContext } from './context.js';

export interface Located {
  ref: MentionRef;
  entity: Entity;
}

export function locate(ctx: FeatureContext, uri: string, position: Position): Located | undefined {
  const article = ctx.corpus.get(uri);
  if (!article || !isPosition(position)) return undefined;
  if (position.line >= article.lines.lineCount) return undefined;
  const ref = ctx.corpus.mentionAt(uri, article.lines.offsetAt(position));
  if (!ref) return undefined;
  const entity = ctx.corpus.entityOf(ref.article, ref.mention);
  return entity && { ref, entity };
}

function isPosition(p: Position | undefined): p is Position {
  return !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
}
