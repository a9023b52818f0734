// What the corpus knows about one entity: where it is defined, what else it is called, the
// titles it is given and who appears with it. Plain data for the hover card and the explorer.
import { sentenceAt } from '../analysis/sentences.js';
import type { Article, Corpus, MentionRef } from './corpus.js';
import type { Entity } from './entities.js';
import { EntityMemo } from './memo.js';

/**
 * Past this many mentions, aliases, titles and co-mentions are counted on a sample: a thousand
 * mentions rank them as well as all of them would, and the count is redone after every edit of
 * an article that mentions the entity, so it must stay well inside a keystroke.
 */
const SAMPLE_MENTIONS = 1000;

/** How many of the most-mentioning articles the facts list. */
const TOP_ARTICLES = 8;

export interface EntityFacts {
  entity: Entity;
  total: number;
  articleCount: number;
  /** Mentions per article. */
  counts: ReadonlyMap<string, number>;
  /** The articles with the most mentions, most first (at most TOP_ARTICLES). */
  topArticles: [uri: string, count: number][];
  /** Other ways the corpus writes it, most used first. */
  aliases: [text: string, count: number][];
  titles: [title: string, count: number][];
  /** Entities mentioned in the same sentences, most often first. */
  together: [entity: Entity, count: number][];
}

export function entityFacts(corpus: Corpus, entity: Entity): EntityFacts {
  return factsMemo.get(corpus, entity);
}

const factsMemo = new EntityMemo(computeFacts);

function computeFacts(corpus: Corpus, entity: Entity): EntityFacts {
  const aliases = new Map<string, number>(), titles = new Map<string, number>();
  const together = new Map<Entity, number>();
  let seen = 0;
  for (const ref of corpus.mentionsOf(entity)) {
    if (++seen > SAMPLE_MENTIONS) break;
    const text = ref.mention.text.replace(/[’']s$/, '');
    if (text !== entity.name) bump(aliases, text);
    if (ref.mention.title) bump(titles, ref.mention.title);
    for (const other of sentenceNeighbours(corpus, ref)) if (other !== entity) bump(together, other);
  }
  const counts = corpus.entities.articlesOf(entity);
  let total = 0;
  for (const n of counts.values()) total += n;
  return {
    entity,
    total,
    articleCount: counts.size,
    counts,
    topArticles: topEntries(counts, TOP_ARTICLES),
    aliases: ranked(aliases),
    titles: ranked(titles),
    together: ranked(together).filter(([e]) => e.type !== 'DATE'),
  };
}

/**
 * The defining mention: the first mention written in full (with the most words) in the
 * earliest-dated article; undated articles come after dated ones, ties go by path.
 */
export function definingMention(corpus: Corpus, entity: Entity): MentionRef | undefined {
  const revision = corpus.entityRevision(entity);
  const known = definitions.get(entity);
  if (known?.revision === revision) return known.ref;
  const since = corpus.latestArticleRevision;
  // Articles that came or changed can only offer a better mention, unless the article of the
  // known one is itself gone or changed: then every mention is looked at again.
  const stillThere = known && (!known.ref || corpus.get(known.ref.article.uri) === known.ref.article);
  const ref = stillThere ? bestMention(corpus.mentionsOf(entity, known.since), known.ref) : bestMention(corpus.mentionsOf(entity));
  definitions.set(entity, { revision, since, ref });
  return ref;
}

/** Defining mentions found, with the entity revision and the newest article they looked at. */
const definitions = new WeakMap<Entity, { revision: number; since: number; ref: MentionRef | undefined }>();

function bestMention(refs: Iterable<MentionRef>, best?: MentionRef): MentionRef | undefined {
  let bestWords = best ? wordCount(best.mention.text) : 0;
  // Visits every mention of entities with 100,000 of them: no allocation per mention.
  for (const ref of refs) {
    const words = wordCount(ref.mention.text);
    if (!best || words > bestWords || (words === bestWords && earlier(ref.article, best.article))) { best = ref; bestWords = words; }
  }
  return best;
}

/** Words of a name: runs of non-space characters. */
function wordCount(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Dated before undated, then by date, then by path; the first mention wins within an article. */
function earlier(a: Article, b: Article): boolean {
  if (a === b) return false;
  const da = articleDate(a), db = articleDate(b);
  return da < db || (da === db && a.uri < b.uri);
}

function articleDate(article: Article): string {
  return article.analysis.anchor.value ?? '\uffff';
}

function* sentenceNeighbours(corpus: Corpus, ref: MentionRef): Generator<Entity> {
  const { sentences, mentions } = ref.article.analysis;
  const s = sentenceAt(sentences, ref.mention.start);
  if (s < 0) return;
  const { start, end } = sentences[s];
  for (let i = ref.index - 1; i >= 0 && mentions[i].start >= start; i--) {
    const e = corpus.entityOf(ref.article, mentions[i]);
    if (e) yield e;
  }
  for (let i = ref.index + 1; i < mentions.length && mentions[i].end <= end; i++) {
    const e = corpus.entityOf(ref.article, mentions[i]);
    if (e) yield e;
  }
}

/** The `n` entries with the largest counts, largest first, ties by key; without sorting them all. */
function topEntries(counts: ReadonlyMap<string, number>, n: number): [string, number][] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const e of counts) {
    if (top.length === n && !before(e, top[n - 1])) continue;
    let i = Math.min(top.length, n - 1);
    top[i] = e;
    while (i > 0 && before(top[i], top[i - 1])) { [top[i], top[i - 1]] = [top[i - 1], top[i]]; i--; }
  }
  return top;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function ranked<K>(map: Map<K, number>): [K, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]);
}
