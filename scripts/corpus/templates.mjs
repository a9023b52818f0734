// Turns a seeded random stream plus the shared world into one news article.
// Sentences come from dozens of small template functions over the article's
// cast, places, topic and date, so the prose varies from file to file while
// the same people, places and organisations keep coming back.
import { TOPICS, HEAD_VERBS, SAID_VERBS, ACTION_VERBS, ADJ, GROUPS, FILLER_CLAUSES, QUOTE_BODIES,
  OCCUPATIONS, AGENCIES } from './lexicon.mjs';
import { pastWhen, futureWhen, sincePoint, datelineDate, fullDate } from './dates.mjs';

const TOPIC_NAMES = Object.keys(TOPICS);
const METRICS = ['exports', 'unemployment', 'consumer prices', 'ridership', 'applications', 'hospital admissions', 'tourist arrivals', 'investment', 'output', 'sales'];
const PACE = ['rapid', 'slow', 'uneven', 'unexpected', 'dizzying', 'gradual'];
const SIGNS = ['modest', 'tentative', 'early', 'clear', 'encouraging', 'few'];
const MOODS = ['tense', 'hopeful', 'somber', 'festive', 'anxious', 'subdued', 'defiant', 'upbeat'];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const noThe = (s) => s.replace(/^the /, '');
// Straight and curly quotes and apostrophes both occur in real wire copy.
const quote = (ctx, s) => (ctx.curly ? `“${s}”` : `"${s}"`);
const apos = (ctx) => (ctx.curly ? '’' : "'");

class Article {
  constructor(rng, world, dct, counts) {
    this.rng = rng; this.w = world; this.dct = dct; this.counts = counts;
    this.topicName = rng.pick(TOPIC_NAMES); this.topic = TOPICS[this.topicName];
    this.city = world.cities[world.cityZipf.draw(rng)];
    this.country = this.city.country;
    this.curly = rng.chance(0.6);          // typographic quotes in this article?
    this.honor = rng.chance(0.3);          // "Ms. Silva" house style vs bare "Silva"
    const n = rng.int(3, 7), cast = [], seen = new Set();
    for (let tries = 0; cast.length < n && tries < 40; tries++) {
      const p = world.people[world.personZipf.draw(rng)];
      if (!seen.has(p.id)) { seen.add(p.id); cast.push(p); }
    }
    this.cast = cast; this.introduced = new Set(); this.last = null;
  }
  // --- entities -----------------------------------------------------------
  person() { // the lead is in about half the sentences that name someone
    const r = this.rng;
    return r.chance(0.45) ? this.cast[0] : this.cast[r.int(0, this.cast.length - 1)];
  }
  other(p) { const c = this.cast; let q = c[this.rng.int(0, c.length - 1)]; if (q === p) q = c[(c.indexOf(p) + 1) % c.length]; return q; }
  count(p) { this.counts.mentions[p.id]++; this.last = p; }
  // First mention: full name with title or description; then surname forms.
  ref(p, atEnd = false) {
    const r = this.rng;
    if (!this.introduced.has(p.id)) {
      this.introduced.add(p.id); this.count(p);
      const x = r.float();
      if (p.title && x < 0.5) return `${p.title} ${p.full}`;
      if (p.possDesc && x < 0.7) return atEnd ? `${p.full}, ${p.desc}` : `${p.possDesc}, ${p.full},`;
      if (x < 0.92) return atEnd ? `${p.full}, ${p.desc}` : `${p.full}, ${p.desc},`;
      return p.full;
    }
    this.count(p);
    const x = r.float();
    if (p.title && x < 0.2) return `${p.title} ${p.last}`;
    if (this.honor) return `${p.honorific} ${p.last}`;
    return p.last;
  }
  subj(p) { // at sentence start a pronoun may stand for the person just named
    if (this.last === p && this.introduced.has(p.id) && this.rng.chance(0.25)) { this.count(p); return p.female ? 'She' : 'He'; }
    return cap(this.ref(p));
  }
  poss(p) {
    const a = apos(this);
    if (!this.introduced.has(p.id)) { this.introduced.add(p.id); this.count(p); return `${p.title ? p.title + ' ' : ''}${p.full}${a}s`; }
    this.count(p);
    return `${this.honor ? p.honorific + ' ' : ''}${p.last}${a}s`;
  }
  pron(p) { return p.female ? 'she' : 'he'; }
  cityName() { const r = this.rng; return r.chance(0.5) ? this.city.name : this.w.cities[this.w.cityZipf.draw(r)].name; }
  countryRef() { const r = this.rng; return r.chance(0.5) ? this.country.ref : this.w.countries[this.w.countryZipf.draw(r)].ref; }
  countryPoss() { const r = this.rng; return r.chance(0.5) ? this.country.poss : this.w.countries[this.w.countryZipf.draw(r)].poss; }
  otherCountryRef() { // a second country, never the article's own
    let c; do c = this.w.countries[this.w.countryZipf.draw(this.rng)]; while (c === this.country);
    return c.ref;
  }
  org() { return this.w.orgs[this.w.orgZipf.draw(this.rng)]; }
  // --- vocabulary ---------------------------------------------------------
  thing() { return this.rng.pick(this.topic.phrases); }
  noun() { return this.rng.pick(this.topic.nouns); }
  when() { return pastWhen(this.rng, this.dct); }
  recent() { return pastWhen(this.rng, this.dct, true); } // quotes are fresh
  whenPoint() { const s = sincePoint(this.rng, this.dct); return /^[A-Z][a-z]+ \d+,/.test(s) ? `on ${s}` : `in ${s}`; }
  later() { return futureWhen(this.rng, this.dct); }
  since() { return sincePoint(this.rng, this.dct); }
  said() { return this.rng.chance(0.6) ? 'said' : this.rng.pick(SAID_VERBS); }
  q() { return this.rng.pick(QUOTE_BODIES); }
  clause() { return this.rng.pick(FILLER_CLAUSES); }
  group() { return this.rng.pick(GROUPS); }
  adj() { return this.rng.pick(ADJ); }
  pct() { return `${this.rng.int(2, 68)} percent`; }
}

