// The outline: the headline, then People, Places and Dates, each entity once with its mention
// count and its mentions as children, so the Outline view and breadcrumbs can navigate them.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { EntityType } from '../analysis/types.js';
import type { Article, MentionRef } from '../corpus/corpus.js';
import type { Entity } from '../corpus/entities.js';
import type { FeatureContext } from './context.js';
import { clip, entityTitle, GROUP_LABEL, mentionRange, spanRange } from './present.js';

const GROUP_ORDER: EntityType[] = ['PERSON', 'PLACE', 'DATE'];
export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  PERSON: SymbolKind.Class, PLACE: SymbolKind.Module, DATE: SymbolKind.Event,
};

export function documentSymbols(ctx: FeatureContext, uri: string): DocumentSymbol[] {
  const article = ctx.corpus.get(uri);
  if (!article) return [];
  const out: DocumentSymbol[] = [];
  const { headline } = article.analysis;
  if (headline) {
    const range = spanRange(article, headline.start, headline.end);
    out.push({ name: clip(headline.text, 80) || 'Headline', detail: 'headline', kind: SymbolKind.File, range, selectionRange: range });
  }
  const byEntity = ctx.corpus.mentionsByEntity(article);
  for (const type of GROUP_ORDER) {
    const entities = [...byEntity.entries()].filter(([e]) => e.type === type);
    if (!entities.length) continue;
    entities.sort((a, b) => b[1].length - a[1].length || a[1][0].mention.start - b[1][0].mention.start);
    out.push(group(article, type, entities.map(([e, refs]) => entitySymbol(e, refs))));
  }
  return out;
}

function entitySymbol(entity: Entity, refs: MentionRef[]): DocumentSymbol {
  const children = refs.map((ref): DocumentSymbol => {
    const range = mentionRange(ref);
    return { name: ref.mention.text, kind: SYMBOL_KIND[entity.type], range, selectionRange: range };
  });
  return {
    name: entityTitle(entity),
    detail: `${refs.length} mention${refs.length === 1 ? '' : 's'}`,
    kind: SYMBOL_KIND[entity.type],
    range: enclosing(children),
    selectionRange: children[0].range,
    children,
  };
}

function group(article: Article, type: EntityType, children: DocumentSymbol[]): DocumentSymbol {
  const range = enclosing(children);
  const count = children.length;
  return {
    name: GROUP_LABEL[type],
    detail: `${count}`,
    kind: SymbolKind.Namespace,
    range: range ?? spanRange(article, 0, 0),
    selectionRange: children[0].selectionRange,
    children,
  };
}

/** The range covering every child's range (an outline parent must contain its children). */
function enclosing(children: DocumentSymbol[]): DocumentSymbol['range'] {
  let start = children[0].range.start, end = children[0].range.end;
  for (const c of children) {
    if (before(c.range.start, start)) start = c.range.start;
    if (before(end, c.range.end)) end = c.range.end;
  }
  return { start, end };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
