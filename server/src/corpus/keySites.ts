// Where the articles mentioning one corpus key mention it: the entity index holds one of these
// for every key, four million places at 100,000 articles.
import type { MentionIndices } from './entities.js';

/**
 * Past this many places from the end, an article is looked up in a map from then on: an edit puts
 * its article again at the end, where a scan finds it at once, but a burst of changes to old
 * articles (a `git checkout`) would scan the most-mentioned keys' tens of thousands of places for
 * each (at 10,000 articles, 5,000 old articles put again took 5.8 s instead of 0.9).
 */
const SCAN_FROM_END = 64;

/**
 * The articles in two parallel arrays, in the order they came. A map by article was the warm
 * start's costliest step (a push costs a tenth of a map insertion), so a key gets its map only
 * once an article far from the end is looked for. Without the map, a removal keeps the order; with
 * it, the last place moves into the removed one's.
 */
export class KeySites {
  readonly uris: string[] = [];
  readonly ats: MentionIndices[] = [];
  private slots: Map<string, number> | undefined;

  get size(): number {
    return this.uris.length;
  }

  /** Adds an article that is not among the sites yet. */
  push(uri: string, at: MentionIndices): void {
    this.uris.push(uri);
    this.ats.push(at);
    this.slots?.set(uri, this.uris.length - 1);
  }

  /** Where `uri` mentions the key, if it does. */
  at(uri: string): MentionIndices | undefined {
    const k = this.indexOf(uri);
    return k >= 0 ? this.ats[k] : undefined;
  }

  /** Removes `uri`; false when it was not there. */
  delete(uri: string): boolean {
    const k = this.indexOf(uri);
    if (k < 0) return false;
    if (!this.slots) {
      this.uris.splice(k, 1);
      this.ats.splice(k, 1);
      return true;
    }
    const last = this.uris.length - 1, moved = this.uris[last];
    this.uris[k] = moved;
    this.ats[k] = this.ats[last];
    this.uris.pop();
    this.ats.pop();
    this.slots.delete(uri);
    if (k !== last) this.slots.set(moved, k);
    return true;
  }

  private indexOf(uri: string): number {
    if (this.slots) return this.slots.get(uri) ?? -1;
    const { uris } = this;
    const stop = Math.max(0, uris.length - SCAN_FROM_END);
    for (let k = uris.length - 1; k >= stop; k--) if (uris[k] === uri) return k;
    if (stop === 0) return -1;
    this.slots = new Map(uris.map((u, k) => [u, k]));
    return this.slots.get(uri) ?? -1;
  }
}
