// The words date expressions are made of, as lookup tables and as regular-expression fragments
// (non-capturing, so rules can combine them freely).
import type { Season } from './timex.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

/** Month number of a full or abbreviated name ("Sept.", "sep", "March"), else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex(m => m === w || (w.length === 3 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday (Monday = 1) of a weekday name. */
export const weekdayNumber = (word: string): number | undefined => {
  const i = WEEKDAY_NAMES.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
};

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 written in words ("forty-one", "ninety six") or digits; undefined otherwise. */
export function numberValue(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (/^\d+$/.test(w)) return +w;
  if (w === 'a' || w === 'an') return 1;
  const small = SMALL_NUMBERS.indexOf(w);
  if (small >= 0) return small;
  const [tens, unit] = w.split(/[-\s]+/);
  const t = TENS.indexOf(tens);
  if (t < 2) return undefined;
  if (unit === undefined) return t * 10;
  const u = SMALL_NUMBERS.indexOf(unit);
  return u > 0 && u < 10 ? t * 10 + u : undefined;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth',
  'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** 1–31 from "3rd", "third", "twenty-first", "thirty first". */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return +digits[1];
  const i = ORDINAL_WORDS.indexOf(w);
  if (i >= 0) return i + 1;
  const m = /^(twenty|thirty)[-\s](\w+)$/.exec(w);
  const unit = m ? ORDINAL_WORDS.indexOf(m[2]) : -1;
  if (w === 'thirtieth') return 30;
  return m && unit >= 0 && unit < 9 ? (m[1] === 'twenty' ? 20 : 30) + unit + 1 : undefined;
}

/** A year written out: "nineteen ninety-six", "two thousand", "two thousand and one". */
export function spelledYear(words: string): number | undefined {
  const w = words.toLowerCase().replace(/^the year\s+/, '');
  const thousand = /^two thousand(?:\s+(?:and\s+)?(.+))?$/.exec(w);
  if (thousand) return 2000 + (thousand[1] ? numberValue(thousand[1]) ?? NaN : 0);
  const m = /^(nineteen|eighteen|twenty)\s+(.+)$/.exec(w);
  if (!m) return undefined;
  const century = m[1] === 'nineteen' ? 1900 : m[1] === 'eighteen' ? 1800 : 2000;
  const rest = m[2].replace(/^(?:hundred|oh)\s*/, '');
  const n = rest ? numberValue(rest) : 0;
  return n === undefined ? undefined : century + n;
}

export const SEASONS: Record<string, Season> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** TimeML parts of the day. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', 'mid-afternoon': 'AF', 'mid afternoon': 'AF', evening: 'EV',
  night: 'NI', tonight: 'NI', overnight: 'NI',
};

// ---- regular-expression fragments -------------------------------------------------------------

const alt = (words: string[]): string => words.slice().sort((a, b) => b.length - a.length).join('|');

export const MONTH_RE = `(?:${alt(MONTH_NAMES)}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)`;
/** Abbreviations without a period, only before a day number ("Sept 4"). */
export const MONTH_BARE_ABBR_RE = '(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
export const WEEKDAY_RE = `(?:${alt(WEEKDAY_NAMES)})`;
export const DAY_RE = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${alt(ORDINAL_WORDS)}|thirtieth)`;
export const YEAR_RE = '(?:1[0-9]\\d\\d|20\\d\\d)';
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const SPELLED_YEAR_RE = `(?:(?:the year\\s+)?two thousand(?:\\s+(?:and\\s+)?(?:${alt([...SMALL_NUMBERS.slice(1), ...TENS.slice(2)])}))?|(?:nineteen|eighteen)\\s+(?:${alt(TENS.slice(2))})(?:[- ](?:${alt(UNIT_WORDS)}))?)`;
export const NUMBER_RE = `(?:\\d{1,2}|a|an|${alt(SMALL_NUMBERS.slice(1))}|(?:${alt(TENS.slice(2))})(?:[- ](?:${alt(UNIT_WORDS)}))?)`;
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';
/** A clock time: "9 p.m.", "10:30 a.m. EDT", "noon", "15:11 GMT", "at 2:30" (not "Corinthians 9:25"). */
export const CLOCK_RE = '(?:(?:1[0-2]|0?[1-9])(?::[0-5]\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?:[01]\\d|2[0-3]):[0-5]\\d|(?<=\\b(?:at|by|until|around|about|before|after)\\s)\\d:[0-5]\\d|noon|midnight)(?:\\s+(?:[ECMP][SD]?T|GMT|UTC)\\b)?';
export const APOSTROPHE_RE = "['\u2018\u2019]";
