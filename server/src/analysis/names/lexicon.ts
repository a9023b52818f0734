// Small closed word lists the recognizer and the linker share. Open lists (countries, cities,
// first names) live in the generated gazetteer.

/** A lower-case token without the one dot an abbreviation keeps ("mr." → "mr"). */
export function withoutDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Abbreviations written with a dot before a name; the dot belongs to the token ("Mr."). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'mt', 'ft', 'pres', 'adm', 'maj', 'cpl', 'supt', 'insp', 'hon', 'fr', 'messrs',
]);

/** Titles and roles written before a person's name ("President Zelensky", "Mr. Putin"). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'senator', 'sen', 'governor',
  'gov', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'admiral', 'adm', 'major', 'maj', 'judge', 'justice', 'mayor', 'sheriff', 'ambassador',
  'secretary', 'chairman', 'chairwoman', 'rep', 'representative', 'congressman', 'congresswoman',
  'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister', 'brother', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'chief', 'commander',
  'director', 'officer', 'detective', 'inspector', 'coach', 'spokesman', 'spokeswoman', 'ceo',
  'vice', 'prime', 'foreign', 'defense', 'defence', 'deputy', 'former', 'acting', 'interim',
  'assistant', 'emeritus', 'saint', 'st', 'mrs', 'messrs', 'pres', 'hon', 'fr', 'supt',
]);

/** Lower-case words that may sit inside a name between capitalised words. */
export const CONNECTORS = new Set([
  'of', 'de', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'le',
  'al', 'el', 'es', 'bin', 'ibn', 'bint', 'y', 'and', '&', 'the', 'upon', 'on', 'dos', 'das', 'ter', 'zu',
]);

/** Words that open a noun phrase but are never part of a name ("The Kremlin" → "Kremlin"). */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'our', 'their', 'its',
  'your', 'some', 'every', 'each', 'no', 'any',
]);

/** Last words that make a capitalised phrase an organisation or a thing ("Qatar Airways"). */
export const ORGANISATION_HEADS = new Set([
  'airlines', 'airways', 'airline', 'air', 'aviation', 'aerospace', 'aircraft', 'inc', 'inc.', 'corp', 'corp.',
  'corporation', 'company', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'holdings', 'bank',
  'university', 'college', 'school', 'institute', 'council', 'ministry', 'department', 'agency',
  'party', 'association', 'league', 'federation', 'committee', 'commission', 'court',
  'office', 'army', 'navy', 'force', 'police', 'motors', 'systems', 'technologies', 'foundation',
  'times', 'post', 'news', 'press', 'journal', 'magazine', 'network', 'club', 'team', 'festival',
  'show', 'games', 'cup', 'award', 'awards', 'prize', 'fund', 'exchange', 'services', 'industries',
  'computer', 'computers', 'software', 'electronics', 'pharmaceuticals', 'church', 'society',
]);
