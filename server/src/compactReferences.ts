// Writing and reading the compact all-mentions answer (protocol.ts: CompactReferences). The
// server writes it; the VS Code client reads it, and so does the server's textDocument/references,
// which is this answer expanded, so the two cannot drift apart.
import type { Location } from 'vscode-languageserver-types';
import { rangeOfNumbers } from './corpus/lineIndex.js';
import type { CompactReferences } from './protocol.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The numbers of the answer being written, kept from one answer to the next (a few MB at 100,000
 * articles): growing new ones for every answer made 16 MB of garbage outside the heap each time.
 */
let scratch = new Uint32Array(4096);
let narrow = new Uint16Array(0);

/**
 * Base64 is written in pieces under Node's 1 MB threshold for strings kept outside the heap, then
 * joined on it: at 100,000 articles one 6 MB outside string an answer made V8 mark its whole 2 GB
 * heap every dozen answers, which made one answer in six take a second or more.
 */
const BASE64_PIECE = 3 * 2 ** 17;

/** Builds a compact answer, article by article; one at a time (they share their scratch numbers). */
export class CompactReferencesWriter {
  private readonly uris: string[] = [];
  private readonly counts: number[] = [];
  private length = 0;
  /** The bits of every number written, or-ed: beyond the 16th, the answer needs 32. */
  private seen = 0;

  /** Starts the ranges of `uri` (again, if the last was `uri`, they join its run). */
  article(uri: string): void {
    if (this.uris[this.uris.length - 1] === uri) return;
    this.uris.push(uri);
    this.counts.push(0);
  }

  /** A range of the current article; its numbers are below 2³². */
  add(sl: number, sc: number, el: number, ec: number): void {
    if (this.length + 4 > scratch.length) {
      const more = new Uint32Array(scratch.length * 2);
      more.set(scratch);
      scratch = more;
    }
    const n = scratch, k = this.length;
    n[k] = sl; n[k + 1] = sc; n[k + 2] = el; n[k + 3] = ec;
    this.seen |= sl | sc | el | ec;
    this.length += 4;
    this.counts[this.counts.length - 1]++;
  }

  done(): CompactReferences {
    const bits = this.seen >>> 16 ? 32 : 16;
    return { uris: this.uris, counts: this.counts, bits, ranges: toBase64(bits === 16 ? this.narrowed() : scratch.subarray(0, this.length)) };
  }

  private narrowed(): Uint16Array {
    if (narrow.length < this.length) narrow = new Uint16Array(scratch.length);
    const out = narrow.subarray(0, this.length);
    out.set(scratch.subarray(0, this.length));
    return out;
  }
}

function toBase64(numbers: Uint16Array | Uint32Array): string {
  let bytes = Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
  if (!LITTLE_ENDIAN) bytes = numbers.BYTES_PER_ELEMENT === 2 ? Buffer.from(bytes).swap16() : Buffer.from(bytes).swap32();
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += BASE64_PIECE) pieces.push(bytes.toString('base64', at, Math.min(at + BASE64_PIECE, bytes.length)));
  return pieces.join('');
}

/**
 * Calls `each` with every location a compact answer holds, in order. A malformed answer gives the
 * locations it holds whole, and no more.
 */
export function forEachReference(r: CompactReferences, each: (uri: string, sl: number, sc: number, el: number, ec: number) => void): void {
  const n = fromBase64(typeof r?.ranges === 'string' ? r.ranges : '', r?.bits === 32 ? 32 : 16);
  const uris = Array.isArray(r?.uris) ? r.uris : [], counts = Array.isArray(r?.counts) ? r.counts : [];
  let at = 0;
  for (let i = 0; i < uris.length; i++) {
    for (let k = 0; k < counts[i] && at + 4 <= n.length; k++, at += 4) each(uris[i], n[at], n[at + 1], n[at + 2], n[at + 3]);
  }
}

/** The little-endian numbers of a base64 text, copied to an array of their own (aligned, in this machine's order). */
function fromBase64(base64: string, bits: 16 | 32): Uint16Array | Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const size = bits / 8;
  const own = Buffer.alloc(bytes.length - (bytes.length % size));
  bytes.copy(own, 0, 0, own.length);
  if (!LITTLE_ENDIAN) (bits === 16 ? own.swap16() : own.swap32());
  return bits === 16 ? new Uint16Array(own.buffer, own.byteOffset, own.length / 2) : new Uint32Array(own.buffer, own.byteOffset, own.length / 4);
}

/** The Location[] a compact answer stands for (textDocument/references' answer). */
export function expandReferences(r: CompactReferences): Location[] {
  const out: Location[] = [];
  forEachReference(r, (uri, sl, sc, el, ec) => out.push({ uri, range: rangeOfNumbers(sl, sc, el, ec) }));
  return out;
}
