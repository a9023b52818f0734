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
}

/** Where mentions start and end, by index. */
export type SpanColumns = Pick<MentionColumns, 'count' | 'start' | 'end'>;

/** The columns of mentions kept as objects (an analysis made in this thread: an edit's). */
export class ObjectColumns implements MentionColumns {
  constructor(private readonly mentions: readonly Mention[]) {}
  get count(): number { return this.mentions.length; }
  start(i: number): number { return this.mentions[i].start; }
  end(i: number): number { return this.mentions[i].end; }
  type(i: number): EntityType { return this.mentions[i].type; }
  key(i: number): string { return this.mentions[i].key; }
  text(i: number): string { return this.mentions[i].text; }
  timex(i: number): string | undefined { return this.mentions[i].date?.timex; }
}
