// Read access to an analysis's mentions one field at a time, by index. What the corpus works out
// when it puts an article (which keys it mentions where, and where each mention is on its lines)
// reads the mentions through this, so an analysis that keeps them packed (compactAnalysis.ts) is
// indexed without making an object of each of its mentions.
import type { EntityType, Mention } from './types.js';

export interface MentionColumns {
  readonly count: number;
  start(i: number): number;
  end(i: number): number;
  type(i: number): EntityType;
  key(i: number): string;
  text(i: number): string;
  /** The date's value, when the mention is a date that has one. */
  timex(i: number): string | undefined;
  /**
   * A number for the key under which the mention joins the corpus (its type with its key, or a
   * date's value), the same for two mentions of the article exactly when that key is.
   */
  keyId(i: number): number;
}

/**
 * What a mention joins the corpus by, of strings or of their ids: a date's value, or the key of a
 * name or of a date that has no value. Such a date ("Tuesday" in an undated article) is `local`: a
 * day of its own article only, never the same day as elsewhere.
 */
export function joinKey<T>(type: EntityType, key: T, timex: T | undefined): { value: T; local: boolean } {
  if (type !== 'DATE') return { value: key, local: false };
  return timex === undefined ? { value: key, local: true } : { value: timex, local: false };
}

/** Where mentions start and end, by index. */
export type SpanColumns = Pick<MentionColumns, 'count' | 'start' | 'end'>;

/** The columns of mentions kept as objects (an analysis made in this thread: an edit's). */
export class ObjectColumns implements MentionColumns {
  private ids: Map<string, number> | undefined;

  constructor(private readonly mentions: readonly Mention[]) {}
  get count(): number { return this.mentions.length; }
  start(i: number): number { return this.mentions[i].start; }
  end(i: number): number { return this.mentions[i].end; }
  type(i: number): EntityType { return this.mentions[i].type; }
  key(i: number): string { return this.mentions[i].key; }
  text(i: number): string { return this.mentions[i].text; }
  timex(i: number): string | undefined { return this.mentions[i].date?.timex; }

  keyId(i: number): number {
    const m = this.mentions[i];
    const { value, local } = joinKey(m.type, m.key, m.date?.timex);
    const key = `${m.type}\0${value}${local ? '\0@' : ''}`;
    this.ids ??= new Map();
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}