// Sentences naming people (S), places (P), organisations (O), dates (D).
const SENTENCES = [
  (a) => { const p = a.person(); return `${a.subj(p)} ${a.said()} ${a.recent()} that ${a.thing()} would ${a.rng.pick(['be reviewed', 'go ahead as planned', 'be delayed', 'be expanded', 'not be enough', 'cost more than expected'])}.`; },
  (a) => `${quote(a, a.q() + ',')} ${a.ref(a.person())} said.`,
  (a) => `${quote(a, a.q() + ',')} ${a.ref(a.person())} said ${a.recent()}.`,
  (a) => `${quote(a, a.q() + ',')} said ${a.ref(a.person(), true)}, speaking to reporters in ${a.cityName()}.`,
  (a) => { const p = a.person(); return `${a.subj(p)} told reporters in ${a.cityName()} ${a.recent()}: ${quote(a, a.q() + '.')}`; },
  (a) => { const p = a.person(); return `${a.subj(p)} ${a.rng.pick(ACTION_VERBS)} ${a.thing()} ${a.when()}, according to ${a.org()}.`; },
  (a) => `${cap(a.poss(a.person()))} office said in a statement ${a.when()} that ${a.clause()}.`,
  (a) => { const p = a.person(), o = a.other(p); return `${a.subj(p)} met ${a.ref(o)} in ${a.cityName()} ${a.when()} to discuss ${a.thing()}.`; },
  (a) => `In ${a.cityName()}, ${a.group()} ${a.rng.pick(['gathered outside the ministry', 'waited for news', 'voiced frustration', 'cautiously welcomed the plan', 'lined up for hours'])} ${a.when()}.`,
  (a) => `${cap(a.org())} said ${a.when()} that ${a.thing()} had ${a.rng.pick(['worsened', 'eased', 'stabilized', 'drawn international attention'])} in ${a.countryRef()}.`,
  (a) => `The ${a.adj()} debate over ${a.thing()} has ${a.rng.pick(['divided', 'unsettled', 'energized', 'frustrated'])} ${a.group()} across ${a.countryRef()}.`,
  (a) => `It was the ${a.rng.pick(['first', 'second', 'third', 'largest', 'longest'])} such ${a.rng.pick(['protest', 'decision', 'agreement', 'disruption', 'announcement'])} in ${a.countryRef()} since ${a.since()}.`,
  (a) => { const p = a.person(); return `${cap(a.ref(p))}, who has ${a.rng.pick(['led', 'overseen', 'championed', 'opposed'])} ${a.thing()} since ${a.since()}, ${a.said()} the response was ${a.rng.pick(['overdue', 'a mistake', 'the only option', 'too slow'])}.`; },
  (a) => `According to ${a.poss(a.person())} aides, ${a.clause()}.`,
  (a) => `Asked about ${a.thing()}, ${a.ref(a.person())} said only: ${quote(a, a.q() + '.')}`,
  (a) => { const p = a.person(), o = a.other(p); return `${a.subj(p)} is expected to travel to ${a.cityName()} ${a.later()} for talks with ${a.ref(o, true)}.`; },
  (a) => `${cap(a.countryPoss())} ${a.rng.pick(['economy', 'government', 'parliament', 'ports', 'farmers', 'hospitals', 'exporters'])} ${a.rng.pick(['has struggled', 'has been under pressure', 'has faced criticism', 'has largely recovered'])} since ${a.since()}.`,
  (a) => `The last time ${a.countryRef()} faced ${a.rng.pick(['a crisis', 'a dispute', 'a shock', 'a test'])} of this kind was ${a.whenPoint()}.`,
  (a) => `${cap(a.org())}, which is based in ${a.cityName()}, estimated that ${a.pct()} of ${a.group()} in ${a.countryRef()} would be affected.`,
  (a) => `Officials in ${a.cityName()} said ${a.clause()}.`,
  (a) => { const p = a.person(); const s = a.subj(p); return `${s} first raised the issue ${a.when()}, when ${a.pron(p)} ${a.rng.pick(ACTION_VERBS)} ${a.thing()}.`; },
  (a) => `${quote(a, 'We will see,')} ${a.ref(a.person())} said ${a.recent()}, adding that ${a.clause()}.`,
  (a) => { const p = a.person(); return `${a.subj(p)} declined to comment on ${a.thing()}.`; },
  (a) => `A ${a.rng.pick(['spokesman', 'spokeswoman', 'representative'])} for ${a.org()} did not respond to a request for comment.`,
  (a) => { const p = a.person(), o = a.other(p); return `${a.subj(p)} and ${a.ref(o)} spoke by phone ${a.when()}, according to a statement from ${a.poss(p)} office.`; },
  (a) => `The talks in ${a.cityName()} were the first since ${fullDate(new Date(a.dct.getTime() - a.rng.int(40, 900) * 86400000))}.`,
  (a) => `Data released ${a.when()} by ${a.org()} showed that ${a.rng.pick(METRICS)} ${a.rng.pick(['rose', 'fell', 'jumped', 'slipped'])} ${a.pct()} compared with ${a.dct.getUTCFullYear() - a.rng.int(1, 3)}.`,
  (a) => `Since ${a.since()}, ${a.group()} in ${a.cityName()} have ${a.rng.pick(['complained of delays', 'organized weekly meetings', 'pressed for answers', 'adapted as best they could'])}.`,
  (a) => { const p = a.person(); return `${a.subj(p)} has said that ${a.clause()}.`; },
  (a) => { const p = a.person(); const s = a.ref(p); return `${cap(a.when())}, ${s} visited ${a.cityName()}, where ${a.group()} ${a.rng.pick(['asked about jobs', 'raised the cost of living', 'pressed for faster action', 'gave a mixed reception'])}.`; },
  (a) => { const p = a.person(); return `Before taking ${a.pron(p) === 'she' ? 'her' : 'his'} current post, ${a.ref(p)} worked as ${a.rng.pick(['a lawyer', 'an economist', 'a journalist', 'a diplomat', 'an engineer', 'a teacher'])} in ${a.cityName()}.`; },
  (a) => { const p = a.person(); return `${a.subj(p)} is due to address ${a.rng.pick(['parliament', 'the assembly', 'a news conference', 'the summit', 'supporters'])} in ${a.cityName()} ${a.later()}.`; },
  (a) => { const p = a.person(); return `Critics, including ${a.ref(p, true)}, said ${a.clause()}.`; },
  (a) => { const p = a.person(), o = a.other(p); return `${cap(a.poss(p))} remarks drew a sharp response from ${a.ref(o, true)}.`; },
  (a) => `The dispute dates back to ${a.since()}, when ${a.countryRef()} and ${a.otherCountryRef()} ${a.rng.pick(['signed a preliminary accord', 'broke off contacts', 'first clashed over the issue', 'agreed to joint inspections'])}.`,
  (a) => `${cap(a.group())} in ${a.cityName()} said ${a.clause()}.`,
  (a) => `The ${a.rng.pick(['next round', 'final decision', 'review', 'hearing', 'vote'])} is expected to take place ${a.later()}.`,
  (a) => `By some estimates, ${a.thing()} could cost ${a.countryRef()} as much as ${a.rng.int(2, 90)} billion dollars over the next decade.`,
  (a) => { const p = a.person(); return `${a.subj(p)} ${a.said()} ${a.pron(p)} had spoken with ${a.ref(a.other(p))} ${a.when()}.`; },
  (a) => `${cap(a.org())} and ${a.org()} are expected to publish a joint assessment ${a.later()}.`,
];

