// Which person keys could join which: the surname buckets the corpus joining uses (see
// entities.ts), kept up to date as keys come and go, so that a key no other key could join is
// seen at once. An edit that brings such a key (a new name, a name half typed) then needs no
// joining of the whole corpus.

/** Buckets under which near-identical surnames meet: the name and the name less one letter. */
export function spellingKeys(word: string): string[] {
  if (word.length < 5) return [word];
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Equal, or (for names of five letters or more) one insertion or deletion apart. */
export function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** The person keys of each surname bucket. */
export class SurnameBuckets {
  private readonly buckets = new Map<string, Set<string>>();

  add(ck: string): void {
    for (const v of spellingKeys(surnameOf(ck))) {
      let set = this.buckets.get(v);
      if (!set) this.buckets.set(v, (set = new Set()));
      set.add(ck);
    }
  }

  delete(ck: string): void {
    for (const v of spellingKeys(surnameOf(ck))) {
      const set = this.buckets.get(v);
      set?.delete(ck);
      if (set && !set.size) this.buckets.delete(v);
    }
  }

  /**
   * True when the joining cannot put this person key with any other: no full name of the same
   * first name and a near surname, and no lone surname that is near its surname (or, for a lone
   * surname, no full name near it).
   */
  alone(ck: string): boolean {
    const key = keyOf(ck), lone = !key.includes(' ');
    for (const v of spellingKeys(surnameOf(ck))) {
      for (const other of this.buckets.get(v) ?? []) {
        if (other === ck) continue;
        const otherKey = keyOf(other), otherLone = !otherKey.includes(' ');
        if (lone && otherLone) continue; // lone surnames never join each other
        if (!nearlySame(surnameOf(ck), surnameOf(other))) continue;
        if (lone || otherLone || firstOf(key) === firstOf(otherKey)) return false;
      }
    }
    return true;
  }
}

const keyOf = (ck: string) => ck.slice(ck.indexOf(':') + 1);
const firstOf = (key: string) => key.slice(0, key.indexOf(' '));

function surnameOf(ck: string): string {
  const key = keyOf(ck);
  return key.slice(key.lastIndexOf(' ') + 1);
}
