// Where the articles mentioning one corpus key mention it: the entity index holds one of these
// for every key, four million sites at 100,000 articles.

/**
 * Past this many sites from the end, an article is looked up in a map from then on: an edit puts
 * its article again at the end, where a scan finds it at once, but a burst of changes to old
 * articles (a `git checkout`) would scan the most-mentioned keys' tens of thousands of sites for
 * each (at 10,000 articles, 5,000 old articles put again took 5.8 s instead of 0.9).
 */
const SCAN_FROM_END = 64;

/**
 * Integers a site: the article's slot, where its mentions of the key start among its key groups,
 * how many, and the words of the fullest (KeyGroups.fullest).
 */
const STRIDE = 4;

/**
 * The sites in the order they came, four integers each in one typed array: the collector never
 * reads them (as arrays of uris and of index arrays they were a sixth of the heap it traced at
 * 100,000 articles), and a push writes one place. A key gets its map by slot only once an article
 * far from the end is looked for. Without the map, a removal keeps the order; with it, the last
 * site moves into the removed one's place.
 */
export class KeySites {
  private data = new Int32Array(STRIDE);
  private length = 0;
  private positions: Map<number, number> | undefined;

  get size(): number {
    return this.length;
  }

  /** The article (its corpus slot) of site `k` (< size). */
  slot(k: number): number {
    return this.data[STRIDE * k];
  }

  /** Where the article's mentions of the key begin among its key groups (KeyGroups.start). */
  first(k: number): number {
    return this.data[STRIDE * k + 1];
  }

  /** How many times the article mentions the key. */
  count(k: number): number {
    return this.data[STRIDE * k + 2];
  }

  /** How many words the article's fullest mention of the key has: a defining mention's first measure. */
  fullness(k: number): number {
    return this.data[STRIDE * k + 3];
  }

  /** Adds an article that is not among the sites yet. */
  push(slot: number, first: number, count: number, fullness: number): void {
    if (STRIDE * (this.length + 1) > this.data.length) this.grow();
    const at = STRIDE * this.length;
    this.data[at] = slot;
    this.data[at + 1] = first;
    this.data[at + 2] = count;
    this.data[at + 3] = fullness;
    this.positions?.set(slot, this.length);
    this.length++;
  }

  /** The site of the article in `slot`, or -1. */
  indexOf(slot: number): number {
    if (this.positions) return this.positions.get(slot) ?? -1;
    const stop = Math.max(0, this.length - SCAN_FROM_END);
    for (let k = this.length - 1; k >= stop; k--) if (this.slot(k) === slot) return k;
    if (stop === 0) return -1;
    this.positions = new Map();
    for (let k = 0; k < this.length; k++) this.positions.set(this.slot(k), k);
    return this.positions.get(slot) ?? -1;
  }

  /** Removes the article in `slot`; false when it was not there. */
  delete(slot: number): boolean {
    const k = this.indexOf(slot);
    if (k < 0) return false;
    const last = this.length - 1;
    if (!this.positions) {
      this.data.copyWithin(STRIDE * k, STRIDE * (k + 1), STRIDE * this.length);
    } else if (k !== last) {
      this.data.copyWithin(STRIDE * k, STRIDE * last, STRIDE * this.length);
      this.positions.set(this.slot(k), k);
    }
    this.positions?.delete(slot);
    this.length--;
    return true;
  }

  private grow(): void {
    const more = new Int32Array(this.data.length * 2);
    more.set(this.data);
    this.data = more;
  }
}
