// Membership of tokens in the generated word lists (gazetteer.json, built by
// scripts/build-gazetteer.mjs). Multi-word entries ("New York", "Los Angeles") are matched
// longest first over token sequences, so each token learns whether it begins or continues one.
import { readDataFile } from './data.js';

export const GAZETTEER_LISTS = ['country', 'demonym', 'region', 'city', 'first', 'last', 'org'] as const;
export type GazetteerList = (typeof GAZETTEER_LISTS)[number];

type Lists = Record<GazetteerList, string[]> & { countryAlias: Record<string, string>; everyday: string[] };
let read: Lists | undefined;
const lists = (): Lists => (read ??= readDataFile<Lists>('gazetteer.json'));

const MAX_WORDS = 5;
let entries: Map<string, number> | undefined;
/** Every proper prefix of a multi-word entry ("new", "new york" for "New York City"): where a longer match may go on. */
let prefixes: Set<string> | undefined;

/** Lower-cased entry → bit set of the lists that hold it; built on first use. */
function table(): Map<string, number> {
  if (entries) return entries;
  entries = new Map();
  prefixes = new Set();
  GAZETTEER_LISTS.forEach((name, bit) => {
    for (const entry of lists()[name]) {
      const key = entry.toLowerCase();
      entries!.set(key, (entries!.get(key) ?? 0) | (1 << bit));
      for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes!.add(key.slice(0, sp));
    }
  });
  return entries;
}

/** The lists an exact phrase belongs to, as a bit set over GAZETTEER_LISTS (0 when none). */
export function gazetteerBits(phrase: string): number {
  return table().get(phrase.toLowerCase()) ?? 0;
}

export function inList(phrase: string, list: GazetteerList): boolean {
  return (gazetteerBits(phrase) & (1 << GAZETTEER_LISTS.indexOf(list))) !== 0;
}

/**
 * Per token: [bits of the longest entry starting here, bits of an entry covering it from the
 * left]. Only capitalised tokens start a match, which keeps this cheap on running text.
 */
export function gazetteerMatches(lower: readonly string[], isCap: readonly boolean[]): { begins: Int32Array; inside: Int32Array } {
  const t = table();
  const begins = new Int32Array(lower.length), inside = new Int32Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    if (!isCap[i]) continue;
    let phrase = lower[i];
    let best = t.get(phrase) ?? 0, bestLen = best ? 1 : 0;
    for (let n = 2; n <= MAX_WORDS && i + n <= lower.length && prefixes!.has(phrase); n++) {
      phrase += ' ' + lower[i + n - 1];
      const bits = t.get(phrase);
      if (bits) { best = bits; bestLen = n; }
    }
    begins[i] |= best;
    for (let k = 1; k < bestLen; k++) inside[i + k] |= best;
  }
  return { begins, inside };
}

/** "U.S."/"USA"/"America" → "United States"; undefined when the text is no other name of a country. */
export function countryCommonName(text: string): string | undefined {
  return lists().countryAlias[text];
}

let everyday: ReadonlySet<string> | undefined;

/** "dock", "jobs": a word of everyday English (lower case), whatever else it may name. */
export function isEverydayWord(word: string): boolean {
  everyday ??= new Set(lists().everyday);
  return everyday.has(word);
}
