// The corpus: every article's analysis, and the entities joined across articles. Article texts
// are not kept (a corpus of 100,000 articles would not fit); features that need a sentence read
// it back through the workspace.
import { analyzeArticle } from '../analysis/analyze.js';
import { columnsOf } from '../analysis/compactAnalysis.js';
import type { MentionColumns } from '../analysis/mentionColumns.js';
import type { AnalysisHints, ArticleAnalysis, EntityType, Mention } from '../analysis/types.js';
import { CorrectionRules } from './corrections.js';
import { countOf, EntityIndex, indexAt, type Entity, type MentionIndices } from './entities.js';
import { LineIndex } from './lineIndex.js';
import { Interner } from './interner.js';
import { MentionRanges } from './mentionRanges.js';

export interface Article {
  uri: string;
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
}

/** A mention located in its article. */
export interface MentionRef {
  article: Article;
  mention: Mention;
  index: number;
}

/** A mention of `mentionsOf`: its object is made (for its whole article) only if it is read. */
class SiteRef implements MentionRef {
  constructor(readonly article: Article, readonly index: number) {}

  get mention(): Mention {
    return this.article.analysis.mentions[this.index];
  }
}

/** The mentions of an entity in one article: the article and where in its mentions they are. */
interface MentionSite {
  article: Article;
  at: MentionIndices;
}

let nextRevision = 1;

/**
 * How many of the latest puts and deletions the corpus remembers. `mentionsOf(entity, since)` reads the
 * articles put since from this log when it reaches back that far: an entity in 100,000 articles
 * is then not looked up article by article after each keystroke.
 */
const RECENT_CHANGES = 4096;

export class Corpus {
  private readonly articles = new Map<string, Article>();
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
    const article: Article = { uri, revision: nextRevision++, analysis, original, lines, mentionRanges, columns };
    this.articles.set(uri, article);
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
    this.revision++;
    return true;
  }

  get(uri: string): Article | undefined {
    return this.articles.get(uri);
  }

  all(): IterableIterator<Article> {
    return this.articles.values();
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
    for (const { article, at } of this.sites(entity, since)) {
      for (let k = 0; k < countOf(at); k++) yield new SiteRef(article, indexAt(at, k));
    }
  }

  /**
   * Calls `each` with each article that mentions the entity and the indices of its mentions there:
   * the articles and the order of `mentionsOf`, without its object and generator step for every
   * mention (the most-mentioned name of 100,000 articles has 282,000 mentions, all listed at once).
   */
  forEachSite(entity: Entity, each: (article: Article, at: MentionIndices) => void): void {
    for (const ck of entity.keys) {
      const { uris, ats } = this.entities.sitesOfKey(ck);
      for (let k = 0; k < uris.length; k++) {
        const article = this.articles.get(uris[k]);
        if (article) each(article, ats[k]);
      }
    }
  }

  /** `forEachSite` as a generator, for readers that may stop early, of articles put after `since` only. */
  private *sites(entity: Entity, since: number): Generator<MentionSite> {
    for (const ck of entity.keys) {
      const { uris, ats } = this.entities.sitesOfKey(ck);
      for (let k = 0; k < uris.length; k++) {
        const article = this.articles.get(uris[k]);
        if (article && article.revision > since) yield { article, at: ats[k] };
      }
    }
  }

  /** At least the number of articles mentioning the entity (exact when it has one key). */
  private articleCountBound(entity: Entity): number {
    let n = 0;
    for (const ck of entity.keys) n += this.entities.sitesOfKey(ck).uris.length;
    return n;
  }

  /** Mentions of the entity in one article, in text order. */
  mentionsIn(article: Article, entity: Entity): MentionRef[] {
    const out: MentionRef[] = [];
    if (this.articles.get(article.uri) === article) {
      // The index holds where the article the corpus holds mentions each key.
      const mentions = article.analysis.mentions;
      for (const ck of entity.keys) {
        const at = this.entities.siteIn(ck, article.uri);
        if (at === undefined) continue;
        for (let k = 0; k < countOf(at); k++) {
          const index = indexAt(at, k);
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
    const mentions = article.columns;
    for (const [type, byKey] of mentionsByKey(article.uri, mentions)) {
      for (const [key, indices] of byKey) {
        const name = displayNameIn(article.analysis.names, mentions, indices[0]);
        if (sign > 0) this.entities.add(article.uri, type, key, indices, name, revision);
        else this.entities.remove(article.uri, type, key, name, revision);
      }
    }
  }
}

/** The indices of an article's mentions, by type and then by the key under which they join the corpus. */
function mentionsByKey(uri: string, mentions: MentionColumns): Map<EntityType, Map<string, number[]>> {
  const out = new Map<EntityType, Map<string, number[]>>();
  for (let i = 0; i < mentions.count; i++) {
    const type = mentions.type(i);
    let byKey = out.get(type);
    if (!byKey) out.set(type, (byKey = new Map()));
    const key = type === 'DATE' ? dateKey(uri, mentions.key(i), mentions.timex(i)) : mentions.key(i);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  return out;
}

/**
 * The key under which a mention joins the corpus. A date without a value ("Tuesday" in an
 * undated article) is a day of that article only, never the same day as elsewhere.
 */
export function entityKey(uri: string, m: Mention): string {
  return m.type === 'DATE' ? dateKey(uri, m.key, m.date?.timex) : m.key;
}

function dateKey(uri: string, key: string, timex: string | undefined): string {
  return timex ?? `${key}@${uri}`;
}

function displayNameIn(names: ReadonlyMap<string, string>, mentions: MentionColumns, i: number): string {
  if (mentions.type(i) === 'DATE') return mentions.timex(i) ?? mentions.text(i);
  return names.get(mentions.key(i)) ?? mentions.text(i);
}
