// Offsets ↔ line/character positions. LSP counts characters in UTF-16 code units, as JavaScript
// strings do, so a position's character is a string index within its line. Line breaks are
// \n, \r\n and a lone \r, as LSP says.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private constructor(private readonly starts: Uint32Array, readonly length: number) {}

  static of(text: string): LineIndex {
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
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
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /**
   * The positions of a span. Its end is looked for from its start's line on: spans are names and
   * dates, nearly always on one line, and "all mentions" places 100,000 of them.
   */
  rangeOf(start: number, end: number): { start: Position; end: Position } {
    const from = this.positionAt(start);
    const e = Math.max(0, Math.min(end, this.length));
    let line = from.line;
    while (line + 1 < this.starts.length && this.starts[line + 1] <= e) line++;
    return { start: from, end: { line, character: e - this.starts[line] } };
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