// Sentences without entities: the connective prose between the facts.
const FILLERS = [
  (a) => `${cap(a.clause())}.`,
  (a) => `Many ${a.group()} said ${a.clause()}.`,
  (a) => `The ${a.rng.pick(PACE)} pace of change has left ${a.group()} ${a.rng.pick(['uncertain', 'divided', 'hopeful', 'exhausted'])}.`,
  (a) => `For now, ${a.clause()}.`,
  (a) => `Still, ${a.group()} remained ${a.rng.pick(['skeptical', 'optimistic', 'wary', 'patient'])}, and ${a.clause()}.`,
  (a) => `The question of ${a.thing()} is likely to shape the ${a.rng.pick(['debate', 'campaign', 'coming months', 'budget talks'])}.`,
  (a) => `There were ${a.rng.pick(SIGNS)} signs of progress, but ${a.clause()}.`,
  (a) => `Some ${a.group()} described the mood as ${a.rng.pick(MOODS)}.`,
  (a) => `A ${a.rng.pick(OCCUPATIONS)} who asked not to be named said the changes had been ${a.adj()} but necessary.`,
  (a) => `The issue of ${a.noun()} has become ${a.rng.pick(['a rallying point', 'a source of friction', 'a test of credibility', 'a familiar refrain'])} for ${a.group()}.`,
];

