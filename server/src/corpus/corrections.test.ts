import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedArticle } from '../testing/markedArticle.js';
import { Corpus } from './corpus.js';
import { CorrectionRules, type Corrections } from './corrections.js';
import { LineIndex } from './lineIndex.js';

const ARTICLES: Record<string, string> = {
  'file:///a.txt': 'Fair opens\n\n{{PERSON:james kariuki|James Kariuki}} read in {{PLACE:angers|Angers}}. {{PERSON:james kariuki|Kariuki}} smiled.',
  'file:///b.txt': 'Reading\n\n{{PERSON:jim kariuki|Jim Kariuki}} visited {{PLACE:jordan|Jordan}} in {{DATE:2024-05|May}}.',
  'file:///c.txt': 'Game\n\n{{PERSON:michael jordan|Michael Jordan}} scored. {{PERSON:michael jordan|Jordan}} left {{PLACE:angers|Angers’}} arena.',
};

function corpusWith(corrections: Partial<Corrections>): Corpus {
  const corpus = new Corpus();
  corpus.setCorrections(rules(corrections));
  for (const [uri, marked] of Object.entries(ARTICLES)) {
    const { text, analysis } = markedArticle(marked);
    corpus.put(uri, analysis, LineIndex.of(text));
  }
  return corpus;
}

const rules = (c: Partial<Corrections>) => new CorrectionRules({ merge: [], notEntity: [], retype: [], ...c });
const names = (corpus: Corpus, uri: string) => corpus.get(uri)!.analysis.mentions.map(m => `${m.type}:${m.text}`);
const entity = (corpus: Corpus, uri: string, text: string) => {
  const article = corpus.get(uri)!;
  const m = article.analysis.mentions.find(x => x.text === text)!;
  return corpus.entityOf(article, m)!;
};

test('no rule, no change: the analysis is the machine’s own object', () => {
  const corpus = corpusWith({ notEntity: [{ text: 'Nowhere' }] });
  const a = corpus.get('file:///a.txt')!;
  assert.equal(a.analysis, a.original);
});

test('notEntity drops every mention written that way, of that type only, in every article', () => {
  const corpus = corpusWith({ notEntity: [{ text: 'angers', type: 'PLACE' }, { text: 'May', type: 'PERSON' }] });
  assert.deepEqual(names(corpus, 'file:///a.txt'), ['PERSON:James Kariuki', 'PERSON:Kariuki']);
  assert.ok(!names(corpus, 'file:///c.txt').some(n => n.startsWith('PLACE:')), 'a possessive “Angers’” is Angers too');
  assert.ok(names(corpus, 'file:///b.txt').includes('DATE:May'), 'a rule for another type leaves the date alone');
  assert.equal(corpus.entities.all().some(e => e.id === 'PLACE:angers'), false);
});

test('a rule names an article’s person by the name the article gives it', () => {
  const corpus = corpusWith({ notEntity: [{ text: 'Jordan' }] });
  assert.deepEqual(names(corpus, 'file:///b.txt'), ['PERSON:Jim Kariuki', 'DATE:May'], 'the place Jordan is gone');
  assert.ok(names(corpus, 'file:///c.txt').includes('PERSON:Jordan'), 'Michael Jordan’s “Jordan” stays');
});

test('retype gives a new type under the key that type uses, so the corpus joins it like any other', () => {
  const corpus = corpusWith({ retype: [{ text: 'Jordan', from: 'PLACE', to: 'PERSON' }, { text: 'may', to: 'PERSON' }] });
  const jordan = entity(corpus, 'file:///b.txt', 'Jordan');
  assert.equal(jordan.type, 'PERSON');
  // a surname alone joins the one full name that ends in it
  assert.equal(jordan, entity(corpus, 'file:///c.txt', 'Michael Jordan'));
  const may = corpus.get('file:///b.txt')!.analysis.mentions.find(m => m.text === 'May')!;
  assert.equal(may.type, 'PERSON');
  assert.equal(may.date, undefined);
});

test('merge joins an alias to the entity it names, across articles', () => {
  const corpus = corpusWith({ merge: [{ alias: 'Jim Kariuki', into: 'James Kariuki' }] });
  const jim = entity(corpus, 'file:///b.txt', 'Jim Kariuki');
  assert.equal(jim, entity(corpus, 'file:///a.txt', 'James Kariuki'));
  assert.equal(jim.name, 'James Kariuki');
  assert.deepEqual([...corpus.articlesOf(jim).keys()].sort(), ['file:///a.txt', 'file:///b.txt']);
});

test('merges follow chains and survive cycles', () => {
  const chained = rules({ merge: [{ alias: 'Jim K', into: 'Jim Kariuki' }, { alias: 'Jim Kariuki', into: 'James Kariuki' }] });
  const corpus = corpusWith(chained.source);
  assert.equal(entity(corpus, 'file:///b.txt', 'Jim Kariuki').name, 'James Kariuki');
  const loop = corpusWith({ merge: [{ alias: 'Jim Kariuki', into: 'James Kariuki' }, { alias: 'James Kariuki', into: 'Jim Kariuki' }] });
  assert.ok(entity(loop, 'file:///b.txt', 'Jim Kariuki'), 'a cycle ends');
});

test('changing the corrections re-reads every article; removing them restores the machine’s reading', () => {
  const corpus = corpusWith({});
  const before = corpus.revision;
  corpus.setCorrections(rules({ notEntity: [{ text: 'Angers', type: 'PLACE' }] }));
  assert.ok(corpus.revision > before);
  assert.equal(names(corpus, 'file:///a.txt').length, 2);
  corpus.setCorrections(CorrectionRules.NONE);
  assert.deepEqual(names(corpus, 'file:///a.txt'), ['PERSON:James Kariuki', 'PLACE:Angers', 'PERSON:Kariuki']);
  assert.equal(corpus.get('file:///a.txt')!.analysis, corpus.get('file:///a.txt')!.original);
});
