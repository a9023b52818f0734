// Named days of the year: fixed ones ("Christmas"), weekday-rule ones ("Thanksgiving" is the fourth
// Thursday of November) and Easter.
import { addDays, isoWeekday, makeDay, type Day } from './timex.js';

/** The n-th given weekday (ISO, Monday = 1) of a month; n = −1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = makeDay(year, month + 1, 0);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = makeDay(year, month, 1);
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian), by the anonymous algorithm. */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

const HOLIDAYS: Record<string, (year: number) => Day> = {
  'christmas': y => makeDay(y, 12, 25),
  'christmas day': y => makeDay(y, 12, 25),
  'christmas eve': y => makeDay(y, 12, 24),
  "new year's day": y => makeDay(y, 1, 1),
  "new year's eve": y => makeDay(y, 12, 31),
  'independence day': y => makeDay(y, 7, 4),
  'halloween': y => makeDay(y, 10, 31),
  "valentine's day": y => makeDay(y, 2, 14),
  'thanksgiving': y => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': y => nthWeekday(y, 11, 4, 4),
  'memorial day': y => nthWeekday(y, 5, 1, -1),
  'labor day': y => nthWeekday(y, 9, 1, 1),
  // US federal elections: the Tuesday after the first Monday of November
  'election day': y => addDays(nthWeekday(y, 11, 1, 1), 1),
  'easter': easter,
  'easter sunday': easter,
  'good friday': y => addDays(easter(y), -2),
};

export const HOLIDAY_RE = "(?:christmas(?: day| eve)?|new year['\u2019]s (?:day|eve)|independence day|halloween|valentine['\u2019]s day|thanksgiving(?: day)?|memorial day|labor day|election day|easter(?: sunday)?|good friday)";

/** The day of a holiday in a year, or undefined for an unknown name. */
export function holidayDate(name: string, year: number): Day | undefined {
  return HOLIDAYS[name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ')]?.(year);
}
