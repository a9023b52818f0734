// Expressions that count from a date mentioned earlier rather than from the article's date:
// "He was promoted in 1995 and the following year ..." → 1996; "later that year", "that day".
import { PART_OF_DAY_RE, PARTS_OF_DAY } from './lexicon.js';
import { addDays, dayTimex, monthTimex, parseDay, weekTimex, yearTimex } from './timex.js';
import type { Found } from './ruleKit.js';

type AnaphorUnit = 'year' | 'month' | 'week' | 'day';
export interface Anaphor { unit: AnaphorUnit; shift: number; part: string }

const SHIFT: Record<string, number> = { that: 0, 'that same': 0, 'the same': 0, 'the following': 1, 'the previous': -1, 'the preceding': -1, 'the prior': -1 };

export const ANAPHOR_RE = new RegExp(`(?<![\\w-])(?:(?:earlier|later|early|late)\\s+)?(that same|that|the same|the following|the previous|the preceding|the prior)\\s+(year|month|week|day|${PART_OF_DAY_RE})(?![\\w-])`, 'gi');

/** What an anaphoric match asks for: "the following year" → one year after the antecedent. */
export function anaphorOf(m: RegExpExecArray): Anaphor {
  const word = m[2].toLowerCase();
  const part = PARTS_OF_DAY[word];
  return { unit: part ? 'day' : (word as AnaphorUnit), shift: SHIFT[m[1].toLowerCase()] ?? 0, part: part ? 'T' + part : '' };
}

/** The anaphor's value counted from an antecedent value, if that is precise enough. */
function countFrom(antecedent: string, a: Anaphor): string | undefined {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(antecedent);
  if (!m || /^\d{4}-[WQHSFA]/.test(antecedent)) return undefined;
  if (a.unit === 'year') return yearTimex(+m[1] + a.shift);
  if (a.unit === 'month') return m[2] ? monthTimex(+m[1], +m[2] + a.shift) : undefined;
  const day = m[3] ? parseDay(antecedent) : undefined;
  if (!day) return undefined;
  return a.unit === 'week' ? weekTimex(addDays(day, 7 * a.shift)) : dayTimex(addDays(day, a.shift)) + a.part;
}

/** Resolves each anaphor against the nearest earlier mention (resolved anaphors included) precise enough. */
export function resolveAnaphora(mentions: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of mentions) {
    let resolved = f;
    for (let j = out.length - 1; f.anaphor && j >= 0 && resolved === f; j--) {
      const timex = out[j].date.timex;
      const value = timex && countFrom(timex, f.anaphor);
      if (value) resolved = { ...f, date: { ...f.date, timex: value } };
    }
    out.push(resolved);
  }
  return out;
}
