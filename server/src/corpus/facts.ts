// What the corpus knows about one entity: where it is defined, what else it is called, the
// titles it is given and who appears with it. Plain data for the hover card and the explorer.
import { sentenceAt } from '../analysis/sentences.js';
import { mentionRef, type Article, type Corpus, type MentionRef } from './corpus.js';
import type { Entity } from './entities.js';
import { compareDays, dayNumber } from './articleDays.js';
import { EntityMemo } from './memo.js';
import { wordCount } from './words.js';

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
  const { counts, total } = articleCounts(corpus, entity);
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

/** Mention counts per article, and their sum, as last counted; patched rather than counted again. */
const counted = new WeakMap<Entity, { since: number; counts: Map<string, number>; total: number }>();

/**
 * The entity's mentions per article and in all. After an edit only the articles changed since the
 * last count are counted again: a name in 100,000 articles is hovered after every keystroke in
 * an article that mentions it, and a full count took most of that hover.
 */
function articleCounts(corpus: Corpus, entity: Entity): { counts: ReadonlyMap<string, number>; total: number } {
  const since = corpus.latestArticleRevision;
  const known = counted.get(entity);
  const changed = known && corpus.changedSince(known.since, known.counts.size);
  if (known && changed) {
    for (const uri of changed) {
      const now = corpus.countIn(entity, uri), before = known.counts.get(uri) ?? 0;
      known.total += now - before;
      if (now) known.counts.set(uri, now);
      else known.counts.delete(uri);
    }
    known.since = since;
    return known;
  }
  const counts = corpus.articlesOf(entity);
  let total = 0;
  for (const n of counts.values()) total += n;
  const fresh = { since, counts, total };
  counted.set(entity, fresh);
  return fresh;
}

/**
 * The defining mention: the first mention written in full (with the most words) in the
 * earliest-dated article; undated articles come after dated ones, ties go by path.
 */
export function definingMention(corpus: Corpus, entity: Entity): MentionRef | undefined {
  const revision = corpus.entityRevision(entity);
  const known = definitions.get(entity);
  if (known?.revision === revision) return known.podium.first;
  const since = corpus.latestArticleRevision;
  const podium = (known && updated(corpus, entity, known)) ?? Podium.of(corpus, entity);
  definitions.set(entity, { revision, since, podium });
  return podium.first;
}

/** Defining mentions found, with the entity revision and the newest article they looked at. */
const definitions = new WeakMap<Entity, { revision: number; since: number; podium: Podium }>();

/**
 * The podium after articles came, changed or went, from the mentions in the articles put since
 * it was made: none of the others can beat its runner-up, so unless both its articles changed
 * the whole corpus need not be read again. Editing the article that defines a name with 100,000
 * mentions is common (it is the one a reader has open), and a full reading took 150 ms.
 */
function updated(corpus: Corpus, entity: Entity, known: { since: number; podium: Podium }): Podium | undefined {
  const current = (ref: MentionRef | undefined) => ref && corpus.get(ref.article.uri) === ref.article ? ref : undefined;
  const { first, second, exact } = known.podium;
  const keptFirst = current(first), keptSecond = current(second);
  // Every unchanged article is behind `first`; behind `second` too, except first's own article.
  if (first && !keptFirst && (!exact || (second && !keptSecond))) return undefined;
  const podium = new Podium();
  if (keptFirst) podium.offerRef(keptFirst);
  if (keptSecond) podium.offerRef(keptSecond);
  for (const ref of corpus.mentionsOf(entity, known.since)) podium.offerRef(ref);
  // The runner-up is certain unless an article not read again could sit between the two.
  podium.exact = keptFirst
    ? podium.first !== keptFirst || (exact && (!!keptSecond || !second))
    : podium.first !== keptSecond;
  return podium;
}

/** The best mention, and the best in any other article (the runner-up if the first article changes). */
class Podium {
  first: MentionRef | undefined;
  second: MentionRef | undefined;
  /** Whether `second` is known to be the best outside first's article. */
  exact = true;
  private firstWords = 0;
  private secondWords = 0;
  /** The dayNumber of second's article. */
  private secondDay = NaN;

  /**
   * The podium of all the entity's mentions, read article by article: each article offers only its
   * fullest mention (keyGroups.ts), and only a mention that takes a place gets a MentionRef. An
   * article is read only if the index's figures for it (its fullest mention's words, its date) do
   * not already place it behind the runner-up: the first hover on a name of 100,000 articles reads
   * its 43,000 articles and those of the five names seen with it, and reading them all took 330 ms.
   */
  static of(corpus: Corpus, entity: Entity): Podium {
    const podium = new Podium();
    corpus.forEachSite(entity, (article, first, _count, fullness) => podium.offer(article, article.groups.fullest(first), fullness),
      (fullness, day) => podium.behind(fullness, day));
    return podium;
  }

  /**
   * Whether a mention of `fullness` words in an article of `day` (dayNumber) can take no place:
   * the runner-up, and so the first, beat it already. Equal days go by path, which only the
   * article has; a NaN day decides nothing.
   */
  behind(fullness: number, day: number): boolean {
    return !!this.second && (fullness < this.secondWords || (fullness === this.secondWords && day > this.secondDay));
  }

  offerRef(ref: MentionRef): void {
    this.offer(ref.article, ref.index, wordCount(ref.article.columns.text(ref.index)), ref);
  }

  /** Offers the `index`th mention of `article`, of `words` words (`ref`: its ref, if at hand). */
  offer(article: Article, index: number, words: number, ref?: MentionRef): void {
    const { first, second } = this;
    if (!first || better(article, index, words, first, this.firstWords)) {
      if (first && first.article.uri !== article.uri) this.placeSecond(first, this.firstWords);
      [this.first, this.firstWords] = [ref ?? mentionRef(article, index), words];
    } else if (article.uri !== first.article.uri && (!second || better(article, index, words, second, this.secondWords))) {
      this.placeSecond(ref ?? mentionRef(article, index), words);
    }
  }

  private placeSecond(ref: MentionRef, words: number): void {
    this.second = ref;
    this.secondWords = words;
    this.secondDay = dayNumber(ref.article.analysis.anchor.value);
  }
}

/** More words first; then the earlier article; within an article, the earlier mention. */
function better(article: Article, index: number, words: number, b: MentionRef, bWords: number): boolean {
  if (words !== bWords) return words > bWords;
  return article === b.article ? index < b.index : earlier(article, b.article);
}

/** Dated before undated, then by date, then by path; the first mention wins within an article. */
function earlier(a: Article, b: Article): boolean {
  if (a === b) return false;
  const order = compareDays(a, b);
  return order < 0 || (order === 0 && a.uri < b.uri);
}

function* sentenceNeighbours(corpus: Corpus, ref: MentionRef): Generator<Entity> {
  const { sentences, mentions } = ref.article.analysis;
  const sentence = sentenceAt(sentences, ref.mention.start);
  if (!sentence) return;
  const { start, end } = sentence;
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
