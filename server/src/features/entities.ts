// `newsLens/entities`: who and what matters here. The people, places and dates of the corpus (or
// of one article), most mentioned first, narrowed by a filter. Counting the whole corpus walks
// every entity, so the counts are kept until the corpus changes.
import type { EntityType } from '../analysis/types.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Entity } from '../corpus/entities.js';
import type { EntitiesParams, EntitiesResult, EntityItem } from '../protocol.js';
import type { FeatureContext } from './context.js';
import { entityTitle } from './present.js';

const TYPES: EntityType[] = ['PERSON', 'PLACE', 'DATE'];
const DEFAULT_LIMIT = 500;

interface Counted {
  item: EntityItem;
  /** What a filter looks in, in lower case: the name and the keys articles use. */
  search: string;
}

export function entities(ctx: FeatureContext, params: EntitiesParams = {}): EntitiesResult {
  const counted = params.uri ? countArticle(ctx.corpus, params.uri) : countCorpus(ctx.corpus);
  const filter = params.filter?.trim().toLowerCase();
  const limit = Math.max(0, params.limit ?? DEFAULT_LIMIT);
  const groups = TYPES.filter(t => !params.type || t === params.type).map(type => {
    const matching = counted.filter(c => c.item.type === type && (!filter || c.search.includes(filter)));
    return { type, total: matching.length, entities: matching.slice(0, limit).map(c => c.item) };
  });
  return { groups };
}

/** An entity in the shape the views show. */
export function entityItem(entity: Entity, mentions: number, articles: number): EntityItem {
  return { id: entity.id, type: entity.type, name: entityTitle(entity), mentions, articles };
}

function counted(entity: Entity, mentions: number, articles: number): Counted {
  const item = entityItem(entity, mentions, articles);
  return { item, search: [item.name, ...entity.keys.map(k => k.slice(k.indexOf(':') + 1))].join('\n').toLowerCase() };
}

const cache = new WeakMap<Corpus, { revision: number; counted: Counted[] }>();

function countCorpus(corpus: Corpus): Counted[] {
  const cached = cache.get(corpus);
  if (cached?.revision === corpus.revision) return cached.counted;
  const index = corpus.entities;
  const all = index.all().map(entity => {
    const articles = index.articleCount(entity);
    return counted(entity, index.mentionCount(entity), articles);
  });
  sortCounted(all);
  cache.set(corpus, { revision: corpus.revision, counted: all });
  return all;
}

function countArticle(corpus: Corpus, uri: string): Counted[] {
  const article = corpus.get(uri);
  if (!article) return [];
  return sortCounted([...corpus.mentionsByEntity(article)].map(([entity, refs]) => counted(entity, refs.length, 1)));
}

/** Most mentioned first; then by name, so equal counts keep one order. */
function sortCounted(counted: Counted[]): Counted[] {
  return counted.sort((a, b) => b.item.mentions - a.item.mentions || (a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0));
}
