// Dates: every calendar expression in an article with its TimeML value, and the article's own
// date, the anchor for relative expressions ("Tuesday", "last week").
import { resolveAnaphora } from './anaphora.js';
import { findAll } from './rules.js';
import { joinClockAndDay, longestNonOverlapping, weekdayFromAdjacentDate } from './select.js';
import { parseDay } from './timex.js';
import type { ArticleDate, DateValue, Span } from '../types.js';

export { findArticleDate } from './articleDate.js';

export interface DateMention extends Span {
  text: string;
  date: DateValue;
}

/** Date expressions in `text`, sorted and non-overlapping; relative ones resolved against `anchor`. */
export function findDates(text: string, anchor: ArticleDate): DateMention[] {
  const found = findAll({ text, anchor: parseDay(anchor.value) });
  const kept = weekdayFromAdjacentDate(text, longestNonOverlapping(found));
  return joinClockAndDay(text, resolveAnaphora(kept))
    .map(f => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), date: f.date }));
}
