// What every date rule shares: the match record, the rule shape, and small helpers for spans
// (word boundaries, modifiers) and values (relative to the anchor, vague references, shifts).
import type { Anaphor } from './anaphora.js';
import type { Day } from './timex.js';
import type { DateGranularity, DateValue } from '../types.js';

/** What a rule found; `kind` says what it may merge with ("3 p.m." + "Wednesday"). */
export interface Found {
  start: number;
  end: number;
  date: DateValue;
  kind: 'clock' | 'day' | 'other';
  /** For a weekday mention: its ISO weekday, so a date written next to it can fix its value. */
  weekday?: number;
  /** For "the following year" and the like: resolved later against an earlier mention. */
  anaphor?: Anaphor;
}

export interface RuleContext {
  text: string;
  anchor?: Day;
}

export interface Rule {
  re: RegExp;
  value(m: RegExpExecArray, ctx: RuleContext): Omit<Found, 'start' | 'end'> | undefined;
}

export const START = '(?<![\\w\\-/.$])';
export const END = '(?![\\w\\-])';
const MOD_WORDS = '(?:(?:early|late|earlier|later|mid|the (?:end|beginning|start|middle|rest) of)\\s+|(?:early|late|mid)-)';
export const MOD = `${MOD_WORDS}?`;
export const MOD_AT_START = new RegExp(`^${MOD_WORDS}`, 'i');

/** A value that needs the anchor: undefined timex without one. */
export function relativeValue(ctx: RuleContext, granularity: DateGranularity, compute: (a: Day) => string): DateValue {
  return { timex: ctx.anchor && compute(ctx.anchor), granularity, relative: true };
}

export const other = (date: DateValue) => ({ date, kind: 'other' as const });
export const vague = (timex: string): DateValue => ({ timex, granularity: 'vague', relative: false });

const SHIFTS: Record<string, number> = {
  last: -1, past: -1, previous: -1, 'the past': -1, 'the previous': -1, 'the last': -1, 'this past': -1,
  'the latest': -1, this: 0, the: 0, current: 0, 'the current': 0, 'the same': 0, next: 1, coming: 1,
  'the coming': 1, 'the next': 1, 'the following': 1, 'this coming': 1,
};
export const shiftOf = (word: string | undefined): number => SHIFTS[(word ?? 'this').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
