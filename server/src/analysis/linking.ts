// Linking the mentions of one entity inside an article. People: a full name is the entity, and a
// shorter form ("Putin", "Mr. Putin", "President Putin") joins the full name it is part of.
// Places: the same place under the same or an equivalent name ("U.S." = "United States"); never
// by shared words ("North Korea" is not "South Korea").
import { countryCommonName } from './names/gazetteer.js';
import type { NameMention } from './names/index.js';
import { TITLES } from './names/lexicon.js';

export interface ArticleLinks {
  /** One key per mention, in the same order. */
  keys: string[];
  /** Display name of each key: the longest form written in the article. */
  names: Map<string, string>;
}

/** Lower case, no diacritics, no possessive, single spaces: "Zelenskyy’s" → "zelenskyy". */
export function normalizeName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s?$/, '')
    .replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** The words of a person's name without titles and middle initials: ["vladimir", "putin"]. */
export function personWords(text: string): string[] {
  const words = normalizeName(text).split(/[\s,]+/).filter(Boolean);
  let a = 0;
  while (a < words.length - 1 && TITLES.has(words[a].replace(/\.$/, ''))) a++;
  const name = words.slice(a);
  const core = name.filter((w, i) => i === 0 || i === name.length - 1 || !/^\p{L}\.?$/u.test(w));
  return core.map(w => w.replace(/\.$/, ''));
}

/** The key of a person named `text` on its own, outside any article: "first last", or the one word. */
export function personKey(text: string): string {
  const words = personWords(text);
  return words.length > 1 ? wordsKey(words) : words[0] ?? normalizeName(text);
}

const wordsKey = (words: string[]) => `${words[0]} ${words[words.length - 1]}`;

/** A place's key: its normalised name, countries under their common name, dots dropped. */
export function placeKey(text: string): string {
  const bare = text.replace(/[’']s?$/, '').replace(/^the\s+/i, '').trim();
  const common = countryCommonName(bare) ?? countryCommonName(bare.replace(/\./g, ''));
  return normalizeName(common ?? bare).replace(/\./g, '');
}

export function linkArticleNames(mentions: readonly NameMention[]): ArticleLinks {
  const people = personKeys(mentions);
  const names = new Map<string, string>();
  const keys = mentions.map((m, i) => {
    const key = m.type === 'PERSON' ? people[i] : placeKey(m.text);
    const shown = displayForm(m);
    if ((names.get(key)?.length ?? 0) < shown.length) names.set(key, shown);
    return key;
  });
  return { keys, names };
}

/** What a mention shows as a display name: its text without possessive and title. */
function displayForm(m: NameMention): string {
  let text = m.text.replace(/[’']s?$/, '');
  if (m.title && text.startsWith(m.title)) text = text.slice(m.title.length).trim() || text;
  return text;
}

/**
 * A key per mention (undefined for places): a full name keys as "first last"; a one-word form
 * keys as the full name whose last word it is (failing that, whose first word it is: "Frank"
 * after "Frank Messina"), preferring the nearest full name before it; otherwise as itself.
 */
function personKeys(mentions: readonly NameMention[]): string[] {
  const words = mentions.map(m => (m.type === 'PERSON' ? personWords(m.text) : []));
  const full = mentions.map((m, i) => (m.type === 'PERSON' && words[i].length > 1 ? i : -1)).filter(i => i >= 0);
  const fullKey = (i: number) => wordsKey(words[i]);
  return mentions.map((m, i) => {
    if (m.type !== 'PERSON' || !words[i].length) return normalizeName(m.text);
    if (words[i].length > 1) return fullKey(i);
    const w = words[i][0];
    const byLast = nearest(full.filter(j => words[j][words[j].length - 1] === w), i);
    if (byLast >= 0) return fullKey(byLast);
    const byFirst = full.filter(j => words[j][0] === w);
    if (new Set(byFirst.map(fullKey)).size === 1) return fullKey(byFirst[0]);
    return w;
  });
}

/** The candidate closest before i, else the first after it; -1 when none. */
function nearest(candidates: number[], i: number): number {
  const before = candidates.filter(j => j < i);
  if (before.length) return before[before.length - 1];
  return candidates.length ? candidates[0] : -1;
}
