// Offsets ↔ line/character positions. LSP counts characters in UTF-16 code units, as JavaScript
// strings do, so a position's character is a string index within its line. Line breaks are
// \n, \r\n and a lone \r, as LSP says.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The Range of four numbers: start line, start character, end line, end character. */
export function rangeOfNumbers(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/** rangeOf's numbers, before they become a Range. */
const scratch: number[] = [0, 0, 0, 0];

export class LineIndex {
  private constructor(private readonly starts: Uint32Array, readonly length: number) {}

  static of(text: string): LineIndex {
    // Line breaks are found by indexOf, which searches natively: reading the text a character at
    // a time was a tenth of an indexing thread's warm start.
    const starts: number[] = [0];
    let lf = text.indexOf('\n'), cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const end = lf === cr + 1 ? lf : cr; // CRLF is one break
        starts.push(end + 1);
        if (end === lf) lf = text.indexOf('\n', end + 1);
        cr = text.indexOf('\r', end + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    return new LineIndex(Uint32Array.from(starts), text.length);
  }

  /** Rebuilds an index sent from another thread (see `starts`). */
  static fromStarts(starts: Uint32Array, length: number): LineIndex {
    return new LineIndex(starts, length);
  }

  /** The offsets where lines start, for passing the index between threads. */
  get lineStarts(): Uint32Array {
    return this.starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = this.clamp(offset);
    const line = this.lineOf(o, 0);
    return { line, character: o - this.starts[line] };
  }

  /**
   * The positions of a span. Its end is looked for from its start's line on: spans are names and
   * dates, nearly always on one line. `from`, a line at or before the start (an earlier span's,
   * when an article's spans are placed in text order), spares looking through the lines above it;
   * one after the start is ignored.
   */
  rangeOf(start: number, end: number, from = 0): Range {
    const n = scratch;
    this.writeRange(start, end, from, n, 0);
    return rangeOfNumbers(n[0], n[1], n[2], n[3]);
  }

  /**
   * `rangeOf` as four numbers written at `out[at]` on (start line, start character, end line, end
   * character), with no object made: an article's mention ranges are kept this way (MentionRanges).
   * Returns the start line, the `from` of the next span.
   */
  writeRange(start: number, end: number, from: number, out: { [k: number]: number }, at: number): number {
    const s = this.clamp(start), e = this.clamp(end);
    const first = this.lineOf(s, from > 0 && from < this.starts.length && this.starts[from] <= s ? from : 0);
    let last = first;
    while (last + 1 < this.starts.length && this.starts[last + 1] <= e) last++;
    out[at] = first;
    out[at + 1] = s - this.starts[first];
    out[at + 2] = last;
    out[at + 3] = e - this.starts[last];
    return first;
  }

  /** The line holding offset `o`, searched for from line `from` (which starts at or before it) on. */
  private lineOf(o: number, from: number): number {
    let lo = from, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.length));
  }

  /** The offset of a position; positions past a line's end or the text's end are clamped. */
  offsetAt(position: Position): number {
    if (!Number.isFinite(position.line) || position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.length;
    const character = Number.isFinite(position.character) ? Math.max(0, position.character) : 0;
    return Math.min(start + character, next);
  }
}
