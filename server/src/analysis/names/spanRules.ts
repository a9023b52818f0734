// Rules on one tagged span, before the article-level decisions (consistency.ts): where a span
// really begins and ends, and which spans the wording shows to be an organisation, a product, an
// amount or a plain word rather than a person or a place.
import type { TokenSpan } from './consistency.js';
import type { ArticleTokens } from './features.js';
import { inList, type GazetteerList } from './gazetteer.js';
import { CONNECTORS, ORGANISATION_HEADS } from './lexicon.js';

export const PLACE_LISTS: GazetteerList[] = ['country', 'region', 'city'];
const NAME_LISTS: GazetteerList[] = ['first', 'last'];
const inAny = (phrase: string, lists: GazetteerList[]) => lists.some(l => inList(phrase, l));

export const textOf = (article: ArticleTokens, s: TokenSpan) => article.tokens.slice(s.a, s.b).map(t => t.text).join(' ');

/** The spans a tagged span really stands for: none, itself, or itself cut or split. */
export function reshapeSpan(article: ArticleTokens, s: TokenSpan): TokenSpan[] {
  return splitAtLineBreaks(article, s)
    .flatMap(t => splitPersonOfPlace(article, t))
    .map(t => trimConnectors(article, t))
    .filter((t): t is TokenSpan => !!t && !isNoName(article, t));
}

function isNoName(article: ArticleTokens, s: TokenSpan): boolean {
  return beforeCurrency(article, s) || looksLikeOrganisation(article, s) || insideOrganisation(article, s)
    || isDemonym(article, s) || (s.type === 'PERSON' && endsInCountry(article, s));
}

/** A name never runs on to the next line ("… Noam Chomsky⏎Saturday, April 4"): the first line's part is it. */
function splitAtLineBreaks(article: ArticleTokens, s: TokenSpan): TokenSpan[] {
  for (let k = s.a + 1; k < s.b; k++) {
    if (article.text.slice(article.tokens[k - 1].end, article.tokens[k].start).includes('\n')) return [{ ...s, b: k }];
  }
  return [s];
}

/** "Ana Ribeiro of Portugal" is a person and a place. */
function splitPersonOfPlace(article: ArticleTokens, s: TokenSpan): TokenSpan[] {
  if (s.type !== 'PERSON') return [s];
  for (let k = s.a + 1; k < s.b - 1; k++) {
    if (article.lower[k] !== 'of') continue;
    if (inAny(textOf(article, { ...s, a: k + 1 }), PLACE_LISTS)) return [{ ...s, b: k }, { type: 'PLACE', a: k + 1, b: s.b }];
  }
  return [s];
}

/** "Ana Ribeiro of" (before "Portugal"): a name never ends on a connector. */
function trimConnectors(article: ArticleTokens, s: TokenSpan): TokenSpan | undefined {
  let b = s.b;
  while (b > s.a && CONNECTORS.has(article.lower[b - 1])) b--;
  return b === s.a ? undefined : b === s.b ? s : { ...s, b };
}

/** "US$40 billion": a country code glued to a currency sign is part of the amount. */
function beforeCurrency(article: ArticleTokens, s: TokenSpan): boolean {
  return article.text[article.tokens[s.b - 1].end] === '$';
}

/**
 * Organisations and products the tagger took for a person or place: a phrase ending in
 * "Airlines" or "University", a product code ("A380"), a lone word from the company list.
 */
function looksLikeOrganisation(article: ArticleTokens, s: TokenSpan): boolean {
  if (s.b - s.a > 1 && ORGANISATION_HEADS.has(article.lower[s.b - 1])) return true;
  // Nobody's name and no place's name has a digit in it: "A380", "DC-9", "Trent 900".
  if (article.shape.slice(s.a, s.b).some(sh => sh.includes('d'))) return true;
  if (s.b - s.a === 1 && inList(article.lower[s.a], 'org')) return !inAny(article.lower[s.a], [...PLACE_LISTS, ...NAME_LISTS]);
  return false;
}

/**
 * "Qatar Airways", "China Eastern Airlines": a place the tagger cut out of a capitalised phrase
 * that goes on to an organisation's head word is part of the organisation's name.
 */
function insideOrganisation(article: ArticleTokens, s: TokenSpan): boolean {
  for (let j = s.b; j < article.tokens.length && j < s.b + 3 && article.isCap[j]; j++) {
    const glued = article.text.slice(article.tokens[j - 1].end, article.tokens[j].start) === ' ';
    if (glued && ORGANISATION_HEADS.has(article.lower[j])) return true;
  }
  return false;
}

/** "Singaporeans", "Germans": a people, neither a person nor a place. */
function isDemonym(article: ArticleTokens, s: TokenSpan): boolean {
  if (s.b - s.a !== 1) return false;
  const w = article.lower[s.a];
  return (inList(w, 'demonym') || (w.endsWith('s') && inList(w.slice(0, -1), 'demonym'))) && !inAny(w, PLACE_LISTS);
}

/** "Garuda Indonesia": nobody's name ends in a country (unless the word is also a name: "Mann"). */
function endsInCountry(article: ArticleTokens, s: TokenSpan): boolean {
  const last = article.lower[s.b - 1];
  return s.b - s.a > 1 && inList(last, 'country') && !inAny(last, NAME_LISTS);
}
