// The recurring cast of the corpus: people, places and organisations, built
// once from the seed. Articles draw from them with Zipf-skewed ranks so a few
// entities recur in a large share of files and most appear only rarely.
import { Rng, Zipf, mixSeed } from './random.mjs';
import { FEMALE, MALE, SURNAMES, CITY_LINES, ORGS, OCCUPATIONS } from './lexicon.mjs';

const MINISTRIES = ['Foreign', 'Finance', 'Health', 'Interior', 'Defense', 'Transport', 'Environment', 'Culture', 'Economy', 'Justice'];

// Roles of ordinary (non-headline) people, with weights; politicians are
// rarer here because the top ranks are seeded with them separately.
const ROLES = [
  ['minister', 10], ['mayor', 8], ['president', 2], ['pm', 2], ['doctor', 10], ['exec', 8], ['spokes', 8],
  ['lawmaker', 8], ['analyst', 8], ['citizen', 20], ['activist', 6], ['judge', 3], ['general', 3], ['coach', 4],
];
const ROLE_TOTAL = ROLES.reduce((s, r) => s + r[1], 0);
const EXPERTISE = ['an epidemiologist', 'a climate scientist', 'an economist', 'a historian', 'a physician',
  'a political scientist', 'a hydrologist', 'a researcher'];

function countryOf(line, countries) {
  const raw = line.slice(line.indexOf(', ') + 2);
  const the = raw.startsWith('the ');
  const name = the ? raw.slice(4) : raw;
  let c = countries.get(name);
  if (!c) { c = { name, ref: the ? `the ${name}` : name, poss: the ? `the ${name}’` : `${name}’s`, capital: null }; countries.set(name, c); }
  return c;
}

export function buildWorld(seed, { people: peopleCount = 3000 } = {}) {
  const rng = new Rng(mixSeed(seed, 0x5eed));
  const countries = new Map();
  const cities = CITY_LINES.map((line) => {
    const country = countryOf(line, countries);
    const city = { name: line.slice(0, line.indexOf(', ')), country };
    if (!country.capital) country.capital = city;
    return city;
  });
  // Popularity order of places is a seeded shuffle: a different seed gives a
  // different "news geography", the same seed always the same one.
  const cityRank = rng.shuffled(cities);
  const countryList = rng.shuffled([...countries.values()]);

  const used = new Set();
  const people = [];
  for (let id = 0; id < peopleCount; id++) {
    let first, last, female;
    do { // unique full names; surnames may repeat, as they do in real news
      female = rng.chance(0.45);
      first = rng.pick(female ? FEMALE : MALE);
      last = rng.pick(SURNAMES);
    } while (used.has(first + ' ' + last));
    used.add(first + ' ' + last);
    // The handful of most-drawn ranks are heads of government and ministers
    // of the most-covered countries, as on a real front page.
    let role;
    if (id < 12) role = id % 3 === 0 ? 'president' : id % 3 === 1 ? 'pm' : 'minister';
    else { let r = rng.float() * ROLE_TOTAL; for (const [name, w] of ROLES) { if ((r -= w) < 0) { role = name; break; } } }
    const city = id < 12 ? countryList[Math.floor(id / 2) % countryList.length].capital : cityRank[Math.floor(rng.float() * rng.float() * cityRank.length)];
    people.push(describe({ id, first, last, full: `${first} ${last}`, female, role, city, country: city.country }, rng));
  }
  return {
    people, cities: cityRank, countries: countryList, orgs: rng.shuffled(ORGS),
    personZipf: new Zipf(people.length, 1.0),
    cityZipf: new Zipf(cityRank.length, 0.9),
    countryZipf: new Zipf(countryList.length, 0.9),
    orgZipf: new Zipf(ORGS.length, 0.8),
  };
}

// Fixed title and descriptions per person, so every article introduces the
// same person the same way (as a real corpus mostly does).
function describe(p, rng) {
  const c = p.country, org = rng.pick(ORGS);
  p.honorific = p.female ? 'Ms.' : 'Mr.';
  p.title = ''; p.desc = ''; p.possDesc = '';
  switch (p.role) {
    case 'president': p.title = 'President'; p.desc = `the president of ${c.ref}`; p.possDesc = `${c.poss} president`; break;
    case 'pm': p.title = 'Prime Minister'; p.desc = `the prime minister of ${c.ref}`; p.possDesc = `${c.poss} prime minister`; break;
    case 'minister': {
      const m = rng.pick(MINISTRIES);
      p.title = `${m} Minister`; p.desc = `the ${m.toLowerCase()} minister of ${c.ref}`; p.possDesc = `${c.poss} ${m.toLowerCase()} minister`; break;
    }
    case 'mayor': p.title = 'Mayor'; p.desc = `the mayor of ${p.city.name}`; p.possDesc = `${p.city.name}’s mayor`; break;
    case 'doctor': p.title = 'Dr.'; p.honorific = 'Dr.'; p.desc = `${rng.pick(EXPERTISE)} at ${org}`; break;
    case 'exec': p.desc = `the chief executive of ${org}`; p.possDesc = `${org.replace(/^the /, 'The ')}’s chief executive`; break;
    case 'spokes': p.desc = `a ${p.female ? 'spokeswoman' : 'spokesman'} for ${org}`; break;
    case 'lawmaker': p.desc = `an opposition lawmaker from ${p.city.name}`; break;
    case 'analyst': p.desc = `an analyst at ${org}`; break;
    case 'citizen': p.desc = `a ${24 + (p.id * 7) % 50}-year-old ${rng.pick(OCCUPATIONS)} from ${p.city.name}`; break;
    case 'activist': p.desc = `a campaigner with ${org}`; break;
    case 'judge': p.title = 'Judge'; p.desc = `a judge on ${c.poss} supreme court`; break;
    case 'general': p.title = 'General'; p.honorific = 'General'; p.desc = `the head of ${c.poss} armed forces`; break;
    case 'coach': p.desc = `the coach of ${c.poss} national team`; break;
  }
  // The possessive descriptions start lowercase ("Portugal’s president") except
  // where they begin with a name, which is always capitalised already.
  return p;
}
