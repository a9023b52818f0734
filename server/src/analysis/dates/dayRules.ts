// Rules for expressions that name a day or a month: "Nov. 10, 1989", "2022-03-08", "July last
// year", "Tuesday", "3 p.m.", "yesterday morning", "Thanksgiving Day".
import { calendarParts, calendarValue, clockTimex } from './calendar.js';
import { HOLIDAY_RE, holidayDate } from './holidays.js';
import {
  CLOCK_RE, DAY_RE, MONTH_BARE_ABBR_RE, MONTH_RE, PART_OF_DAY_RE, PARTS_OF_DAY, SPELLED_YEAR_RE, WEEKDAY_RE,
  YEAR_RE, monthNumber, spelledYear, weekdayNumber,
} from './lexicon.js';
import { nearMonth, nearWeekday } from './relative.js';
import { END, MOD, MOD_AT_START, START, other, relativeValue, shiftOf, type Rule } from './ruleKit.js';
import { looksAhead, tenseAround } from './tense.js';
import { addDays, dayTimex, monthTimex } from './timex.js';

/** Month names double as words ("may", "march"): only a capitalised one is a month. */
const LOWERCASE_MONTH = /(?<![\w])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;

const SPELLED_YEAR = new RegExp(SPELLED_YEAR_RE, 'i');

/** "Nov. 10, 1989", "8 March 2022", "February 1947", "January nineteen ninety-seven", "March". */
export const calendar: Rule = {
  // A weekday before the date ("Tuesday, September 1, 2015") is a mention of its own, as GUM marks it.
  re: new RegExp(`${START}${MOD}(?:`
    + `(?:${MONTH_RE}|${MONTH_BARE_ABBR_RE})\\s+${DAY_RE}\\b(?:,?\\s+${YEAR_RE}\\b)?`
    + `|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE}\\b)?`
    + `|${MONTH_RE},?\\s+(?:of\\s+)?(?:${YEAR_RE}\\b|${SPELLED_YEAR_RE})`
    + `|${MONTH_RE}(?![\\w\\-]))`, 'gi'),
  value(m, ctx) {
    if (LOWERCASE_MONTH.test(m[0])) return undefined;
    // modifiers ("the end of") are in the span but not in the value
    const parts = calendarParts(m[0].replace(MOD_AT_START, ''));
    if (!parts) return undefined;
    const spelled = SPELLED_YEAR.exec(m[0]);
    if (spelled) parts.year = spelledYear(spelled[0]);
    const date = calendarValue(parts, ctx.anchor, tenseAround(ctx.text, m.index, m.index + m[0].length));
    return date && { date, kind: date.granularity === 'month' ? 'other' : 'day' };
  },
};

export const numericDate: Rule = {
  // "2022-03-08T10:00Z" too: the date part is the mention
  re: /(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}(?=T\d)|(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))(?![\w/-]))/g,
  value(m, ctx) {
    const parts = calendarParts(m[0]);
    const date = parts && calendarValue(parts, ctx.anchor);
    return date && { date, kind: 'day' };
  },
};

export const monthOfRelativeYear: Rule = {
  re: new RegExp(`${START}(?:(${MONTH_RE})\\s+(this|last|next)\\s+year|(last|this past|this coming|this|next)\\s+(${MONTH_RE}))${END}`, 'gi'),
  value(m, ctx) {
    if (LOWERCASE_MONTH.test(m[0])) return undefined;
    const month = monthNumber(m[1] ?? m[4])!;
    const yearShift = m[2] ? shiftOf(m[2]) : undefined;
    return other(relativeValue(ctx, 'month', a => yearShift === undefined
      ? nearMonth(a, month, shiftOf(m[3]))
      : monthTimex(a.getUTCFullYear() + yearShift, month)));
  },
};

