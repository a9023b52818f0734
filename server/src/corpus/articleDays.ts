// Articles in the order of their own dates: dated before undated, then by date. A name's defining
// mention, the timeline and an entity's list of mentions all read them so.
import type { Article } from './corpus.js';

/** Sorts after every `YYYY-MM-DD`. */
const UNDATED = '\uffff';

/** The article's date as it orders: its `YYYY-MM-DD`, or after every date when it has none. */
function articleDay(article: Article): string {
  return article.analysis.anchor.value ?? UNDATED;
}

/** Negative, zero or positive as `a`'s date is before, the same as or after `b`'s. */
export function compareDays(a: Article, b: Article): number {
  const x = articleDay(a), y = articleDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An article date (`anchor.value`) as a number in `compareDays`' order, for a table by slot that
 * is read without the articles: YYYYMMDD, Infinity when undated, and NaN for a value of any other
 * form, which compares with nothing and so decides nothing.
 */
export function dayNumber(value: string | undefined): number {
  if (value === undefined) return Infinity;
  const m = DAY.exec(value);
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : NaN;
}
