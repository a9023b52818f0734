// An analysis packed for the trip from an indexing thread to the thread that keeps the corpus,
// and for the on-disk cache: its distinct strings as the JSON of one array, everything else as
// integers in a buffer that is transferred, not copied. On a warm start (100,000 articles, every
// one cached) that thread is the bottleneck: a repeated string is parsed once here (an article
// names each person three times or so), and the mentions stay in the integers (compactAnalysis.ts).
// Unpacking checks every count, index and offset: a corrupt packing is rejected, never half-read.
import { CompactAnalysis, Field, fieldAt, NONE, TYPES, type Layout } from './compactAnalysis.js';
import type { SpanColumns } from './mentionColumns.js';
import type { ArticleAnalysis } from './types.js';

export interface PackedAnalysis {
  /** The JSON of the analysis's distinct strings, which `ints` refers to by position. */
  strings: string;
  ints: Int32Array;
}

export function packAnalysis(a: ArticleAnalysis): PackedAnalysis {
  const ids = new Map<string, number>();
  const id = (s: string | undefined): number => {
    if (s === undefined) return NONE;
    let n = ids.get(s);
    if (n === undefined) ids.set(s, (n = ids.size));
    return n;
  };
  const ints: number[] = [
    a.headline?.start ?? NONE, a.headline?.end ?? NONE, id(a.headline?.text),
    id(a.anchor.source), id(a.anchor.value), id(a.anchor.evidence),
    a.sentences.length,
  ];
  for (let k = 0; k < a.sentences.length; k++) ints.push(a.sentences[k]);
  ints.push(a.names.size);
  for (const [k, v] of a.names) ints.push(id(k), id(v));
  ints.push(a.mentions.length);
  // Nine integers a mention: start, end, type, key, text, title, timex, granularity, relative.
  for (const m of a.mentions) {
    ints.push(m.start, m.end, TYPES.indexOf(m.type), id(m.key), id(m.text), id(m.title),
      id(m.date?.timex), id(m.date?.granularity), m.date ? (m.date.relative ? 1 : 0) : NONE);
  }
  return { strings: JSON.stringify([...ids.keys()]), ints: Int32Array.from(ints) };
}

/** The analysis, or undefined when `packed` is not a well-formed packing. */
export function unpackAnalysis(packed: PackedAnalysis): ArticleAnalysis | undefined {
  try {
    const strings: unknown = JSON.parse(packed.strings);
    if (!Array.isArray(strings) || !strings.every(s => typeof s === 'string')) return undefined;
    const layout = new Checker(packed.ints, strings.length).layout();
    return new CompactAnalysis(packed.ints, strings as string[], layout);
  } catch {
    return undefined;
  }
}

/**
 * Where a packing's mentions start and end, read without its strings (an indexing thread has
 * them only as JSON); undefined when its integers are not a well-formed packing.
 */
export function packedSpans(ints: Int32Array): SpanColumns | undefined {
  try {
    const { mentionsAt, mentionCount } = new Checker(ints, Infinity).layout();
    return { count: mentionCount, start: i => ints[fieldAt(mentionsAt, i, Field.Start)], end: i => ints[fieldAt(mentionsAt, i, Field.End)] };
  } catch {
    return undefined;
  }
}

/** Reads the integers in the order packAnalysis wrote them, checking each, and finds where each part is. */
class Checker {
  private at = 0;
  constructor(private readonly ints: Int32Array, private readonly strings: number) {}

  layout(): Layout {
    const start = this.int(NONE), end = this.int(NONE), headline = this.str();
    if (headline !== NONE && (start < 0 || end < 0)) throw new Error('a headline without its span');
    if (this.str() === NONE) throw new Error('no anchor source');
    this.str();
    this.str();
    const sentenceCount = this.count(1), sentencesAt = this.at;
    if (sentenceCount % 2) throw new Error('odd sentence offsets');
    for (let k = 0; k < sentenceCount; k++) this.int(0);
    const nameCount = this.count(2), namesAt = this.at;
    for (let k = 0; k < 2 * nameCount; k++) this.required();
    const mentionCount = this.count(Field.Count), mentionsAt = this.at;
    for (let i = 0; i < mentionCount; i++) this.mention();
    if (this.at !== this.ints.length) throw new Error('trailing integers');
    return { sentencesAt, sentenceCount, namesAt, nameCount, mentionsAt, mentionCount };
  }

  /** The nine integers of a mention, in Field order. */
  private mention(): void {
    this.int(0);
    this.int(0);
    const type = TYPES[this.int(0)];
    if (!type) throw new Error('bad type');
    this.required();
    this.required();
    this.str();
    this.str();
    const granularity = this.str();
    this.int(NONE);
    if (type === 'DATE' && granularity === NONE) throw new Error('a date without granularity');
  }

  /** A count of things `size` integers each, which must all be there. */
  private count(size: number): number {
    const n = this.int(0);
    if (n * size > this.ints.length - this.at) throw new Error('a count past the end');
    return n;
  }

  private required(): number {
    const id = this.str();
    if (id === NONE) throw new Error('a string is missing');
    return id;
  }

  /** A string's index, or NONE. */
  private str(): number {
    const id = this.int(NONE);
    if (id >= this.strings) throw new Error('a string index out of range');
    return id;
  }

  /** The next integer, which must be at least `min`. */
  private int(min: number): number {
    if (this.at >= this.ints.length) throw new Error('too few integers');
    const v = this.ints[this.at++];
    if (v < min) throw new Error('an integer out of range');
    return v;
  }
}
