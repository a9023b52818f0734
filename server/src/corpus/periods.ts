// TimeML values read back as stretches of the calendar: `2024-W10` is Monday 4 to Sunday 10 March
// 2024. One reading of the value strings, shared by everything that shows or files a date (hover
// card, inlay hints, explorer, timeline), so they never disagree about what a value means.

export type PeriodKind =
  | 'time' | 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface Period {
  kind: PeriodKind;
  /** The year the value is filed under: an ISO week's year, the year a winter starts in. */
  year: number;
  /** First and last day, UTC midnights. */
  first: Date;
  last: Date;
  /** ISO week number (weeks and weekends), season code (SP, SU, FA, WI), quarter or half number. */
  part?: number | string;
  /** A time of day: `15:30`, or a part of the day (`evening`). */
  clock?: string;
}

/** TimeML's parts of the day (`2024-03-23TEV`: Saturday evening). */
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/** Vague references: on no calendar, but worth a name. */
export const VAGUE_REFERENCES: Record<string, string> = {
  PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future',
};

/** A UTC midnight; the month and day may run over (day 0 is the last day of the month before). */
function day(y: number, m: number, d: number): Date {
  // Date.UTC reads years below 100 as 19xx: count from 400 years later (the calendar repeats every 400).
  const date = new Date(Date.UTC(y + 400, m - 1, d));
  date.setUTCFullYear(date.getUTCFullYear() - 400);
  return date;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Meteorological seasons; winter is filed under the year it starts in (December). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The stretch of calendar a TimeML value names; undefined for vague or unknown values. */
export function periodOf(timex: string | undefined): Period | undefined {
  if (!timex) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|MI|AF|EV|NI|DT))?/.exec(timex);
  if (m) {
    const d = day(+m[1], +m[2], +m[3]);
    if (!m[4]) return { kind: 'day', year: +m[1], first: d, last: d };
    return { kind: 'time', year: +m[1], first: d, last: d, clock: PARTS_OF_DAY[m[4]] ?? m[4] };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(timex))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    return m[3]
      ? { kind: 'weekend', year: +m[1], first: addDays(monday, 5), last: addDays(monday, 6), part: +m[2] }
      : { kind: 'week', year: +m[1], first: monday, last: addDays(monday, 6), part: +m[2] };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(timex))) return { kind: 'month', year: +m[1], first: day(+m[1], +m[2], 1), last: day(+m[1], +m[2] + 1, 0) };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex))) {
    const [from, to] = SEASON_MONTHS[m[2]];
    return { kind: 'season', year: +m[1], first: day(+m[1], from, 1), last: day(+m[1], to + 1, 0), part: m[2] };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(timex))) {
    const q = +m[2];
    return { kind: 'quarter', year: +m[1], first: day(+m[1], 3 * q - 2, 1), last: day(+m[1], 3 * q + 1, 0), part: q };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(timex))) {
    const h = +m[2];
    return { kind: 'half', year: +m[1], first: day(+m[1], 6 * h - 5, 1), last: day(+m[1], 6 * h + 1, 0), part: h };
  }
  if ((m = /^(\d{4})$/.exec(timex))) return { kind: 'year', year: +m[1], first: day(+m[1], 1, 1), last: day(+m[1], 12, 31) };
  if ((m = /^(\d{3})$/.exec(timex))) return { kind: 'decade', year: +m[1] * 10, first: day(+m[1] * 10, 1, 1), last: day(+m[1] * 10 + 9, 12, 31) };
  if ((m = /^(\d{2})$/.exec(timex))) return { kind: 'century', year: +m[1] * 100, first: day(+m[1] * 100, 1, 1), last: day(+m[1] * 100 + 99, 12, 31) };
  return undefined;
}

/** Monday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = day(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeek1, 7 * (week - 1));
}

/** `YYYY-MM-DD` of a day. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
