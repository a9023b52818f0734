// An article's own date, the anchor for "Tuesday" and "last week". The CLI is given it; in the
// editor we read it from the article: front matter, a date line at the top, the first full date
// in the body, the file's name, and last the file's time.
import { calendarParts } from './calendar.js';
import { DAY_RE, MONTH_BARE_ABBR_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE } from './lexicon.js';
import { dayTimex, makeDay, parseDay } from './timex.js';
import type { AnalysisHints, ArticleDate } from '../types.js';

/** How far into the article a date still counts as its date line. */
const TOP = 400;

// A date with day, month and year: "Tuesday, September 1, 2015", "8 March 2022", "2022-03-08".
const FULL_DATE = new RegExp(`(?<![\\w-])(?:(?:${WEEKDAY_RE}),?\\s+)?(?:(?:${MONTH_RE}|${MONTH_BARE_ABBR_RE})\\s+${DAY_RE},?\\s+${YEAR_RE}|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+${YEAR_RE}|${YEAR_RE}-[01]\\d-[0-3]\\d)(?![\\w-])`, 'gi');

/** The first full date at or after `from` (and before `to`), as `YYYY-MM-DD` with its text. */
function firstFullDate(text: string, from = 0, to = text.length): { value: string; evidence: string } | undefined {
  FULL_DATE.lastIndex = from;
  for (let m = FULL_DATE.exec(text); m && m.index < to; m = FULL_DATE.exec(text)) {
    const p = calendarParts(m[0]);
    if (p?.year === undefined || p.month === undefined || p.day === undefined) continue;
    return { value: dayTimex(makeDay(p.year, p.month, p.day)), evidence: m[0] };
  }
  return undefined;
}

/** `date:` in YAML front matter (`---` … `---` at the very top). */
function frontMatterDate(text: string): { value: string; evidence: string } | undefined {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(text);
  if (!fm || fm.index !== 0) return undefined;
  const line = /^(?:date|published|pubdate):[ \t]*['"]?([^'"\r\n]+)/im.exec(fm[1]);
  if (!line) return undefined;
  const value = parseDay(line[1]) ? line[1].slice(0, 10) : firstFullDate(line[1])?.value;
  return value ? { value, evidence: line[1].trim() } : undefined;
}

/** A date in the file name: `2022-03-08-kyiv.txt`, `20220308_kyiv.md`. */
function fileNameDate(fileName: string): { value: string; evidence: string } | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const m = /(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)/.exec(base);
  const day = m && parseDay(`${m[1]}-${m[2]}-${m[3]}`);
  return day ? { value: dayTimex(day), evidence: base } : undefined;
}

export function findArticleDate(text: string, hints: AnalysisHints): ArticleDate {
  const given = parseDay(hints.dct);
  if (given) return { value: dayTimex(given), source: 'given', evidence: hints.dct };
  const front = frontMatterDate(text);
  if (front) return { ...front, source: 'front-matter' };
  const bodyStart = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].length ?? 0;
  const top = firstFullDate(text, bodyStart, bodyStart + TOP);
  if (top) return { ...top, source: 'dateline' };
  const body = firstFullDate(text, bodyStart);
  if (body) return { ...body, source: 'text' };
  const named = hints.fileName ? fileNameDate(hints.fileName) : undefined;
  if (named) return { ...named, source: 'file-name' };
  if (hints.fileTime && !Number.isNaN(hints.fileTime.getTime())) {
    return { value: hints.fileTime.toISOString().slice(0, 10), source: 'file-time', evidence: hints.fileTime.toISOString() };
  }
  return { source: 'none' };
}
