// Where an article's mentions are, as LSP counts: worked out once, when the article is put, so
// that all mentions of a name read four numbers a mention from one array instead of each
// mention's object and its article's lines (at 100,000 articles the most-mentioned name has
// 282,000 mentions spread over a 2 GB heap; the reads alone took 200 ms).
import type { SpanColumns } from '../analysis/mentionColumns.js';
import { rangeOfNumbers, type LineIndex, type Range } from './lineIndex.js';

/** Takes ranges as four numbers (the compact all-mentions answer's writer). */
export interface RangeSink {
  add(startLine: number, startCharacter: number, endLine: number, endCharacter: number): void;
}

/** The largest text whose lines and characters all fit 16 bits (a line count is at most its length + 1). */
const SHORT_TEXT = 0xffff;

/**
 * The ranges of an article's mentions, in the order of its mentions, four numbers each (start
 * line, start character, end line, end character). Sixteen bits a number unless the text is
 * longer than 65,535 characters: 8 bytes a mention, 68 MB at 100,000 articles.
 */
export class MentionRanges {
  /** The numbers, four a mention (an indexing thread sends them to the corpus's thread). */
  readonly numbers: Uint16Array | Uint32Array;

  private constructor(numbers: Uint16Array | Uint32Array) {
    this.numbers = numbers;
  }

  /** Ranges worked out elsewhere (`of` in an indexing thread), as their numbers. */
  static fromNumbers(numbers: Uint16Array | Uint32Array): MentionRanges {
    return new MentionRanges(numbers);
  }

  /** The ranges of the spans, sorted by start as an analysis's mentions are. */
  static of(spans: SpanColumns, lines: LineIndex): MentionRanges {
    const size = spans.count * 4;
    const numbers = lines.length <= SHORT_TEXT ? new Uint16Array(size) : new Uint32Array(size);
    let line = 0;
    for (let i = 0; i < spans.count; i++) line = lines.writeRange(spans.start(i), spans.end(i), line, numbers, 4 * i);
    return new MentionRanges(numbers);
  }

  get count(): number {
    return this.numbers.length >> 2;
  }

  /** Gives `sink` the four numbers of mention `i` (< count). */
  addTo(i: number, sink: RangeSink): void {
    const n = this.numbers, k = 4 * i;
    sink.add(n[k], n[k + 1], n[k + 2], n[k + 3]);
  }

  /** The range of mention `i` (< count). */
  range(i: number): Range {
    const n = this.numbers, k = 4 * i;
    return rangeOfNumbers(n[k], n[k + 1], n[k + 2], n[k + 3]);
  }
}
