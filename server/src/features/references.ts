// Find all mentions: every mention of the entity in every article, opened or not.
import { Location, type Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context.js';
import { countOf, indexAt } from '../corpus/entities.js';
import { locate } from './locate.js';

/**
 * The most-mentioned name of a corpus has tens of thousands of mentions, all answered at once:
 * they are placed article by article, each looked for in the article's lines from the one
 * before (an article's mentions are in text order), with no object per mention but the answer's.
 */
export function references(ctx: FeatureContext, uri: string, position: Position): Location[] {
  const found = locate(ctx, uri, position);
  if (!found) return [];
  const out: Location[] = [];
  for (const { article, at } of ctx.corpus.sitesOf(found.entity)) {
    const { mentions } = article.analysis;
    let line = 0;
    for (let k = 0; k < countOf(at); k++) {
      const m = mentions[indexAt(at, k)];
      const range = article.lines.rangeOf(m.start, m.end, line);
      line = range.start.line;
      out.push(Location.create(article.uri, range));
    }
  }
  return out;
}
