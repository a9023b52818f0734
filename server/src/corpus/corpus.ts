// The corpus: every article's analysis, and the entities joined across articles. Article texts
// are not kept (a corpus of 100,000 articles would not fit); features that need a sentence read
// it back through the workspace.
import { analyzeArticle } from '../analysis/analyze.js';
import { columnsOf } from '../analysis/compactAnalysis.js';
import { joinKey, type MentionColumns } from '../analysis/mentionColumns.js';
import type { AnalysisHints, ArticleAnalysis, EntityType, Mention } from '../analysis/types.js';
import { CorrectionRules } from './corrections.js';
import { EntityIndex, type Entity } from './entities.js';
import { dayNumber } from './articleDays.js';
import { KeyGroups } from './keyGroups.js';
import { LineIndex } from './lineIndex.js';
import { Interner } from './interner.js';
import { MentionRanges } from './mentionRanges.js';
import { wordCount } from './words.js';

export interface Article {
  uri: string;
  /**
   * Its place in the corpus, which the entity index records instead of its uri: no map is read
   * to find an article from a site, and the collector has no uri to trace in four million.
   */
  slot: number;
  /** Increases with every change the corpus sees for this uri. */
  revision: number;
  /** The analysis with the reader's corrections made: what every feature sees. */
  analysis: ArticleAnalysis;
  /** The analysis as the machine made it (the same object when no correction applies). */
  original: ArticleAnalysis;
  lines: LineIndex;
  /** Where `analysis.mentions` are, as LSP counts. */
  mentionRanges: MentionRanges;
  /**
   * The mentions field by field: what reads a field of many articles' mentions (the defining
   * mention of a name in 40,000 articles) reads it here, without making their mention objects.
   */
  columns: MentionColumns;
  /** The mentions grouped by the key under which they join the corpus; the index's sites point into them. */
  groups: KeyGroups;
}

/** A mention located in its article. */
export interface MentionRef {
  article: Article;
  mention: Mention;
  index: number;
}

/** The `index`th mention of `article`, its object made (for the whole article) only if it is read. */
export function mentionRef(article: Article, index: number): MentionRef {
  return new SiteRef(article, index);
}

class SiteRef implements MentionRef {
  constructor(readonly article: Article, readonly index: number) {}

  get mention(): Mention {
    return this.article.analysis.mentions[this.index];
  }
}

/** The mentions of an entity in one article: the article, and the run of its key groups' mentions that are the entity's. */
interface MentionSite {
  article: Article;
  first: number;
  count: number;
}

/**
 * Whether `forEachSite` passes over a site, told by what the index holds of it without reading its
 * article: the words of its fullest mention there, and the article's `dayNumber`. A search over a
 * name's 43,000 articles (100,000 in the corpus) that reads each article spends most of its time
 * waiting for memory, not computing.
 */
export type SiteFilter = (fullness: number, day: number) => boolean;

let nextRevision = 1;

/**
 * How many of the latest puts and deletions the corpus remembers. `mentionsOf(entity, since)` reads the
 * articles put since from this log when it reaches back that far: an entity in 100,000 articles
 * is then not looked up article by article after each keystroke.
 */
const RECENT_CHANGES = 4096;

