// The display names written for one corpus key, with how many articles wrote each. A key of
// 100,000 articles is written one way in nearly all of them, and a warm start counts four million
// (key, article) pairs: a map for each key made two lookups of a fresh string for every pair, a
// tenth of the time. So the first name is kept apart, and the map is made for a second one only
// (a few hundred keys of 19,000).

export class NameTally {
  private first = '';
  private firstCount = 0;
  private others: Map<string, number> | undefined;

  add(name: string): void {
    if (this.firstCount > 0 && name === this.first) this.firstCount++;
    else if (this.firstCount === 0) { this.first = name; this.firstCount = 1; }
    else (this.others ??= new Map()).set(name, (this.others.get(name) ?? 0) + 1);
  }

  remove(name: string): void {
    if (this.firstCount > 0 && name === this.first) {
      if (--this.firstCount === 0) this.promote();
      return;
    }
    const n = this.others?.get(name);
    if (n === undefined) return;
    if (n > 1) this.others!.set(name, n - 1);
    else this.others!.delete(name);
  }

  /** The names with their counts, in the order they were first written (as a Map iterates). */
  *entries(): Generator<[string, number]> {
    if (this.firstCount > 0) yield [this.first, this.firstCount];
    if (this.others) yield* this.others;
  }

  /** The first name gone: the next oldest takes its place, so the order stays that of a Map. */
  private promote(): void {
    const next = this.others?.entries().next();
    if (!next || next.done) return;
    [this.first, this.firstCount] = next.value;
    this.others!.delete(this.first);
  }
}