/** "Tuesday", "last Friday", "early Sunday", "Wednesday night". */
export const weekday: Rule = {
  re: new RegExp(`${START}(?:(?:early|late|earlier|later)\\s+)?(?:(last|next|this coming|this past|this|the previous|the following|coming|past)\\s+)?(${WEEKDAY_RE})(?:\\s+(${PART_OF_DAY_RE}))?${END}`, 'gi'),
  value(m, ctx) {
    const wd = weekdayNumber(m[2])!;
    const shift = m[1] ? shiftOf(m[1]) : 0;
    const part = m[3] ? 'T' + PARTS_OF_DAY[m[3].toLowerCase()] : '';
    const date = relativeValue(ctx, part ? 'time' : 'day', a => {
      const ahead = shift > 0 || (shift === 0 && looksAhead(ctx.text, m.index, m.index + m[0].length));
      return dayTimex(nearWeekday(a, wd, ahead ? 1 : -1, shift !== 0)) + part;
    });
    return { date, kind: 'day', weekday: wd };
  },
};

export const clock: Rule = {
  re: new RegExp(`(?<![\\w:.$])${CLOCK_RE}(?![\\w])`, 'gi'),
  value(m, ctx) {
    const parts = calendarParts(m[0]);
    if (!parts || parts.hour === undefined) return undefined;
    const utc = /\b(?:GMT|UTC)$/i.test(m[0]) ? 'Z' : '';
    return { date: relativeValue(ctx, 'time', a => dayTimex(a) + clockTimex(parts) + utc), kind: 'clock' };
  },
};

const DAY_WORDS: Record<string, [number, string]> = {
  today: [0, ''], tonight: [0, 'TNI'], yesterday: [-1, ''], tomorrow: [1, ''], 'last night': [-1, 'TNI'],
  'the day before yesterday': [-2, ''], 'the day after tomorrow': [2, ''], this: [0, ''],
  midday: [0, 'T12:00'], 'mid-afternoon': [0, 'TAF'], midafternoon: [0, 'TAF'],
};

/** "today", "yesterday morning", "last night", "this afternoon". */
export const dayWord: Rule = {
  re: new RegExp(`${START}(?:(?:early|late|earlier|later)\\s+)?(the day (?:before yesterday|after tomorrow)|today|tonight|yesterday|tomorrow|last night|this|midday|mid-?afternoon)(?:\\s+(${PART_OF_DAY_RE}))?${END}`, 'gi'),
  value(m, ctx) {
    const [offset, night] = DAY_WORDS[m[1].toLowerCase()];
    if (m[1].toLowerCase() === 'this' && (!m[2] || m[2].toLowerCase() === 'night')) return undefined;
    const part = m[2] ? 'T' + PARTS_OF_DAY[m[2].toLowerCase()] : night;
    return { date: relativeValue(ctx, part ? 'time' : 'day', a => dayTimex(addDays(a, offset)) + part), kind: 'day' };
  },
};

/** "Thanksgiving Day", "last Christmas", "Christmas 1998": capitalised, as names are. */
export const holiday: Rule = {
  re: new RegExp(`${START}(?:(last|this|next)\\s+)?(${HOLIDAY_RE})(?:,?\\s+(${YEAR_RE})\\b)?${END}`, 'gi'),
  value(m, ctx) {
    if (!/^[A-Z]/.test(m[2])) return undefined;
    const relative = !m[3];
    const dayIn = (year: number) => holidayDate(m[2], year)!;
    if (m[3]) return { date: { timex: dayTimex(dayIn(+m[3])), granularity: 'day', relative }, kind: 'day' };
    return { kind: 'day', date: relativeValue(ctx, 'day', a => {
      const shift = m[1] ? shiftOf(m[1]) : 0;
      const y = a.getUTCFullYear();
      if (shift < 0) return dayTimex(dayIn(dayIn(y) < a ? y : y - 1));
      if (shift > 0) return dayTimex(dayIn(dayIn(y) > a ? y : y + 1));
      const d = dayIn(y);
      const tense = tenseAround(ctx.text, m.index, m.index + m[0].length);
      return dayTimex(tense === 'past' && d > a ? dayIn(y - 1) : tense === 'future' && d < a ? dayIn(y + 1) : d);
    }) };
  },
};
