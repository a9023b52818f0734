// Rules for spans longer than a day and for vague references: "last week", "the third quarter",
// "two years ago", "1998", "the 1990s", "the fall of 2022", "now", "the following year".
import { ANAPHOR_RE, anaphorOf } from './anaphora.js';
import { yearValue } from './calendar.js';
import {
  APOSTROPHE_RE, NUMBER_RE, SEASON_RE, SEASONS, SPELLED_YEAR_RE, YEAR_RE, numberValue, spelledYear,
} from './lexicon.js';
import {
  UNIT_GRANULARITY, latestQuarter, namedQuarter, nearWeekend, shiftedUnit, unitOf, unitsAgo,
} from './relative.js';
import { END, MOD, START, other, relativeValue, shiftOf, vague, type Rule, type RuleContext } from './ruleKit.js';
import { looksAhead } from './tense.js';
import { addDays, pad, quarterTimex, seasonTimex, yearTimex, type Day } from './timex.js';

/** Vague references to the present, past and future, which TimeML values without a date. */
export const reference: Rule = {
  re: /(?<![\w-])(?:(now|currently|current|nowadays|these days|at present)|(recently|recent (?:days|weeks|months|years)|the past(?!\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|decades?|quarters?|centur(?:y|ies)|sessions?)\b))|((?:the\s+)?(?:near|distant|foreseeable)\s+future|the future|(?:the\s+)?coming (?:days|weeks|months|years)))(?![\w-])/gi,
  value(m) {
    return other(vague(m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF'));
  },
};

/** "last week", "this year", "the quarter", "earlier this month", "next fall". */
export const unitNearAnchor: Rule = {
  re: new RegExp(`${START}${MOD}(last|this past|this coming|this|next|the past|the last|the coming|the next|the current|the latest|the|previous|coming|current)\\s+(?:fiscal\\s+)?(week|weekend|month|quarter|period|year|decade|century|${SEASON_RE})${END}`, 'gi'),
  value(m, ctx) {
    // "the Century City Towers": a capitalised unit after a lowercase word is a name
    if (/^[a-z]/.test(m[0]) && /^[A-Z]/.test(m[2])) return undefined;
    const word = m[2].toLowerCase();
    const shift = shiftOf(m[1]);
    const season = SEASONS[word];
    if (season) return other(relativeValue(ctx, 'season', a => seasonTimex(a, season, shift)));
    const isThe = m[1].toLowerCase() === 'the';
    if (word === 'quarter' || word === 'period') {
      if (word === 'period' && m[1].toLowerCase() !== 'the latest') return undefined;
      return other(relativeValue(ctx, 'quarter', a => isThe || shift < 0 ? latestQuarter(a) : shiftedUnit(a, 'quarter', shift)));
    }
    const unit = unitOf(word)!;
    if (unit === 'weekend' && isThe) {
      return other(relativeValue(ctx, 'weekend', a => nearWeekend(a, looksAhead(ctx.text, m.index, m.index + m[0].length))));
    }
    return other(relativeValue(ctx, UNIT_GRANULARITY[unit], a => shiftedUnit(a, unit, shift)));
  },
};

/**
 * Earnings reports compare a quarter with the same quarter a year before: there "a year ago" and
 * "year-earlier" mean that quarter, not the whole year.
 */
const aboutQuarters = (ctx: RuleContext, start: number, end: number): boolean =>
  /quarter|period/i.test(ctx.text.slice(Math.max(0, start - 300), end + 100));
const yearAgoQuarter = (a: Day): string => latestQuarter(addDays(a, -365));

/** "two weeks ago", "a year earlier", "a few years ago", "three months from now". */
export const unitsFromAnchor: Rule = {
  re: new RegExp(`${START}(?:(?:about|nearly|almost|more than|some|just|only|roughly|exactly)\\s+)?(${NUMBER_RE}|a few|several|many)\\s+(days?|weeks?|months?|years?|decades?|centuries|century)\\s+(ago|earlier|before|later|from now|hence)${END}`, 'gi'),
  value(m, ctx) {
    const unit = unitOf(m[2])!;
    const count = numberValue(m[1]);
    const direction = /^(ago|earlier|before)$/i.test(m[3]) ? -1 : 1;
    if (unit === 'year' && count === 1 && direction < 0 && aboutQuarters(ctx, m.index, m.index + m[0].length)) {
      return other(relativeValue(ctx, 'quarter', yearAgoQuarter));
    }
    return other(relativeValue(ctx, UNIT_GRANULARITY[unit], a => unitsAgo(a, unit, count, direction)));
  },
};

/** "that year", "the following day", "later that month": valued by resolveAnaphora. */
export const anaphoric: Rule = {
  re: ANAPHOR_RE,
  value(m) {
    const anaphor = anaphorOf(m);
    const granularity = anaphor.part ? 'time' : anaphor.unit;
    return { date: { granularity, relative: true }, kind: 'other', anaphor };
  },
};

/** "year-end", "year's end", "the full year": the article's year. */
export const yearEnd: Rule = {
  re: new RegExp(`${START}(?:year[- ]end|year${APOSTROPHE_RE}s end|the full year|the whole year)${END}`, 'gi'),
  value: (_m, ctx) => other(relativeValue(ctx, 'year', a => yearTimex(a.getUTCFullYear()))),
};

/** "year-ago", "year-earlier", "the year-ago quarter". */
export const yearAgo: Rule = {
  re: /(?<![\w-])(?:the\s+year-(?:ago|earlier)\s+(quarter|period)|year-(?:ago|earlier))(?![\w-])/gi,
  value(m, ctx) {
    if (m[1] || aboutQuarters(ctx, m.index, m.index + m[0].length)) return other(relativeValue(ctx, 'quarter', yearAgoQuarter));
    return other(relativeValue(ctx, 'year', a => yearTimex(a.getUTCFullYear() - 1)));
  },
};

const ORDINAL_PARTS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** "the third quarter", "third-quarter", "the first half of 1998", "this year's second quarter". */
export const quarter: Rule = {
  re: new RegExp(`${START}(?:the\\s+)?(?:(${YEAR_RE})(?:${APOSTROPHE_RE}s)?\\s+|(this|last|next) year${APOSTROPHE_RE}s\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\\s+fiscal)?(?:-|\\s+)(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR_RE}))?${END}`, 'gi'),
  value(m, ctx) {
    const half = m[4].toLowerCase() === 'half';
    return partOfYear(ctx, ORDINAL_PARTS[m[3].toLowerCase()], half, m[1] ?? m[5], m[2]);
  },
};

/** "Q3", "Q1 2022", "H2 '21", "FY2022": the codes of business news ("q3" is no code). */
export const quarterCode: Rule = {
  re: new RegExp(`(?<![\\w-])(?:([QH])([1-4])(?:\\s+(${YEAR_RE})|\\s*${APOSTROPHE_RE}(\\d\\d))?|FY\\s?(${YEAR_RE}|\\d\\d))(?![\\w-])`, 'g'),
  value(m, ctx) {
    const twoDigits = (yy: string) => String(2000 + +yy);
    if (m[5]) return other(yearValue(+(m[5].length === 2 ? twoDigits(m[5]) : m[5])));
    return partOfYear(ctx, +m[2], m[1] === 'H', m[3] ?? (m[4] && twoDigits(m[4])), undefined);
  },
};

/** Quarter or half `n` of a written year, of this/last/next year, or of the year around the anchor. */
function partOfYear(ctx: RuleContext, n: number, half: boolean, explicitYear: string | undefined, yearShift: string | undefined) {
  if (half && n > 2) return undefined;
  const format = (year: number) => (half ? `${yearTimex(year)}-H${n}` : quarterTimex(year, n));
  const granularity = half ? 'half' : 'quarter';
  if (explicitYear) return other({ timex: format(+explicitYear), granularity, relative: false });
  return other(relativeValue(ctx, granularity, a => yearShift
    ? format(a.getUTCFullYear() + shiftOf(yearShift))
    : half ? format(a.getUTCFullYear()) : namedQuarter(a, n)));
}

/** "1998", "fiscal 1989", "mid-1990", "the end of 1994", "the year two thousand". */
export const year: Rule = {
  // "over 1000 articles", "more than 1500": counts, not years
  re: new RegExp(`(?<![\\w\\-/.$,])(?<!\\b(?:over|under|than|nearly|almost|approximately)\\s)(?:(?:the year|fiscal|early|late|mid|the (?:end|beginning|start|middle|first half|second half) of)\\s+|mid-)?(?:(${YEAR_RE})(?![\\w%+]|[,.]\\d|-\\d)|(${SPELLED_YEAR_RE})${END})`, 'gi'),
  value(m) {
    const y = m[1] ? +m[1] : spelledYear(m[2]);
    return y === undefined || Number.isNaN(y) ? undefined : other(yearValue(y));
  },
};

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "the 1990s", "the '90s", "the late nineties", "the 20th century". */
export const decade: Rule = {
  re: new RegExp(`${START}(?:the\\s+)?(?:(?:early|mid|late)(?:-|\\s+))?(?:(1\\d\\d|20\\d)0${APOSTROPHE_RE}?s|${APOSTROPHE_RE}(\\d)0${APOSTROPHE_RE}?s|the\\s+(?:(?:early|mid|late)(?:-|\\s+))?(${DECADE_WORDS.join('|')})|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]century)${END}`, 'gi'),
  value(m, ctx) {
    if (m[1]) return other({ timex: m[1], granularity: 'decade', relative: false });
    if (m[4]) return other({ timex: pad(+m[4] - 1), granularity: 'century', relative: false });
    const digit = m[2] ? +m[2] : DECADE_WORDS.indexOf(m[3].toLowerCase()) + 2;
    const anchorDecade = ctx.anchor ? Math.floor(ctx.anchor.getUTCFullYear() / 10) : 199;
    const century = 200 + digit <= anchorDecade ? 200 : 190;
    return other({ timex: String(century + digit), granularity: 'decade', relative: false });
  },
};

/** "the fall of 2022", "summer 1998", "the winter of nineteen ninety-four". */
export const seasonOfYear: Rule = {
  re: new RegExp(`${START}(?:the\\s+)?(?:(?:early|late|mid)(?:-|\\s+))?(${SEASON_RE})\\s+(?:of\\s+)?(?:(${YEAR_RE})\\b|(${SPELLED_YEAR_RE})${END})`, 'gi'),
  value(m) {
    const y = m[2] ? +m[2] : spelledYear(m[3]);
    return y === undefined ? undefined : other({ timex: `${yearTimex(y)}-${SEASONS[m[1].toLowerCase()]}`, granularity: 'season', relative: false });
  },
};
