// Sentence and headline boundaries. News prose is regular enough that punctuation rules do well;
// the traps are abbreviations ("Mr.", "Feb.", "U.S.") and initials ("Vladimir V. Putin").
import type { Span, SpanPairs } from './types.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'mt', 'ft', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'gov', 'pres', 'adm', 'maj',
]);

/** The first non-empty line of the text (after a BOM or front matter), trimmed. */
export function findHeadline(text: string): (Span & { text: string }) | undefined {
  const bodyStart = skipFrontMatter(text);
  const re = /[^\r\n]+/g;
  re.lastIndex = bodyStart;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^#+\s*/, '');
    if (!trimmed || trimmed === '\uFEFF') continue;
    const start = m.index + lead + (raw.trimStart().length - raw.trimStart().replace(/^#+\s*/, '').length);
    return { start, end: start + trimmed.length, text: trimmed };
  }
  return undefined;
}

/** Offset just past YAML front matter (`---` … `---`) at the top of a Markdown article, else 0. */
export function skipFrontMatter(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return bom;
  const close = /\r?\n---[ \t]*(\r?\n|$)/g;
  close.lastIndex = bom + 3;
  const m = close.exec(text);
  return m ? m.index + m[0].length : bom;
}

/**
 * Splits text into sentences. A line break ends a sentence when it is a paragraph break (blank
 * line) or the line is a headline-like line without final punctuation.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n|\r)?/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    splitLine(text, m.index, m.index + m[0].replace(/[\r\n]+$/, '').length, spans);
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < to && /["'”’)\]]/.test(text[end])) end++;
    if (end < to && !/\s/.test(text[end])) continue;
    if (c === '.' && !endsSentence(text, from, i, end, to)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, to, out);
}

function endsSentence(text: string, lineStart: number, dot: number, after: number, lineEnd: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(lineStart, dot - 12), dot))?.[0] ?? '';
  const bare = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(bare)) return false;
  const next = /\S/.exec(text.slice(after, lineEnd));
  if (bare === 'no' && next && /\d/.test(next[0])) return false; // "No. 10 Downing Street"
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Vladimir V. Putin"
  // The next word starting in lower case means the sentence goes on ("U.S. officials said").
  if (next && /\p{Ll}/u.test(next[0])) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s|\uFEFF/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Spans as they are stored: [start, end] pairs in one flat array (see `ArticleAnalysis.sentences`). */
export function packSpans(spans: readonly Span[]): number[] {
  const out = new Array<number>(spans.length * 2);
  spans.forEach((s, i) => { out[2 * i] = s.start; out[2 * i + 1] = s.end; });
  return out;
}

/** The sentence containing `offset` (binary search over the stored pairs), if any. */
export function sentenceAt(sentences: SpanPairs, offset: number): Span | undefined {
  let lo = 0, hi = (sentences.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[2 * mid + 1] <= offset) lo = mid + 1;
    else if (sentences[2 * mid] > offset) hi = mid - 1;
    else return { start: sentences[2 * mid], end: sentences[2 * mid + 1] };
  }
  return undefined;
}
