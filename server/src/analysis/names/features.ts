// The per-token facts the tagger weighs: the word, its shape and affixes, its neighbours, where it
// sits in its sentence and line, gazetteer membership and what the rest of the article says
// about the same word. Everything that does not depend on the tags is computed once per article.
import { gazetteerMatches, GAZETTEER_LISTS } from './gazetteer.js';
import { CONNECTORS, TITLES, withoutDot } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

export interface ArticleTokens {
  text: string;
  tokens: Token[];
  lower: string[];
  shape: string[];
  isCap: boolean[];
  /** Tokens the tagger looks at; every other token is outside any name. */
  candidate: boolean[];
  /** Tokens that begin a line, and tokens that begin a sentence (line starts included). */
  lineStart: boolean[];
  sentenceStart: boolean[];
  /** Tokens on a headline or caption written in title case. */
  titleLine: boolean[];
  /** Words written in lower case somewhere in the article. */
  seenLower: ReadonlySet<string>;
  /** Words capitalised somewhere in the middle of a sentence. */
  seenCapMid: ReadonlySet<string>;
  /** Per token, the gazetteer lists (bit sets) of an entry beginning on it and of one covering it. */
  gazetteerBegins: Int32Array;
  gazetteerInside: Int32Array;
}

/**
 * The feature templates. A feature is a template with a value ("w" + "putin", written "w=putin")
 * or a flag (value "", written "si"). Training weighs the written form; the tagger looks the
 * value up in the template's own table, which spares building a string per feature at run time.
 */
export const TEMPLATES = [
  'b', 'w', 's', 'p3', 'x3', 'x2', 'w-1', 'w+1', 'w-2', 'w+2', 's-1', 's+1', 'w-1w', 'ww+1',
  'si', 'si|w', 'tl', 'tl|s', 'title-1', 'title', 'doc-lower', 'doc-cap',
  'gB', 'gI', 'gB-1', 'gI-1', 'gB+1', 'gI+1',
] as const;
const T = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<(typeof TEMPLATES)[number], number>;

/** Receives one feature: its template (an index into TEMPLATES) and its value ("" for a flag). */
export type FeatureSink = (template: number, value: string) => void;

/**
 * The features that depend only on the written token: every "Putin" in every article has the
 * same ones, so the tagger keeps their summed scores per word instead of looking each one up.
 */
export function wordFeatures(token: string, emit: FeatureSink): void {
  const w = token.toLowerCase();
  emit(T.b, ''); emit(T.w, w); emit(T.s, wordShape(token));
  emit(T.p3, w.slice(0, 3)); emit(T.x3, w.slice(-3)); emit(T.x2, w.slice(-2));
  if (isTitle(w)) emit(T.title, '');
}

/** The features of token i that depend on where it stands: its neighbours, line and article. */
export function contextFeatures(article: ArticleTokens, i: number, emit: FeatureSink): void {
  const { lower, shape, gazetteerBegins: begins, gazetteerInside: inside } = article;
  const n = lower.length, w = lower[i];
  const at = (k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : lower[k]);
  emit(T['w-1'], at(i - 1)); emit(T['w+1'], at(i + 1)); emit(T['w-2'], at(i - 2)); emit(T['w+2'], at(i + 2));
  emit(T['s-1'], i > 0 ? shape[i - 1] : '<s>'); emit(T['s+1'], i + 1 < n ? shape[i + 1] : '</s>');
  emit(T['w-1w'], at(i - 1) + '|' + w); emit(T['ww+1'], w + '|' + at(i + 1));
  if (article.sentenceStart[i]) { emit(T.si, ''); emit(T['si|w'], w); }
  if (article.titleLine[i]) { emit(T.tl, ''); emit(T['tl|s'], shape[i]); }
  if (i > 0 && isTitle(lower[i - 1])) emit(T['title-1'], '');
  if (article.seenLower.has(w)) emit(T['doc-lower'], '');
  if (article.seenCapMid.has(w)) emit(T['doc-cap'], '');
  emitGazetteer(emit, T.gB, T.gI, begins[i], inside[i]);
  if (i > 0) emitGazetteer(emit, T['gB-1'], T['gI-1'], begins[i - 1], inside[i - 1]);
  if (i + 1 < n) emitGazetteer(emit, T['gB+1'], T['gI+1'], begins[i + 1], inside[i + 1]);
}

/** The written form of token i's features ("w=putin", "si"), which the weights are keyed by. */
export function featureStrings(article: ArticleTokens, i: number): string[] {
  if (!article.candidate[i]) return [];
  const out: string[] = [];
  const emit: FeatureSink = (t, v) => out.push(v === '' ? TEMPLATES[t] : TEMPLATES[t] + '=' + v);
  wordFeatures(article.tokens[i].text, emit);
  contextFeatures(article, i, emit);
  return out;
}

