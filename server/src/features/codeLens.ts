// The article at a glance, above its headline: "14 people · 9 places · 11 dates". The lens runs
// a command the editor provides (`newsLens.showArticleEntities`: VS Code opens the explorer on
// the article); an editor without it still shows the counts.
import type { CodeLens } from 'vscode-languageserver-types';
import type { EntityType } from '../analysis/types.js';
import type { FeatureContext } from './context.js';
import { spanRange } from './present.js';

export const SHOW_ARTICLE_ENTITIES = 'newsLens.showArticleEntities';

const NOUNS: Record<EntityType, [string, string]> = { PERSON: ['person', 'people'], PLACE: ['place', 'places'], DATE: ['date', 'dates'] };

export function codeLenses(ctx: FeatureContext, uri: string): CodeLens[] {
  const article = ctx.corpus.get(uri);
  if (!article) return [];
  const counts: Record<EntityType, number> = { PERSON: 0, PLACE: 0, DATE: 0 };
  for (const entity of ctx.corpus.mentionsByEntity(article).keys()) counts[entity.type]++;
  const title = (Object.keys(NOUNS) as EntityType[]).map(t => `${counts[t]} ${NOUNS[t][counts[t] === 1 ? 0 : 1]}`).join(' · ');
  const { headline } = article.analysis;
  const range = headline ? spanRange(article, headline.start, headline.start) : spanRange(article, 0, 0);
  return [{ range, command: { title, command: SHOW_ARTICLE_ENTITIES, arguments: [uri] } }];
}
