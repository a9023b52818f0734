// `newsLens/timeline`: what happened when. Every dated mention of the corpus filed by the stretch
// of calendar it names: a day under its month under its year, a week ("last week") beside the days
// of the month it starts in, a season or quarter under its year; what names a whole month or year
// ("March", "this year") is listed in it directly; decades and centuries stand on their own.
// Dates without a calendar value ("now", "Tuesday" in an undated article) are filed apart, under
// `unresolved`, never dropped. The tree is asked for one period at a time, so a corpus of
// millions of dates sends only what the reader opens.
import { compareDays } from '../corpus/articleDays.js';
import type { Corpus, MentionRef } from '../corpus/corpus.js';
import type { Entity } from '../corpus/entities.js';
import { isoDay, periodOf } from '../corpus/periods.js';
import { UNRESOLVED_PERIOD, type TimelineBucket, type TimelineEntry, type TimelineParams, type TimelineResult } from '../protocol.js';
import type { FeatureContext } from './context.js';
import { mentionItem } from './mentions.js';
import { articleLabel, formatTimex } from './present.js';

const DEFAULT_LIMIT = 300;

/** A date entity and where it is filed: `['2024', '2024-03', '2024-03-12']`, `['unresolved']`. */
interface Filed {
  entity: Entity;
  timex?: string;
  path: string[];
  /** First day it covers, for calendar order (`~` sorts after every date). */
  start: string;
  count: number;
}

export function timeline(ctx: FeatureContext, params: TimelineParams = {}): TimelineResult {
  const filed = fileDates(ctx.corpus);
  const period = params.period;
  const depth = period ? filed.find(f => f.path.includes(period))?.path.indexOf(period) ?? -1 : -1;
  if (period && depth < 0) return { buckets: [], entries: [], more: 0 };
  const inside = period ? filed.filter(f => f.path[depth] === period) : filed;
  const buckets = new Map<string, TimelineBucket & { start: string }>();
  const whole: Filed[] = [];
  for (const f of inside) {
    const child = f.path[depth + 1];
    if (child === undefined) { whole.push(f); continue; }
    const bucket = buckets.get(child) ?? { period: child, label: periodLabel(child), count: 0, start: f.start };
    bucket.count += f.count;
    if (f.start < bucket.start) bucket.start = f.start;
    buckets.set(child, bucket);
  }
  const ordered = [...buckets.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const { entries, more } = entriesOf(ctx, whole, Math.max(0, params.limit ?? DEFAULT_LIMIT));
  return { buckets: ordered.map(({ start: _start, ...b }) => b), entries, more };
}

/** What a period is called: `2024`, `March 2024`, `Tuesday 12 March 2024`, `the 1990s`. */
function periodLabel(period: string): string {
  return period === UNRESOLVED_PERIOD ? 'Without a date' : formatTimex(period);
}

/** Where a value is filed in the tree. */
export function timelinePath(timex: string | undefined): string[] {
  const p = periodOf(timex);
  if (!p) return [UNRESOLVED_PERIOD];
  const day = isoDay(p.first), year = day.slice(0, 4), month = day.slice(0, 7);
  switch (p.kind) {
    case 'day': case 'time': return [year, month, day];
    case 'week': case 'weekend': return [year, month, timex!];
    case 'month': return [year, month];
    case 'season': case 'quarter': case 'half': return [year, timex!];
    case 'decade': case 'century': return [timex!];
    default: return [year];
  }
}

const cache = new WeakMap<Corpus, { revision: number; filed: Filed[] }>();

function fileDates(corpus: Corpus): Filed[] {
  const cached = cache.get(corpus);
  if (cached?.revision === corpus.revision) return cached.filed;
  const filed: Filed[] = [];
  for (const entity of corpus.entities.all()) {
    if (entity.type !== 'DATE') continue;
    const first = corpus.mentionsOf(entity).next().value as MentionRef | undefined;
    if (!first) continue;
    const timex = first.article.columns.timex(first.index); // not first.mention: that makes all its article's mentions
    const period = periodOf(timex);
    filed.push({ entity, timex, path: timelinePath(timex), start: period ? isoDay(period.first) : '~', count: corpus.entities.mentionCount(entity) });
  }
  cache.set(corpus, { revision: corpus.revision, filed });
  return filed;
}

/** The mentions of the given dates in calendar order, then by article date and place in the article. */
function entriesOf(ctx: FeatureContext, dates: Filed[], limit: number): { entries: TimelineEntry[]; more: number } {
  const refs: { ref: MentionRef; date: Filed }[] = [];
  for (const date of dates) for (const ref of ctx.corpus.mentionsOf(date.entity)) refs.push({ ref, date });
  // undated ones (start `~`) read best in article order
  refs.sort((a, b) => compare(a.date.start, b.date.start) || (a.date.start === '~' ? 0 : compare(a.date.timex!, b.date.timex!))
    || compareDays(a.ref.article, b.ref.article) || compare(a.ref.article.uri, b.ref.article.uri)
    || a.ref.article.columns.start(a.ref.index) - b.ref.article.columns.start(b.ref.index));
  const shown = refs.slice(0, limit);
  const texts = new Map<string, string | undefined>();
  const entries = shown.map(({ ref, date }): TimelineEntry => {
    const uri = ref.article.uri;
    if (!texts.has(uri)) texts.set(uri, ctx.texts.read(uri));
    return {
      ...mentionItem(ref.article, ref, texts.get(uri)),
      uri,
      article: articleLabel(uri),
      value: date.timex,
      valueLabel: date.timex ? formatTimex(date.timex) : 'no date: the article has none of its own',
    };
  });
  return { entries, more: refs.length - shown.length };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
