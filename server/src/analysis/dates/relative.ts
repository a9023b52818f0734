// Values of expressions that count from the article's date: "last week", "two years ago",
// "Tuesday", "this fall". Each takes the anchor day and returns a TimeML value.
import {
  addDays, dayTimex, isoWeekday, makeDay, monthTimex, pad, quarterOf, quarterTimex, weekTimex, yearTimex,
  type Day,
} from './timex.js';
import type { Tense } from './tense.js';
import type { DateGranularity } from '../types.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export const UNIT_GRANULARITY: Record<Unit, DateGranularity> = {
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', half: 'half',
  year: 'year', decade: 'decade', century: 'century',
};

/** The unit of a word: "weeks" → week, "fiscal year" → year. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/^fiscal\s+/, '').replace(/s$/, '');
  if (w === 'centurie' || w === 'century') return 'century';
  return (['day', 'week', 'weekend', 'month', 'quarter', 'half', 'year', 'decade'] as Unit[]).find(u => u === w);
}

/** The unit containing the anchor, moved `shift` units (−1 = last week, 0 = this week). */
export function shiftedUnit(anchor: Day, unit: Unit, shift: number): string {
  const y = anchor.getUTCFullYear(), m = anchor.getUTCMonth() + 1;
  switch (unit) {
    case 'day': return dayTimex(addDays(anchor, shift));
    case 'week': return weekTimex(addDays(anchor, 7 * shift));
    case 'weekend': return `${weekTimex(addDays(anchor, 7 * shift))}-WE`;
    case 'month': return monthTimex(y, m + shift);
    case 'quarter': return quarterTimex(y, quarterOf(m) + shift);
    case 'half': {
      const h = (m <= 6 ? 0 : 1) + shift;
      return `${yearTimex(y + Math.floor(h / 2))}-H${((h % 2) + 2) % 2 + 1}`;
    }
    case 'year': return yearTimex(y + shift);
    case 'decade': return pad(Math.floor(y / 10) + shift, 3);
    case 'century': return pad(Math.floor(y / 100) + shift, 2);
  }
}

/**
 * "N units ago": the unit N back, at that unit's granularity ("two weeks ago" → a week value).
 * A vague count ("a few years ago") keeps only what is sure: `199X`.
 */
export function unitsAgo(anchor: Day, unit: Unit, count: number | undefined, direction: -1 | 1): string {
  if (count !== undefined) {
    // "a decade ago" names a year ten back, not a decade
    if (unit === 'decade') return yearTimex(anchor.getUTCFullYear() + direction * 10 * count);
    return shiftedUnit(anchor, unit, direction * count);
  }
  const y = String(anchor.getUTCFullYear() + direction * (unit === 'decade' ? 20 : 3));
  if (unit === 'year' || unit === 'decade') return `${y.slice(0, 3)}X`;
  return direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
}

/**
 * A weekday near the anchor. direction −1: the most recent one up to the anchor (news reports the
 * past); +1: the next one from the anchor on; `strict` skips the anchor's own day ("last Friday").
 */
export function nearWeekday(anchor: Day, weekday: number, direction: -1 | 1, strict = false): Day {
  let diff = (weekday - isoWeekday(anchor)) * direction;
  diff = ((diff % 7) + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(anchor, direction * diff);
}

/** A named month near the anchor: shift −1 = the last one before it, +1 = the next, 0 = this year's. */
export function nearMonth(anchor: Day, month: number, shift: number): string {
  const y = anchor.getUTCFullYear(), now = anchor.getUTCMonth() + 1;
  if (shift < 0) return monthTimex(month < now ? y : y - 1, month);
  if (shift > 0) return monthTimex(month > now ? y : y + 1, month);
  return monthTimex(y, month);
}

/**
 * The year of a month (and day) written without one. News mostly looks back, so "Oct. 23" in a past
 * sentence of a May article is last October; in a future one, "Jan. 2" of a November article is
 * next January. Without a cue, whichever year puts it nearest the article. The slack absorbs
 * loose cues ("declared a dividend payable Dec. 15" reads as past tense).
 */
export function yearFor(anchor: Day, month: number, day: number | undefined, tense: Tense | undefined): number {
  const y = anchor.getUTCFullYear();
  const ahead = day === undefined
    ? (month - (anchor.getUTCMonth() + 1)) * 30.5
    : (makeDay(y, month, day).getTime() - anchor.getTime()) / 86_400_000;
  if (tense === 'past') return ahead > 90 ? y - 1 : y;
  if (tense === 'future') return ahead < -31 ? y + 1 : y;
  return ahead > 183 ? y - 1 : ahead < -183 ? y + 1 : y;
}

/** "the third quarter" without a year: this year's, unless it is still more than one ahead. */
export function namedQuarter(anchor: Day, quarter: number): string {
  const y = anchor.getUTCFullYear();
  return quarterTimex(quarter > quarterOf(anchor.getUTCMonth() + 1) + 1 ? y - 1 : y, quarter);
}

/** "the quarter", "the latest quarter" in earnings news: the last one completed before the article. */
export const latestQuarter = (anchor: Day): string => shiftedUnit(anchor, 'quarter', -1);

/** The weekend a past-tense article means: this week's once it has begun, else the last one. */
export function nearWeekend(anchor: Day, future: boolean): string {
  const wd = isoWeekday(anchor);
  return shiftedUnit(anchor, 'weekend', future || wd >= 6 ? 0 : -1);
}
