// People and places: a token tagger trained on news-like text (see tagger.ts, features.ts),
// followed by article-level consistency (consistency.ts) and title splitting.
import type { Span } from '../types.js';
import { settleArticle, type TokenSpan } from './consistency.js';
import { prepareArticle } from './features.js';
import { modelWeights } from './model.js';
import { labelRuns, tagArticle, type Weights } from './tagger.js';
import { splitTitles } from './titles.js';

export interface NameMention extends Span {
  type: 'PERSON' | 'PLACE';
  text: string;
  /** A title or role written just before a person's name ("President", "Foreign Minister"). */
  title?: string;
}

export function findNames(text: string): NameMention[] {
  return findNamesWith(text, modelWeights());
}

/** findNames with other weights (the training script's cross-validation). */
export function findNamesWith(text: string, weights: Weights): NameMention[] {
  const article = prepareArticle(text);
  const labels = tagArticle(article, weights);
  const spans: TokenSpan[] = [];
  for (const [type, a, b] of labelRuns(labels)) if (type === 'PERSON' || type === 'PLACE') spans.push({ type, a, b });
  return splitTitles(article, settleArticle(article, spans)).map(({ type, a, b, title }) => {
    const start = article.tokens[a].start, end = article.tokens[b - 1].end;
    return title ? { start, end, type, text: text.slice(start, end), title } : { start, end, type, text: text.slice(start, end) };
  });
}
