// Explicit calendar expressions ("Nov. 10, 1989", "3 p.m. EST", "2022-03-08") parsed by chrono.
// chrono only reads the short span a rule has already found, which keeps it fast; we take the
// components it is certain of (not the ones it implied) and build the TimeML value ourselves.
import * as chrono from 'chrono-node';
import { yearFor } from './relative.js';
import type { Tense } from './tense.js';
import { dayTimex, makeDay, monthTimex, pad, yearTimex, type Day } from './timex.js';
import type { DateValue } from '../types.js';

export interface CalendarParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

// Any fixed reference: implied components are ignored, and UTC keeps chrono off the local zone.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const PARTS: (keyof CalendarParts)[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute'];

// chrono runs every one of its parsers on each span, and news repeats its date strings ("Monday",
// "March 12"): a span's parts depend on its text alone (the reference is fixed), so they are kept.
// Emptied when full, so a huge corpus cannot grow it without end.
const PARTS_CACHE_LIMIT = 20_000;
const partsCache = new Map<string, CalendarParts | null>();

/** The components chrono is certain of in `text`, or undefined when it reads nothing there. */
export function calendarParts(text: string): CalendarParts | undefined {
  let parts = partsCache.get(text);
  if (parts === undefined) {
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear();
    partsCache.set(text, (parts = parseParts(text)));
  }
  // A copy: callers may fill in what the text left out.
  return parts ? { ...parts } : undefined;
}

function parseParts(text: string): CalendarParts | null {
  const result = chrono.casual.parse(text, REFERENCE)[0];
  if (!result) return null;
  const parts: CalendarParts = {};
  for (const p of PARTS) if (result.start.isCertain(p)) parts[p] = result.start.get(p) ?? undefined;
  return parts;
}

/** `T15:00` for a known clock time, else ''. */
export const clockTimex = (p: CalendarParts): string =>
  p.hour === undefined ? '' : `T${pad(p.hour)}:${pad(p.minute ?? 0)}`;

/** The value of explicit parts; a missing year comes from the anchor (then it is relative). */
export function calendarValue(p: CalendarParts, anchor: Day | undefined, tense?: Tense): DateValue | undefined {
  if (p.month === undefined) return undefined;
  const relative = p.year === undefined;
  const year = p.year ?? (anchor && yearFor(anchor, p.month, p.day, tense));
  const time = clockTimex(p);
  if (p.day !== undefined) {
    const timex = year === undefined ? undefined : dayTimex(makeDay(year, p.month, p.day)) + time;
    return { timex, granularity: time ? 'time' : 'day', relative };
  }
  return { timex: year === undefined ? undefined : monthTimex(year, p.month), granularity: 'month', relative };
}

export const yearValue = (year: number): DateValue => ({ timex: yearTimex(year), granularity: 'year', relative: false });