function sentence(a) {
  return a.rng.chance(0.72) ? a.rng.pick(SENTENCES)(a) : a.rng.pick(FILLERS)(a);
}

function headline(a) {
  const r = a.rng, p = a.cast[0], thing = noThe(a.thing());
  switch (r.int(0, 6)) {
    case 0: return `${p.last} vows action on ${thing} in ${a.city.name}`;
    case 1: return `${cap(noThe(a.country.ref))} braces for ${thing} as ${p.last} pushes ahead`;
    case 2: return `${a.city.name} ${r.pick(a.topic.heads)}: what we know`;
    case 3: return `${p.last} defends ${thing} after ${a.city.name} talks`;
    case 4: return `In ${a.city.name}, ${thing} tests ${p.last}`;
    case 5: return `${cap(noThe(a.org()))} warns on ${thing} in ${noThe(a.country.ref)}`;
    default: return `${cap(thing)} talks ${r.pick(HEAD_VERBS)} in ${a.city.name}`;
  }
}

// Word count as a reader's `split(/\s+/)` would give it, without splitting.
function wordsIn(s) { let n = 1; for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++; return n; }

// Builds the whole text of one article and reports its people to `counts`.
export function composeArticle(rng, world, dct, counts) {
  const a = new Article(rng, world, dct, counts);
  const head = headline(a);
  const lead = a.cast[0];
  const place = a.city.name.toUpperCase();
  const paras = [];
  // Lead paragraph after one of three dateline styles.
  const leadSentence = `${cap(a.ref(lead))} ${a.rng.pick(ACTION_VERBS)} ${a.thing()} ${a.when()} in ${a.city.name}, ${a.rng.pick(['a move that', 'a step that', 'a decision that'])} ${a.rng.pick(['surprised', 'angered', 'reassured', 'puzzled'])} ${a.group()}.`;
  const style = a.rng.int(0, 2);
  if (style === 0) { paras.push(`${place} — ${datelineDate(dct)}`); paras.push(leadSentence); }
  else if (style === 1) paras.push(`${place}, ${noThe(a.city.country.ref)} (${a.rng.pick(AGENCIES)}) — ${leadSentence}`);
  else paras.push(`${place} — ${leadSentence}`);

  const target = 300 + Math.floor(1050 * Math.pow(a.rng.float(), 1.6));
  let words = wordsIn(head);
  for (const p of paras) words += wordsIn(p);
  while (words < target) {
    const k = a.rng.int(1, 4);
    let para = sentence(a);
    for (let i = 1; i < k; i++) para += ' ' + sentence(a);
    paras.push(para);
    words += wordsIn(para);
  }
  return { text: `${head}\n\n${paras.join('\n\n')}\n`, headline: head, words, people: a.introduced };
}
