// From overlapping rule matches to the article's date mentions: the longest match wins, and a
// clock time next to a day ("3 p.m. Wednesday", "noon Saturday") becomes one expression.
import type { Found } from './ruleKit.js';
import { dayTimex, isoWeekday, parseDay } from './timex.js';

/** Longest first among matches that overlap; the result is sorted and non-overlapping. */
export function longestNonOverlapping(found: Found[]): Found[] {
  const sorted = found.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
    else if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
  }
  return kept;
}

// Only a comma or spaces between the parts: "9 p.m. EST, Nov. 9".
const JOINER = /^,?\s{1,3}$/;

function merge(clock: Found, day: Found, start: number, end: number): Found {
  const time = clock.date.timex?.slice(10) ?? '';
  const date = day.date.timex && /^\d{4}-\d\d-\d\d/.test(day.date.timex) ? day.date.timex.slice(0, 10) + time : undefined;
  return { start, end, kind: 'day', date: { timex: date, granularity: 'time', relative: day.date.relative } };
}

/**
 * "Tuesday, September 1, 2015", "Tuesday 8 March": the weekday means the date beside it, whatever
 * the anchor says.
 * Only when the written date falls on that weekday (else one of them is a typo; keep both as read).
 */
export function weekdayFromAdjacentDate(text: string, mentions: Found[]): Found[] {
  return mentions.map((f, i) => {
    const next = mentions[i + 1];
    if (f.weekday === undefined || !next || !/^,?\s{1,3}$/.test(text.slice(f.end, next.start))) return f;
    const day = parseDay(next.date.timex);
    if (!day || isoWeekday(day) !== f.weekday) return f;
    const part = f.date.timex?.slice(10) ?? '';
    return { ...f, date: { timex: dayTimex(day) + part, granularity: f.date.granularity, relative: next.date.relative } };
  });
}

const dayPrecise = (f: Found | undefined): f is Found =>
  !!f && f.kind === 'day' && /^\d{4}-\d\d-\d\d/.test(f.date.timex ?? '');

/**
 * A clock time on its own ("at 10:35 a.m. (0735 GMT) Friday", "Tuesday in Everett at 18:00")
 * is on the day mentioned close by, rather than on the article's day.
 */
function clockOnNearbyDay(mentions: Found[]): Found[] {
  return mentions.map((f, i) => {
    if (f.kind !== 'clock') return f;
    const before = mentions[i - 1], after = mentions[i + 1];
    const day = dayPrecise(after) && after.start - f.end <= 40 ? after
      : dayPrecise(before) && f.start - before.end <= 100 ? before : undefined;
    return day ? { ...f, date: { ...f.date, timex: day.date.timex!.slice(0, 10) + (f.date.timex?.slice(10) ?? '') } } : f;
  });
}

/** Joins each clock time with the day written right before or after it, else the day nearby. */
export function joinClockAndDay(text: string, mentions: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of mentions) {
    const prev = out[out.length - 1];
    const pair = prev && JOINER.test(text.slice(prev.end, f.start))
      && ((prev.kind === 'clock' && f.kind === 'day') || (prev.kind === 'day' && f.kind === 'clock'));
    if (!pair) { out.push(f); continue; }
    const [clock, day] = prev.kind === 'clock' ? [prev, f] : [f, prev];
    out[out.length - 1] = merge(clock, day, prev.start, f.end);
  }
  return clockOnNearbyDay(out);
}