const CAP = /^\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”', '—', '–', '-', '(', '[', '•', '*', '|', ';']);

export function prepareArticle(text: string): ArticleTokens {
  const tokens = tokenize(text);
  const lower = tokens.map(t => t.text.toLowerCase());
  // "I" is a pronoun, not a name ("Rebecca and I").
  const isCap = tokens.map(t => startsUpper(t.text) && t.text !== 'I');
  const shape = tokens.map(t => wordShape(t.text));
  const candidate = markCandidates(lower, isCap);
  const lineStart = markLineStarts(text, tokens);
  const sentenceStart = tokens.map((_, i) => i === 0 || lineStart[i] || SENTENCE_END.has(tokens[i - 1].text));
  const titleLine = markTitleCaseLines(tokens, isCap, lineStart);
  const { seenLower, seenCapMid } = articleVocabulary(lower, isCap, sentenceStart);
  const gaz = gazetteerMatches(lower, isCap);
  return {
    text, tokens, lower, shape, isCap, candidate, lineStart, sentenceStart, titleLine, seenLower, seenCapMid,
    gazetteerBegins: gaz.begins, gazetteerInside: gaz.inside,
  };
}

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(text);
}

/** "President", "Mr.": a title or role word (lower case, its dot allowed). */
function isTitle(lower: string): boolean {
  return TITLES.has(withoutDot(lower));
}

function emitGazetteer(emit: FeatureSink, begin: number, inside: number, begins: number, insides: number): void {
  if (!(begins | insides)) return;
  for (let b = 0; b < GAZETTEER_LISTS.length; b++) {
    if (begins & (1 << b)) emit(begin, GAZETTEER_LISTS[b]);
    if (insides & (1 << b)) emit(inside, GAZETTEER_LISTS[b]);
  }
}

/** "Putin" → "Xx", "U.S." → "X.X.", "McCain" → "XxXx", "2022" → "d", "al-Assad" → "x-Xx". */
export function wordShape(word: string): string {
  let out = '', last = '';
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word, i);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

// ASCII by char code (the common case), everything else by Unicode property.
function charClass(word: string, i: number): string {
  const code = word.charCodeAt(i);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return word[i];
  const ch = word[i];
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}|\p{M}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

/**
 * Capitalised tokens, and the connectors between them ("Bank of England", "Ludwig van
 * Beethoven"). Names in this tagger always begin and end on a capitalised token.
 */
function markCandidates(lower: string[], isCap: boolean[]): boolean[] {
  const out = isCap.slice();
  for (let i = 1; i < lower.length - 1; i++) {
    if (!CONNECTORS.has(lower[i]) || !(isCap[i - 1] || (out[i - 1] && CONNECTORS.has(lower[i - 1])))) continue;
    let j = i + 1;
    while (j < lower.length && j <= i + 2 && CONNECTORS.has(lower[j])) j++;
    out[i] = j < lower.length && isCap[j];
  }
  return out;
}

function markLineStarts(text: string, tokens: Token[]): boolean[] {
  return tokens.map((t, i) => {
    const from = i === 0 ? 0 : tokens[i - 1].end;
    return i === 0 || text.slice(from, t.start).includes('\n');
  });
}

/** Headlines and captions in title case: capitalisation says little there. */
function markTitleCaseLines(tokens: Token[], isCap: boolean[], lineStart: boolean[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length;) {
    let j = i + 1;
    while (j < tokens.length && !lineStart[j]) j++;
    let words = 0, caps = 0;
    for (let k = i; k < j; k++) if (isWord(tokens[k].text)) { words++; if (isCap[k]) caps++; }
    if (words >= 2 && caps / words >= 0.7) out.fill(true, i, j);
    i = j;
  }
  return out;
}

const WORD = /^\p{L}{4}/u;

/** A word of four letters or more (what says whether a line is in title case). */
function isWord(text: string): boolean {
  if (text.length < 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(k) | 32; // ASCII letters fold to lower case
    if (c < 97 || c > 122) return text.charCodeAt(k) >= 128 && WORD.test(text);
  }
  return true;
}

/** Words written in lower case somewhere, and words capitalised mid-sentence somewhere. */
function articleVocabulary(lower: string[], isCap: boolean[], sentenceStart: boolean[]): { seenLower: Set<string>; seenCapMid: Set<string> } {
  const seenLower = new Set<string>(), seenCapMid = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    if (!isCap[i]) seenLower.add(lower[i]);
    else if (!sentenceStart[i]) seenCapMid.add(lower[i]);
  }
  return { seenLower, seenCapMid };
}
