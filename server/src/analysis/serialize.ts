// A compact, checked form of an article's analysis, for the on-disk cache and for passing
// analyses between threads. Decoding validates every field: a corrupt or foreign entry is
// rejected (and re-analysed by the caller), never trusted.
import type { ArticleAnalysis, DateGranularity, EntityType, Mention } from './types.js';

const TYPES: EntityType[] = ['PERSON', 'PLACE', 'DATE'];

/** [start, end, type, key, text, title, timex, granularity, relative] — absent fields are null. */
type EncodedMention = [number, number, number, string, string, string | null, string | null, string | null, 0 | 1 | null];

export interface EncodedAnalysis {
  headline: [number, number, string] | null;
  sentences: number[];
  anchor: { value?: string; source: string; evidence?: string };
  mentions: EncodedMention[];
  names: [string, string][];
}

export function encodeAnalysis(a: ArticleAnalysis): EncodedAnalysis {
  return {
    headline: a.headline ? [a.headline.start, a.headline.end, a.headline.text] : null,
    sentences: a.sentences.slice(),
    anchor: a.anchor,
    mentions: a.mentions.map((m): EncodedMention => [
      m.start, m.end, TYPES.indexOf(m.type), m.key, m.text, m.title ?? null,
      m.date?.timex ?? null, m.date?.granularity ?? null, m.date ? (m.date.relative ? 1 : 0) : null,
    ]),
    names: [...a.names],
  };
}

/** The analysis, or undefined when `raw` is not a well-formed encoding. */
export function decodeAnalysis(raw: unknown): ArticleAnalysis | undefined {
  try {
    const e = raw as EncodedAnalysis;
    if (!e || !Array.isArray(e.sentences) || !Array.isArray(e.mentions) || !Array.isArray(e.names)) return undefined;
    if (typeof e.anchor?.source !== 'string') return undefined;
    if (e.sentences.length % 2) return undefined;
    for (const offset of e.sentences) int(offset);
    const sentences = e.sentences; // the stored form already: checked, kept as parsed
    const mentions = e.mentions.map(decodeMention);
    const names = new Map<string, string>(e.names.map(([k, v]) => [str(k), str(v)]));
    const headline = e.headline ? { start: int(e.headline[0]), end: int(e.headline[1]), text: str(e.headline[2]) } : undefined;
    return { headline, sentences, anchor: e.anchor as ArticleAnalysis['anchor'], mentions, names };
  } catch {
    return undefined;
  }
}

function decodeMention(m: EncodedMention): Mention {
  const type = TYPES[m[2]];
  if (!Array.isArray(m) || m.length !== 9 || !type) throw new Error('bad mention');
  const mention: Mention = { start: int(m[0]), end: int(m[1]), type, key: str(m[3]), text: str(m[4]) };
  if (m[5] !== null) mention.title = str(m[5]);
  if (type === 'DATE') {
    mention.date = { granularity: str(m[7]) as DateGranularity, relative: m[8] === 1 };
    if (m[6] !== null) mention.date.timex = str(m[6]);
  }
  return mention;
}

function int(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error('bad offset');
  return v;
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('bad string');
  return v;
}
