// Which spans overlap any of a set of others, in O((n + m) log m): a 5 MB article has hundreds of
// thousands of mentions, and comparing every name with every date took minutes.
import type { Span } from './types.js';

export class SpanSet {
  private readonly starts: number[];
  /** maxEnd[i]: the largest end among the spans with the i+1 smallest starts. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map(s => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** Whether `span` shares a character with any span of the set (half-open ranges). */
  overlaps(span: Span): boolean {
    // Every span starting before span.end overlaps it iff it also ends after span.start: the
    // largest end among them says whether one does.
    const k = this.countStartingBefore(span.end) - 1;
    return k >= 0 && this.maxEnd[k] > span.start;
  }

  private countStartingBefore(offset: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