export class Corpus {
  private readonly articles = new Map<string, Article>();
  /** The articles by slot; a slot let go is taken again by the next article put. */
  private readonly bySlot: (Article | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Each slot's article's date as `dayNumber`, for searches that rank articles without reading them. */
  private days: Float64Array = new Float64Array(1024);
  readonly entities = new EntityIndex();
  private readonly strings = new Interner();
  private rules = CorrectionRules.NONE;
  /** Bumped by every change; caches of derived answers compare against it. */
  revision = 0;
  /**
   * The latest puts and deletions, oldest first, as uri and revision (not the article: a log of
   * keystrokes must not keep old versions alive), and the revision of the newest one forgotten.
   */
  private recent: { uri: string; revision: number }[] = [];
  private forgottenRevision = 0;

  /** The revision of the latest put or deletion: `mentionsOf(entity, since)` takes it as `since`. */
  get latestArticleRevision(): number {
    return nextRevision - 1;
  }

  get size(): number {
    return this.articles.size;
  }

  /** How many distinct names, keys and titles the corpus holds (for tests of its memory). */
  get stringCount(): number {
    return this.strings.size;
  }

  /** Analyses `text` and puts it in place of whatever the corpus held for `uri`. */
  update(uri: string, text: string, hints: AnalysisHints = {}): Article {
    return this.put(uri, analyzeArticle(text, hints), LineIndex.of(text));
  }

  /**
   * Puts an analysis made elsewhere (a worker, the cache) in place; `ranges`: its mentions'
   * ranges, when an indexing thread worked them out (they serve when no correction applies).
   */
  put(uri: string, original: ArticleAnalysis, lines: LineIndex, ranges?: MentionRanges): Article {
    this.remove(uri);
    this.strings.internAnalysis(original);
    const analysis = this.rules.apply(original);
    const columns = columnsOf(analysis);
    const mentionRanges = analysis === original && ranges?.count === columns.count ? ranges : MentionRanges.of(columns, lines);
    const slot = this.freeSlots.pop() ?? this.bySlot.length;
    const article: Article = { uri, slot, revision: nextRevision++, analysis, original, lines, mentionRanges, columns, groups: KeyGroups.of(columns) };
    this.articles.set(uri, article);
    this.bySlot[slot] = article;
    if (slot >= this.days.length) this.days = grown(this.days, slot);
    this.days[slot] = dayNumber(analysis.anchor.value);
    this.index(article, +1);
    this.revision++;
    this.remember(uri, article.revision);
    return article;
  }

  private remember(uri: string, revision: number): void {
    this.recent.push({ uri, revision });
    if (this.recent.length < 2 * RECENT_CHANGES) return;
    this.forgottenRevision = this.recent[this.recent.length - RECENT_CHANGES - 1].revision;
    this.recent = this.recent.slice(-RECENT_CHANGES);
  }

  /**
   * The uris of the articles put or deleted after revision `since`, each once, if the log of
   * recent changes reaches back that far and they are fewer than `limit`; otherwise undefined.
   */
  changedSince(since: number, limit = Infinity): string[] | undefined {
    if (since < this.forgottenRevision) return undefined;
    let lo = 0, hi = this.recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recent[mid].revision <= since) lo = mid + 1;
      else hi = mid;
    }
    if (this.recent.length - lo >= limit) return undefined;
    return [...new Set(this.recent.slice(lo).map(r => r.uri))];
  }

  /** The articles put after revision `since` that the corpus holds, as `changedSince`. */
  private putSince(since: number, limit: number): Article[] | undefined {
    const uris = this.changedSince(since, limit);
    if (!uris) return undefined;
    const out: Article[] = [];
    for (const uri of uris) {
      const article = this.articles.get(uri);
      if (article && article.revision > since) out.push(article);
    }
    return out;
  }

  get corrections(): CorrectionRules {
    return this.rules;
  }

  /** Makes the reader's corrections in every article at once (no article is analysed again). */
  setCorrections(rules: CorrectionRules): void {
    this.rules = rules;
    for (const article of [...this.articles.values()]) {
      if (article.analysis === article.original && rules.apply(article.original) === article.original) continue;
      this.put(article.uri, article.original, article.lines);
    }
    this.revision++;
  }

  delete(uri: string): boolean {
    if (!this.remove(uri)) return false;
    this.remember(uri, nextRevision++);
    return true;
  }

  private remove(uri: string): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.index(old, -1);
    this.strings.releaseAnalysis(old.original);
    this.articles.delete(uri);
    this.bySlot[old.slot] = undefined;
    this.freeSlots.push(old.slot);
    this.revision++;
    return true;
  }

  get(uri: string): Article | undefined {
    return this.articles.get(uri);
  }

  all(): IterableIterator<Article> {
    return this.articles.values();
  }

  /** The articles mentioning the entity, by uri, with their mention counts. */
  articlesOf(entity: Entity): Map<string, number> {
    const out = new Map<string, number>();
    for (const [slot, n] of this.entities.articlesOf(entity)) {
      const article = this.bySlot[slot];
      if (article) out.set(article.uri, n);
    }
    return out;
  }

  /** How many times the article at `uri` mentions the entity. */
  countIn(entity: Entity, uri: string): number {
    const article = this.articles.get(uri);
    return article ? this.entities.countIn(entity, article.slot) : 0;
  }

  /**
   * The revision at which an article mentioning the entity last came, went or changed: answers
   * derived from its mentions stay valid while this stays the same.
   */
  entityRevision(entity: Entity): number {
    let latest = 0;
    for (const ck of entity.keys) latest = Math.max(latest, this.entities.revisionOf(ck));
    return latest;
  }

  /** The mention covering `offset` (its end included, so a cursor right after a name counts). */
  mentionAt(uri: string, offset: number): MentionRef | undefined {
    const article = this.articles.get(uri);
    if (!article) return undefined;
    const mentions = article.analysis.mentions;
    let lo = 0, hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid];
      if (m.end < offset) lo = mid + 1;
      else if (m.start > offset) hi = mid - 1;
      else return { article, mention: m, index: mid };
    }
    return undefined;
  }

  entityOf(article: Article, mention: Mention): Entity | undefined {
    return this.entities.entityOf(mention.type, entityKey(article.uri, mention));
  }

  /** Every mention of the entity, article by article; only in articles put after `since`, if given. */
  *mentionsOf(entity: Entity, since = 0): Generator<MentionRef> {
    const changed = since > 0 ? this.putSince(since, this.articleCountBound(entity)) : undefined;
    if (changed) {
      for (const article of changed) yield* this.mentionsIn(article, entity);
      return;
    }
    for (const { article, first, count } of this.sites(entity, since)) {
      for (let k = 0; k < count; k++) yield new SiteRef(article, article.groups.mention(first + k));
    }
  }

  /**
   * Calls `each` with each article that mentions the entity and the indices of its mentions there
   * (and the words of the fullest of them): the articles and the order of `mentionsOf`, without its
   * object and generator step for every mention (the most-mentioned name of 100,000 articles has
   * 282,000 mentions, all listed at once).
   */
  forEachSite(entity: Entity, each: (article: Article, first: number, count: number, fullness: number) => void, skip?: SiteFilter): void {
    for (const ck of entity.keys) {
      const sites = this.entities.sitesOfKey(ck);
      for (let k = 0; k < sites.size; k++) {
        const slot = sites.slot(k), fullness = sites.fullness(k);
        if (skip?.(fullness, this.days[slot])) continue;
        const article = this.bySlot[slot];
        if (article) each(article, sites.first(k), sites.count(k), fullness);
      }
    }
  }

  /** `forEachSite` as a generator, for readers that may stop early, of articles put after `since` only. */
  private *sites(entity: Entity, since: number): Generator<MentionSite> {
    for (const ck of entity.keys) {
      const sites = this.entities.sitesOfKey(ck);
      for (let k = 0; k < sites.size; k++) {
        const article = this.bySlot[sites.slot(k)];
        if (article && article.revision > since) yield { article, first: sites.first(k), count: sites.count(k) };
      }
    }
  }

  /** At least the number of articles mentioning the entity (exact when it has one key). */
  private articleCountBound(entity: Entity): number {
    let n = 0;
    for (const ck of entity.keys) n += this.entities.sitesOfKey(ck).size;
    return n;
  }

  /** Mentions of the entity in one article, in text order. */
  mentionsIn(article: Article, entity: Entity): MentionRef[] {
    const out: MentionRef[] = [];
    if (this.articles.get(article.uri) === article) {
      // The index holds where the article the corpus holds mentions each key.
      const mentions = article.analysis.mentions;
      for (const ck of entity.keys) {
        const site = this.entities.siteIn(ck, article.slot);
        if (!site) continue;
        for (let k = 0; k < site.count; k++) {
          const index = article.groups.mention(site.first + k);
          out.push({ article, mention: mentions[index], index });
        }
      }
      return entity.keys.length > 1 ? out.sort((a, b) => a.index - b.index) : out;
    }
    const keys = new Set(entity.keys);
    article.analysis.mentions.forEach((mention, index) => {
      if (keys.has(`${mention.type}:${entityKey(article.uri, mention)}`)) out.push({ article, mention, index });
    });
    return out;
  }

  /** The entities an article mentions, each with its mentions there in text order. */
  mentionsByEntity(article: Article): Map<Entity, MentionRef[]> {
    const out = new Map<Entity, MentionRef[]>();
    article.analysis.mentions.forEach((mention, index) => {
      const entity = this.entityOf(article, mention);
      if (!entity) return;
      const refs = out.get(entity);
      const ref = { article, mention, index };
      if (refs) refs.push(ref);
      else out.set(entity, [ref]);
    });
    return out;
  }

  private index(article: Article, sign: 1 | -1): void {
    // The revision this change is about to make.
    const revision = this.revision + 1;
    const { columns, groups, slot } = article;
    for (let g = 0; g < groups.count; g++) {
      const first = groups.start(g), i = groups.mention(first);
      const type = columns.type(i);
      const key = corpusKey(article.uri, type, columns.key(i), columns.timex(i));
      const name = displayNameIn(article.analysis.names, columns, i);
      if (sign > 0) this.entities.add(slot, type, key, first, groups.size(g), wordCount(columns.text(groups.fullestOf(g))), name, revision);
      else this.entities.remove(slot, type, key, name, revision);
    }
  }
}

/** The key under which a mention joins the corpus (mentionColumns.ts: joinKey). */
export function entityKey(uri: string, m: Mention): string {
  return corpusKey(uri, m.type, m.key, m.date?.timex);
}

function corpusKey(uri: string, type: EntityType, key: string, timex: string | undefined): string {
  const { value, local } = joinKey(type, key, timex);
  return local ? `${value}@${uri}` : value;
}

function displayNameIn(names: ReadonlyMap<string, string>, mentions: MentionColumns, i: number): string {
  if (mentions.type(i) === 'DATE') return mentions.timex(i) ?? mentions.text(i);
  return names.get(mentions.key(i)) ?? mentions.text(i);
}

function grown(days: Float64Array, slot: number): Float64Array {
  const more = new Float64Array(2 * slot + 2);
  more.set(days);
  return more;
}
