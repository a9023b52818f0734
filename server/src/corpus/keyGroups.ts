// An article's mentions grouped by the key under which they join the corpus: the entity index
// records each group of an article as one site (where the group starts here, and its size), so
// all mentions of a name are found without reading whole articles. Grouped by the columns'
// integer key ids, with no string looked up: at 100,000 articles the grouping by key strings,
// a map of maps an article, was a twentieth of a warm start.
import type { MentionColumns } from '../analysis/mentionColumns.js';
import { wordCount } from './words.js';

export type KeyColumns = Pick<MentionColumns, 'count' | 'type' | 'keyId' | 'text'>;

/**
 * Working space of `KeyGroups.of`, kept from one article to the next: a map and four fresh typed
 * arrays an article were most of its time. `groupOfId` is indexed by key id (ids are small: a
 * packed analysis's string indices, or an object analysis's own count), -1 where unused.
 */
let groupOf = new Int32Array(256);
let groupOfId: Int32Array = new Int32Array(1024).fill(-1);
const firsts: number[] = [], firstIds: number[] = [], sizes: number[] = [], cursor: number[] = [];
const fullest: number[] = [], fullestWords: number[] = [];

/**
 * The groups' numbers are cut from shared blocks: a typed array of its own for each article's
 * (a few hundred bytes) is a backing store to allocate and for the collector to track, 100,000
 * times on a warm start. A block lives while any article cut from it does.
 */
const BLOCK = 1 << 16;
let block: Int32Array = new Int32Array(BLOCK), used = 0;

function cut(length: number): Int32Array {
  if (used + length > block.length) {
    block = new Int32Array(Math.max(BLOCK, length));
    used = 0;
  }
  used += length;
  return block.subarray(used - length, used);
}

export class KeyGroups {
  /**
   * `numbers`: where each of the `count` groups begins among the grouped mentions, then where the
   * last ends, then the grouped mentions' indices, group after group, each in text order, then
   * each group's fullest mention.
   */
  private constructor(private readonly numbers: Int32Array, readonly count: number) {}

  /**
   * The groups in the order the index has always taken them: the types in the order they are
   * first mentioned, and within a type the keys in the order they are first mentioned.
   */
  static of(columns: KeyColumns): KeyGroups {
    const { count } = columns;
    if (groupOf.length < count) groupOf = new Int32Array(2 * count);
    firsts.length = firstIds.length = sizes.length = fullest.length = fullestWords.length = 0;
    for (let i = 0; i < count; i++) {
      const id = columns.keyId(i);
      if (id >= groupOfId.length) groupOfId = grown(groupOfId, id);
      let g = groupOfId[id];
      if (g < 0) {
        groupOfId[id] = g = firsts.length;
        firsts.push(i);
        firstIds.push(id);
        sizes.push(0);
        fullest.push(i);
        fullestWords.push(0);
      }
      groupOf[i] = g;
      sizes[g]++;
      const words = wordCount(columns.text(i));
      if (words > fullestWords[g]) {
        fullest[g] = i;
        fullestWords[g] = words;
      }
    }
    for (const id of firstIds) groupOfId[id] = -1;
    const groups = firsts.length, rank = sortedGroups(columns, firsts);
    const numbers = cut(2 * groups + 1 + count);
    cursor.length = groups;
    for (let r = 0; r < groups; r++) {
      cursor[rank[r]] = groups + 1 + numbers[r];
      numbers[r + 1] = numbers[r] + sizes[rank[r]];
      numbers[groups + 1 + count + r] = fullest[rank[r]];
    }
    for (let i = 0; i < count; i++) numbers[cursor[groupOf[i]]++] = i;
    return new KeyGroups(numbers, groups);
  }

  /** Where group `g` begins among the grouped mentions (a site's `first`). */
  start(g: number): number {
    return this.numbers[g];
  }

  size(g: number): number {
    return this.numbers[g + 1] - this.numbers[g];
  }

  /** The index of the mention at `position` of the grouped mentions. */
  mention(position: number): number {
    return this.numbers[this.count + 1 + position];
  }

  /**
   * The index of the fullest mention (the first with the most words) of the group that begins at
   * `first`: where a name's defining mention is looked for, without reading every mention's text
   * (the first hover on a name of 100,000 articles read 282,000 of them, and took most of a second).
   */
  fullest(first: number): number {
    let lo = 0, hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.numbers[mid] < first) lo = mid + 1;
      else hi = mid;
    }
    return this.fullestOf(lo);
  }

  /** The index of group `g`'s fullest mention. */
  fullestOf(g: number): number {
    return this.numbers[this.numbers.length - this.count + g];
  }
}

function grown(ids: Int32Array, id: number): Int32Array {
  const more = new Int32Array(2 * id + 2).fill(-1);
  more.set(ids);
  return more;
}

/** The groups by type, in the order of each type's first mention, and then by first mention. */
function sortedGroups(columns: KeyColumns, firsts: number[]): number[] {
  const types: string[] = [];
  for (const i of firsts) if (!types.includes(columns.type(i))) types.push(columns.type(i));
  const out: number[] = [];
  for (const type of types) firsts.forEach((i, g) => { if (columns.type(i) === type) out.push(g); });
  return out;
}
