// An analysis whose mentions stay in the integers they were packed in (packed.ts) until something
// reads them as objects. A corpus of 100,000 articles has eight and a half million mentions: as
// objects they were a third of its heap, and making them and moving them through the young
// generation was a third of a warm start. The corpus indexes an article through its columns
// (mentionColumns.ts); only an article a feature looks at gets objects, once.
import { joinKey, ObjectColumns, type MentionColumns } from './mentionColumns.js';
import type { ArticleAnalysis, ArticleDate, DateGranularity, EntityType, Mention, Span, SpanPairs } from './types.js';

export const TYPES: readonly EntityType[] = ['PERSON', 'PLACE', 'DATE'];
/** A string, a relative flag or a headline that is absent. */
export const NONE = -1;

/** Where each field of a mention is among its integers. */
export const enum Field { Start, End, Type, Key, Text, Title, Timex, Granularity, Relative, Count }

/** Where field `f` of mention `i` is among the integers, the mentions starting at `mentionsAt`. */
export function fieldAt(mentionsAt: number, i: number, f: Field): number {
  return mentionsAt + i * Field.Count + f;
}

/**
 * Where the parts of a packing are among its integers: the head (headline start, end and text,
 * anchor source, value and evidence) at 0, then the sentences, the names and the mentions, each
 * after its count.
 */
export interface Layout {
  sentencesAt: number;
  sentenceCount: number;
  namesAt: number;
  nameCount: number;
  mentionsAt: number;
  mentionCount: number;
}

export class CompactAnalysis implements ArticleAnalysis, MentionColumns {
  headline?: Span & { text: string };
  sentences: SpanPairs;
  anchor: ArticleDate;
  names: Map<string, string>;
  private made: Mention[] | undefined;

  /** `ints` and `strings` as checked by unpackAnalysis, which alone makes one. */
  constructor(private readonly ints: Int32Array, private readonly strings: string[], private readonly layout: Layout) {
    const { sentencesAt, sentenceCount } = layout;
    this.sentences = ints.subarray(sentencesAt, sentencesAt + sentenceCount);
    this.headline = ints[2] === NONE ? undefined : { start: ints[0], end: ints[1], text: strings[ints[2]] };
    const value = this.optional(ints[4]), evidence = this.optional(ints[5]);
    this.anchor = { source: strings[ints[3]] as ArticleDate['source'], ...(value !== undefined && { value }), ...(evidence !== undefined && { evidence }) };
    this.names = new Map();
    const { namesAt, nameCount } = layout;
    for (let k = 0; k < nameCount; k++) this.names.set(strings[ints[namesAt + 2 * k]], strings[ints[namesAt + 2 * k + 1]]);
  }

  get mentions(): Mention[] {
    return (this.made ??= this.makeMentions());
  }

  get count(): number {
    return this.layout.mentionCount;
  }

  start(i: number): number { return this.field(i, Field.Start); }
  end(i: number): number { return this.field(i, Field.End); }
  type(i: number): EntityType { return TYPES[this.field(i, Field.Type)]; }
  key(i: number): string { return this.strings[this.field(i, Field.Key)]; }
  text(i: number): string { return this.strings[this.field(i, Field.Text)]; }
  timex(i: number): string | undefined { return this.optional(this.field(i, Field.Timex)); }

  /** The index of the joined string, with its type (3: a local date) in the lowest two bits. */
  keyId(i: number): number {
    const type = this.field(i, Field.Type), timex = this.field(i, Field.Timex);
    const { value, local } = joinKey(TYPES[type], this.field(i, Field.Key), timex === NONE ? undefined : timex);
    return 4 * value + (local ? 3 : type);
  }

  private field(i: number, f: Field): number {
    return this.ints[fieldAt(this.layout.mentionsAt, i, f)];
  }

  private optional(id: number): string | undefined {
    return id === NONE ? undefined : this.strings[id];
  }

  private makeMentions(): Mention[] {
    const out: Mention[] = new Array(this.count);
    for (let i = 0; i < out.length; i++) out[i] = this.makeMention(i);
    return out;
  }

  private makeMention(i: number): Mention {
    const type = this.type(i);
    const mention: Mention = { start: this.start(i), end: this.end(i), type, key: this.key(i), text: this.text(i) };
    const title = this.optional(this.field(i, Field.Title));
    if (title !== undefined) mention.title = title;
    if (type === 'DATE') {
      const granularity = this.strings[this.field(i, Field.Granularity)] as DateGranularity;
      mention.date = { granularity, relative: this.field(i, Field.Relative) === 1 };
      const timex = this.timex(i);
      if (timex !== undefined) mention.date.timex = timex;
    }
    return mention;
  }
}

/** An analysis's mentions by column: its own when it keeps them packed. */
export function columnsOf(analysis: ArticleAnalysis): MentionColumns {
  return analysis instanceof CompactAnalysis ? analysis : new ObjectColumns(analysis.mentions);
}
