// Calendar arithmetic and TimeML value strings. Every day is a UTC midnight `Date`, so time
// zones and daylight saving never shift a day.

export type Day = Date;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function makeDay(year: number, month: number, day: number): Day {
  return new Date(Date.UTC(year, month - 1, day));
}

/** `YYYY-MM-DD` (or a longer ISO timestamp) to a day; undefined when it is not a real date. */
export function parseDay(value: string | undefined): Day | undefined {
  const m = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const d = makeDay(+m[1], +m[2], +m[3]);
  return d.getUTCMonth() + 1 === +m[2] && d.getUTCDate() === +m[3] ? d : undefined;
}

export const addDays = (d: Day, n: number): Day => new Date(d.getTime() + n * 86_400_000);

export const dayTimex = (d: Day): string =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export const monthTimex = (year: number, month: number): string => {
  // month may run past either end of the year ("last month" in January)
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12 + 12) % 12 + 1;
  return `${pad(y, 4)}-${pad(m)}`;
};

export const yearTimex = (year: number): string => pad(year, 4);

/** Monday = 1 … Sunday = 7, as ISO 8601 counts. */
export const isoWeekday = (d: Day): number => d.getUTCDay() || 7;

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function weekTimex(d: Day): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - makeDay(year, 1, 1).getTime()) / (7 * 86_400_000)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

export function quarterTimex(year: number, quarter: number): string {
  const y = year + Math.floor((quarter - 1) / 4);
  const q = ((quarter - 1) % 4 + 4) % 4 + 1;
  return `${pad(y, 4)}-Q${q}`;
}

/** TimeML season codes; winter belongs to the year in which it starts (December). */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_ORDER: Season[] = ['WI', 'SP', 'SU', 'FA'];

/** The season a day falls in, with the year it is filed under. */
export function seasonOf(d: Day): { year: number; index: number } {
  const month = d.getUTCMonth() + 1;
  if (month === 12) return { year: d.getUTCFullYear(), index: 0 };
  if (month <= 2) return { year: d.getUTCFullYear() - 1, index: 0 };
  return { year: d.getUTCFullYear(), index: Math.floor(month / 3) };
}

/** Position in the year's order (WI of year Y comes after FA of year Y: it starts in December). */
const seasonRank = (s: Season): number => (s === 'WI' ? 4 : SEASON_ORDER.indexOf(s));

/** The season `shift` occurrences away from the anchor's (-1 = the last one before it, 0 = this one). */
export function seasonTimex(anchor: Day, season: Season, shift: number): string {
  const now = seasonOf(anchor);
  const nowRank = now.index === 0 ? 4 : now.index;
  // the occurrence of `season` in the anchor's season-year
  let year = now.year;
  const rank = seasonRank(season);
  if (shift < 0 && rank >= nowRank) year--;
  if (shift > 0 && rank <= nowRank) year++;
  return `${pad(year, 4)}-${season}`;
}
