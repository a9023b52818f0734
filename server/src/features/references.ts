// Find all mentions: every mention of the entity in every article, opened or not.
import { Location, type Position } from 'vscode-languageserver-types';
import type { FeatureContext } from './context.js';
import type { Article } from '../corpus/corpus.js';
import { countOf, indexAt } from '../corpus/entities.js';
import { locate } from './locate.js';
import { RawJson } from '../transport/rawJson.js';

/** Places one mention: its article and [start line, start character, end line, end character]. */
type Place = (article: Article, span: Uint32Array) => void;

/**
 * The most-mentioned name of a corpus has tens of thousands of mentions, all answered at once:
 * they are placed article by article, each looked for in the article's lines from the one
 * before (an article's mentions are in text order), into one scratch array.
 */
function placeReferences(ctx: FeatureContext, uri: string, position: Position, place: Place): void {
  const found = locate(ctx, uri, position);
  if (!found) return;
  const span = new Uint32Array(4);
  for (const { article, at } of ctx.corpus.sitesOf(found.entity)) {
    const { mentions } = article.analysis;
    for (let k = 0; k < countOf(at); k++) {
      const m = mentions[indexAt(at, k)];
      place(article, article.lines.placeSpan(m.start, m.end, span[0], span));
    }
    span[0] = 0;
  }
}

export function references(ctx: FeatureContext, uri: string, position: Position): Location[] {
  const out: Location[] = [];
  placeReferences(ctx, uri, position, (article, [sl, sc, el, ec]) => out.push(Location.create(article.uri, { start: { line: sl, character: sc }, end: { line: el, character: ec } })));
  return out;
}

/** The same `Location[]`, written as JSON straight from the positions: see `RawJson`. */
export function referencesJson(ctx: FeatureContext, uri: string, position: Position): RawJson<Location[]> {
  let json = '', last: Article | undefined, head = '';
  placeReferences(ctx, uri, position, (article, span) => {
    if (article !== last) { last = article; head = `{"uri":${JSON.stringify(article.uri)},"range":{"start":{"line":`; }
    json += `,${head}${span[0]},"character":${span[1]}},"end":{"line":${span[2]},"character":${span[3]}}}}`;
  });
  return new RawJson(Buffer.from(`[${json.slice(1)}]`, 'utf8'));
}
