// Article-level decisions on top of the token tagger (after the span rules of spanRules.ts): the
// same words get the same type throughout an article, countries are places, a lone everyday word
// needs a longer name behind it to be a person, and a person's surname is that person throughout. (Measured worse on dev: copying a place's label to its untagged
// repetitions — GUM labels by context, "Belgium" the team is no place — and requiring backing
// (a known first or last name, a title, a longer name) for one-word persons: GUM's interviews
// name many people by one unlisted word.)
import type { ArticleTokens } from './features.js';
import { inList, isEverydayWord } from './gazetteer.js';
import { reshapeSpan, textOf } from './spanRules.js';

export interface TokenSpan {
  type: 'PERSON' | 'PLACE';
  /** First token and one past the last token. */
  a: number;
  b: number;
}

export function settleArticle(article: ArticleTokens, spans: TokenSpan[]): TokenSpan[] {
  const shaped = spans.flatMap(s => reshapeSpan(article, s));
  const typed = withDatelines(article, unifyTypes(article, shaped).map(s => placeByGazetteer(article, s)));
  return propagateSurnames(article, dropUnbackedWords(article, typed));
}

/**
 * "LONDON —", "*ACCRA, Ghana —*": capitals that open a line (after Markdown emphasis at most)
 * before a dash or a comma are a dateline's place, whatever the tagger made of them.
 */
function withDatelines(article: ArticleTokens, spans: TokenSpan[]): TokenSpan[] {
  const places: TokenSpan[] = [];
  const { tokens, lineStart } = article;
  for (let i = 0; i < tokens.length; i++) {
    if (!lineStart[i]) continue;
    let a = i;
    while (a < tokens.length && /^[*_#>]$/.test(tokens[a].text) && (a === i || !lineStart[a])) a++;
    let b = a;
    while (b < tokens.length && /^\p{Lu}{2,}$/u.test(tokens[b].text) && (b === a || !lineStart[b])) b++;
    if (b > a && b < tokens.length && /^[—–,-]$/.test(tokens[b].text)) places.push({ type: 'PLACE', a, b });
  }
  if (!places.length) return spans;
  const free = spans.filter(s => !places.some(p => s.a < p.b && p.a < s.b));
  return [...free, ...places].sort((x, y) => x.a - y.a);
}

/** Words after a name that show it is the subject or object, not a modifier ("Hannibal had"). */
const FUNCTION_WORDS = new Set([
  'in', 'on', 'at', 'of', 'to', 'for', 'with', 'from', 'by', 'as', 'and', 'or', 'but', 'is', 'was', 'are',
  'were', 'has', 'had', 'have', 'said', 'says', 'told', 'will', 'would', 'could', 'can', 'did', 'does',
]);

/**
 * A country is a place whatever the tagger or the article's majority said ("Indonesia's transport
 * minister"), and so is a city or region that is nobody's name when it modifies a noun ("a Nairobi
 * teacher"); alone, such a word may still be a person ("Obama" is also a Japanese city). People
 * named after places keep their type through the surname rule below ("Sandy Angers", "Angers").
 */
function placeByGazetteer(article: ArticleTokens, s: TokenSpan): TokenSpan {
  if (s.type === 'PLACE') return s;
  const phrase = textOf(article, s);
  if (inList(phrase, 'country') && !inList(phrase, 'first') && !inList(phrase, 'last')) return { ...s, type: 'PLACE' };
  const next = article.lower[s.b] ?? '';
  const modifiesNoun = /^\p{Ll}{2,}$/u.test(article.tokens[s.b]?.text ?? '') && isEverydayWord(next) && !FUNCTION_WORDS.has(next);
  if (modifiesNoun && s.b - s.a === 1 && (inList(phrase, 'city') || inList(phrase, 'region')) && !inList(phrase, 'first') && !inList(phrase, 'last')) {
    return { ...s, type: 'PLACE' };
  }
  return s;
}


/** The same words get the same type throughout the article: the majority's. */
function unifyTypes(article: ArticleTokens, spans: TokenSpan[]): TokenSpan[] {
  const votes = new Map<string, { PERSON: number; PLACE: number }>();
  for (const s of spans) {
    const key = textOf(article, s);
    const v = votes.get(key) ?? { PERSON: 0, PLACE: 0 };
    v[s.type]++;
    votes.set(key, v);
  }
  return spans.map(s => {
    const v = votes.get(textOf(article, s))!;
    const type = v.PERSON > v.PLACE ? 'PERSON' : v.PLACE > v.PERSON ? 'PLACE' : s.type;
    return type === s.type ? s : { ...s, type };
  });
}

/**
 * A one-word "person" that is an everyday word and no part of a longer name in the article is a
 * thing: "Dock workers walked out" (capitalised only because it opens a sentence), "Apple unveiled
 * Lion", "the iPod Shuffle". Mid-sentence, a listed first or last name keeps it ("Will", "Cook").
 */
function dropUnbackedWords(article: ArticleTokens, spans: TokenSpan[]): TokenSpan[] {
  const nameWords = new Set<string>();
  for (const s of spans) if (s.type === 'PERSON' && s.b - s.a > 1) for (let i = s.a; i < s.b; i++) nameWords.add(article.lower[i]);
  return spans.filter(s => {
    if (s.type !== 'PERSON' || s.b - s.a > 1) return true;
    const w = article.lower[s.a];
    if (nameWords.has(w) || !isEverydayWord(w)) return true;
    if (article.sentenceStart[s.a] && !article.seenCapMid.has(w)) return false;
    return inList(w, 'first') || inList(w, 'last');
  });
}

/**
 * The last word of a full name is that person wherever it stands alone in the article: "Rick
 * Santorum" makes a later "Santorum" a person, whether the tagger skipped it or took it for a
 * place; a known first name of a full name ("Isabel Ruiz", then "Isabel") is that person where the
 * tagger took it for a place. Only people: a place's words do not name it alone ("North Korea").
 */
function propagateSurnames(article: ArticleTokens, spans: TokenSpan[]): TokenSpan[] {
  const surnames = new Set<string>(), firstNames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PERSON' || s.b - s.a < 2) continue;
    if (article.isCap[s.b - 1] && article.lower[s.b - 1].length > 1) surnames.add(article.lower[s.b - 1]);
    if (inList(article.lower[s.a], 'first') && !inList(article.lower[s.a], 'country')) firstNames.add(article.lower[s.a]);
  }
  if (!surnames.size) return spans;
  const isName = (w: string) => surnames.has(w) || firstNames.has(w);
  const covered = new Uint8Array(article.tokens.length);
  for (const s of spans) covered.fill(1, s.a, s.b);
  const out = spans.map(s => (s.type === 'PLACE' && s.b - s.a === 1 && isName(article.lower[s.a]) ? { ...s, type: 'PERSON' as const } : s));
  for (let i = 0; i < article.tokens.length; i++) {
    if (covered[i] || !article.isCap[i] || !surnames.has(article.lower[i])) continue;
    if ((i > 0 && article.isCap[i - 1]) || (i + 1 < article.tokens.length && article.isCap[i + 1])) continue; // part of a longer name
    out.push({ type: 'PERSON', a: i, b: i + 1 });
  }
  return out.length > spans.length ? out.sort((x, y) => x.a - y.a) : out;
}
