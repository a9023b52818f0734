// The date-expression rules: each a regular expression for the words TimeML marks (a leading
// "the" and modifiers like "early" included, prepositions left out) and a function giving the
// value. Rules may overlap; select.ts keeps the longest.
import { calendar, clock, dayWord, holiday, monthOfRelativeYear, numericDate, weekday } from './dayRules.js';
import {
  anaphoric, decade, quarter, quarterCode, reference, seasonOfYear, unitNearAnchor, unitsFromAnchor, year,
  yearAgo, yearEnd,
} from './periodRules.js';
import type { Found, Rule, RuleContext } from './ruleKit.js';

export type { Found, RuleContext } from './ruleKit.js';

/**
 * Titles that look like dates: ABC's "This Week", "USA Today", "High Noon", the "March for Life".
 * A capitalised word before "Today"/"Noon", or both words of "This Week" capitalised, marks one.
 */
const TITLE_LIKE = /^(?:This Week|March (?:for|of) (?!\d))|(?<=[A-Z]\w*\s)(?:Today|Noon)$/;
const looksLikeTitle = (text: string, start: number, end: number): boolean =>
  TITLE_LIKE.test(text.slice(start, end + 6)) || TITLE_LIKE.test(text.slice(Math.max(0, start - 20), end));

export const RULES: Rule[] = [
  calendar, numericDate, monthOfRelativeYear, weekday, clock, dayWord, reference, unitNearAnchor,
  unitsFromAnchor, holiday, anaphoric, yearEnd, yearAgo, quarter, quarterCode, year, decade, seasonOfYear,
];

/** Every match of every rule, overlapping. */
export function findAll(ctx: RuleContext): Found[] {
  const found: Found[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(ctx.text); m; m = rule.re.exec(ctx.text)) {
      const v = rule.value(m, ctx);
      if (v && !looksLikeTitle(ctx.text, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, ...v });
    }
  }
  return found;
}
