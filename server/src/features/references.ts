// Find all mentions: every mention of the entity in every article, opened or not. Two answers of
// one search: LSP's Location[] for every editor, and a compact form for the VS Code client.
import { Location, type Position } from 'vscode-languageserver-types';
import type { Mention } from '../analysis/types.js';
import type { Article } from '../corpus/corpus.js';
import type { FeatureContext } from './context.js';
import { countOf, indexAt, type MentionIndices } from '../corpus/entities.js';
import { locate } from './locate.js';
import type { CompactReferences } from '../protocol.js';

export function references(ctx: FeatureContext, uri: string, position: Position): Location[] {
  const out: Location[] = [];
  eachArticle(ctx, uri, position, (article, mentions, at) => {
    let line = 0;
    for (let k = 0; k < countOf(at); k++) {
      const m = mentions[indexAt(at, k)];
      const range = article.lines.rangeOf(m.start, m.end, line);
      line = range.start.line;
      out.push(Location.create(article.uri, range));
    }
  });
  return out;
}

/**
 * The same mentions as `references`, each article's URI written once and the ranges as plain
 * numbers. The most-mentioned name of 10,000 articles has 27,555 mentions: as Location[] that is
 * 5.1 MB of JSON, whose writing and parsing alone took 87 ms, over most of a 100 ms budget;
 * compact, 0.8 MB and 9 ms (see protocol.ts). No object is made for a mention.
 */
export function compactReferences(ctx: FeatureContext, uri: string, position: Position): CompactReferences {
  const out: CompactReferences = { uris: [], ranges: [] };
  let current: string | undefined, ranges: number[] = [];
  eachArticle(ctx, uri, position, (article, mentions, at) => {
    if (article.uri !== current) {
      current = article.uri;
      out.uris.push(current);
      out.ranges.push((ranges = []));
    }
    let line = 0;
    for (let k = 0; k < countOf(at); k++) {
      const m = mentions[indexAt(at, k)];
      line = article.lines.pushRange(m.start, m.end, line, ranges);
    }
  });
  return out;
}

/**
 * Calls `each` with every article that mentions the entity at `position` and where: in the
 * corpus's order, each article's mentions in text order (so each is looked for in the article's
 * lines from the one before).
 */
function eachArticle(ctx: FeatureContext, uri: string, position: Position, each: (article: Article, mentions: Mention[], at: MentionIndices) => void): void {
  const found = locate(ctx, uri, position);
  if (!found) return;
  for (const { article, at } of ctx.corpus.sitesOf(found.entity)) each(article, article.analysis.mentions, at);
}
