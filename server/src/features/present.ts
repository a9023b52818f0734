// How entities, dates and articles are written for a reader: shared by hover, symbols and the
// outline so they all say the same thing.
import { Range } from 'vscode-languageserver-types';
import type { Article, MentionRef } from '../corpus/corpus.js';
import type { Entity } from '../corpus/entities.js';
import { sentenceAt } from '../analysis/sentences.js';
import type { EntityType, Span, SpanPairs } from '../analysis/types.js';
import { periodOf, VAGUE_REFERENCES, type Period } from '../corpus/periods.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };

export const TYPE_LABEL: Record<EntityType, string> = { PERSON: 'person', PLACE: 'place', DATE: 'date' };
export const GROUP_LABEL: Record<EntityType, string> = { PERSON: 'People', PLACE: 'Places', DATE: 'Dates' };

/** `2022-03-08` → `Tuesday 8 March 2022`; `2022-W11` → `week 11 of 2022`; unknown forms as given. */
export function formatTimex(timex: string): string {
  const p = periodOf(timex);
  if (!p) return VAGUE_REFERENCES[timex] ?? timex;
  const longDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  switch (p.kind) {
    case 'day': return longDay(p.first);
    case 'time': return `${longDay(p.first)}, ${p.clock}`;
    case 'week': return `week ${p.part} of ${p.year}`;
    case 'weekend': return `the weekend of ${dayRange(p.first, p.last, MONTHS)}`;
    case 'month': return `${MONTHS[p.first.getUTCMonth()]} ${p.year}`;
    case 'half': return `${p.part === 1 ? 'first' : 'second'} half of ${p.year}`;
    default: return sharedLabel(p);
  }
}

/** A value in few characters, for beside the text: `8 Mar 2022`, `7–13 Mar 2022`, `Mar 2022`. */
export function shortTimex(timex: string): string {
  const p = periodOf(timex);
  if (!p) return VAGUE_REFERENCES[timex] ?? timex;
  switch (p.kind) {
    case 'day': return shortDay(p.first);
    case 'time': return `${shortDay(p.first)}, ${p.clock}`;
    case 'week': case 'weekend': return dayRange(p.first, p.last, SHORT_MONTHS);
    case 'month': return `${SHORT_MONTHS[p.first.getUTCMonth()]} ${p.year}`;
    case 'half': return `H${p.part} ${p.year}`;
    default: return sharedLabel(p).replace(/^the /, '');
  }
}

const SHORT_MONTHS = MONTHS.map(m => m.slice(0, 3));
const shortDay = (d: Date) => `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** Labels the long and the short form share. */
function sharedLabel(p: Period): string {
  switch (p.kind) {
    case 'season': return `${SEASONS[p.part as string]} ${p.year}`;
    case 'quarter': return `Q${p.part} ${p.year}`;
    case 'decade': case 'century': return `the ${p.year}s`;
    default: return String(p.year);
  }
}

/** `4–10 March 2024`, `26 February – 3 March 2024`, `30 December 2024 – 5 January 2025`. */
function dayRange(first: Date, last: Date, months: string[]): string {
  const [d1, m1, y1] = [first.getUTCDate(), months[first.getUTCMonth()], first.getUTCFullYear()];
  const [d2, m2, y2] = [last.getUTCDate(), months[last.getUTCMonth()], last.getUTCFullYear()];
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  if (m1 !== m2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${d1}–${d2} ${m2} ${y2}`;
}

export function entityTitle(entity: Entity): string {
  return entity.type === 'DATE' ? formatTimex(entity.name) : entity.name;
}

/** The file name of an article, for lists and links. */
export function articleLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

export function mentionRange(ref: MentionRef): Range {
  return ref.article.mentionRanges.range(ref.index);
}

export function spanRange(article: Article, start: number, end: number): Range {
  return article.lines.rangeOf(start, end);
}

/** A Markdown link that opens the article at a line (VS Code reads `#L12`). */
export function articleLink(article: Article, offset: number, label = articleLabel(article.uri)): string {
  const line = article.lines.positionAt(offset).line + 1;
  return `[${escapeMarkdown(label)}](${article.uri}#L${line})`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** A sentence shortened to about `max` characters around nothing in particular: its start. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** A mention in a line of its context: the text and where the mention lies in it. */
export interface ContextLine {
  text: string;
  /** Offsets of the mention in `text`, half-open. */
  highlight: [number, number];
}

/**
 * The sentence around a mention on one line, cut at word boundaries to about `max` characters
 * with the mention kept in view: a list of mentions reads as a list of short quotations.
 */
export function contextLine(text: string, sentences: SpanPairs, mention: Span, max = 110): ContextLine {
  const sentence = sentenceAt(sentences, mention.start) ?? mention;
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  let before = flat(text.slice(sentence.start, mention.start)).trimStart();
  const name = flat(text.slice(mention.start, mention.end));
  let after = flat(text.slice(mention.end, Math.max(sentence.end, mention.end))).trimEnd();
  const room = Math.max(0, max - name.length);
  const lead = Math.min(before.length, Math.max(Math.floor(room / 3), room - after.length));
  if (lead < before.length) before = '…' + before.slice(before.length - lead).replace(/^\S*\s/, '');
  const tail = room - before.length;
  if (tail < after.length) after = after.slice(0, Math.max(0, tail)).replace(/\s\S*$/, '') + '…';
  return { text: before + name + after, highlight: [before.length, before.length + name.length] };
}
