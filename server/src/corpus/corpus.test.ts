import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../analysis/analyze.js';
import { packAnalysis, unpackAnalysis } from '../analysis/packed.js';
import { markedArticle } from '../testing/markedArticle.js';
import { ObjectColumns } from '../analysis/mentionColumns.js';
import { CorrectionRules } from './corrections.js';
import { Corpus } from './corpus.js';
import { definingMention } from './facts.js';
import { MentionRanges } from './mentionRanges.js';
import { LineIndex } from './lineIndex.js';

const article = (name: string) => `Harbour talks\n\nPrime Minister ${name} opened the harbour in Lisbon on Monday. ${name.split(' ')[1]} spoke.\n`;

test('names typed and deleted leave nothing behind: the string table follows the articles', () => {
  const corpus = new Corpus();
  corpus.update('file:///a.txt', article('Helena Costa'));
  corpus.update('file:///b.txt', article('Helena Costa'));
  const settled = corpus.stringCount;
  // typing a new name a keystroke at a time writes a new half-name each time
  const typed = 'Kwame Mensahville';
  for (let i = 7; i <= typed.length; i++) corpus.update('file:///a.txt', article(typed.slice(0, i)));
  corpus.update('file:///a.txt', article('Helena Costa'));
  assert.equal(corpus.stringCount, settled);
  corpus.delete('file:///a.txt');
  corpus.delete('file:///b.txt');
  assert.equal(corpus.stringCount, 0);
});

test('a string shared by two articles stays while either holds it', () => {
  const both = new Corpus();
  both.update('file:///a.txt', article('Helena Costa'));
  both.update('file:///b.txt', article('Helena Costa'));
  both.delete('file:///a.txt');
  const alone = new Corpus();
  alone.update('file:///b.txt', article('Helena Costa'));
  assert.equal(both.stringCount, alone.stringCount);
  both.delete('file:///b.txt');
  assert.equal(both.stringCount, 0);
});

test("an entity's mentions, found through the index, are those a reading of every article finds", () => {
  const corpus = new Corpus();
  const names = ['Helena Costa', 'Kwame Mensah', 'Ana Ribeiro'];
  const text = (i: number) => article(names[i % 3]) + (i % 2 ? `Costa met ${names[(i + 1) % 3]} in Porto.\n` : '');
  for (let i = 0; i < 12; i++) corpus.update(`file:///${i % 5}.txt`, text(i));
  corpus.delete('file:///3.txt');
  const scanned = (entity: object) => [...corpus.all()].flatMap(a => a.analysis.mentions
    .map((m, index) => ({ uri: a.uri, index, entity: corpus.entityOf(a, m) }))
    .filter(r => r.entity === entity).map(r => `${r.uri}#${r.index}`)).sort();
  for (const entity of corpus.entities.all()) {
    const listed = [...corpus.mentionsOf(entity)].map(r => `${r.article.uri}#${r.index}`);
    const indexed = [...listed].sort();
    assert.deepEqual(indexed, scanned(entity), entity.id);
    const sites: string[] = [];
    corpus.forEachSite(entity, (article, first, count) => { for (let k = 0; k < count; k++) sites.push(`${article.uri}#${article.groups.mention(first + k)}`); });
    assert.deepEqual(sites, listed, 'sites in the order of mentionsOf');
    for (const a of corpus.all()) {
      const inArticle = corpus.mentionsIn(a, entity).map(r => r.index);
      assert.deepEqual(inArticle, [...inArticle].sort((x, y) => x - y), 'in text order');
      assert.deepEqual(inArticle.map(i => `${a.uri}#${i}`), indexed.filter(r => r.startsWith(`${a.uri}#`)).sort((x, y) => +x.split('#')[1] - +y.split('#')[1]));
    }
  }
  assert.ok(corpus.entities.all().some(e => [...corpus.mentionsOf(e)].length > 3), 'some entity spans articles');
});

test('the mentions in articles put since a revision are the same whether the log of recent puts reaches back or not', () => {
  const corpus = new Corpus();
  const put = (uri: string, marked: string) => {
    const { text, analysis } = markedArticle(marked);
    return corpus.put(uri, analysis, LineIndex.of(text)).revision;
  };
  const both = 'T\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} met {{PLACE:porto|Porto}}. {{PERSON:ana ribeiro|Ribeiro}} left.';
  const marks: number[] = [];
  // More puts than the log keeps (a few thousand), so the oldest revisions fall out of it.
  for (let i = 0; i < 9000; i++) {
    const rev = put(`file:///${i % 6000}.txt`, i % 3 ? both : 'T\n\n{{PLACE:porto|Porto}} again.');
    if (i % 1500 === 0 || i > 8990) marks.push(rev);
    if (i % 997 === 0) corpus.delete(`file:///${(i + 5) % 6000}.txt`);
  }
  for (const e of corpus.entities.all()) {
    for (const since of marks) {
      const expected = [...corpus.all()].filter(a => a.revision > since)
        .flatMap(a => corpus.mentionsIn(a, e).map(r => `${a.uri}#${r.index}`)).sort();
      const got = [...corpus.mentionsOf(e, since)].map(r => `${r.article.uri}#${r.index}`).sort();
      assert.deepEqual(got, expected, `${e.id} since ${since}`);
    }
  }
});

test('an article put packed is indexed from its columns, makes no mention objects, and answers as one put as objects', () => {
  const text = (i: number) => article(['Helena Costa', 'Kwame Mensah'][i % 2]) + `Costa met Ana Ribeiro in Porto on March ${i + 1}, 2024.\n`;
  const packed = new Corpus(), objects = new Corpus();
  let reads = 0;
  for (let i = 0; i < 6; i++) {
    const uri = `file:///${i}.txt`, lines = LineIndex.of(text(i));
    const analysis = unpackAnalysis(packAnalysis(analyzeArticle(text(i))))!;
    const read = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(analysis), 'mentions')!.get!;
    Object.defineProperty(analysis, 'mentions', { get() { reads++; return read.call(this); } });
    packed.put(uri, analysis, lines);
    objects.put(uri, analyzeArticle(text(i)), lines);
  }
  assert.equal(reads, 0, 'putting read no mention objects');
  for (const e of packed.entities.all()) {
    const refs = [...packed.mentionsOf(e)];
    assert.ok(refs.length > 0 && refs.every(r => r.article.columns.text(r.index).length > 0));
    const defining = definingMention(packed, e)!;
    assert.equal(reads, 0, `finding ${e.name}'s mentions and defining mention made no mention objects`);
    const same = objects.entities.all().find(o => o.id === e.id)!;
    assert.deepEqual(defining.mention, definingMention(objects, same)!.mention);
    reads = 0;
  }
  const answers = (corpus: Corpus) => corpus.entities.all().map(e => ({
    name: e.name, keys: e.keys,
    sites: [...corpus.mentionsOf(e)].map(r => `${r.article.uri}#${r.index} ${r.mention.text} ${JSON.stringify(r.article.mentionRanges.range(r.index))}`),
  })).sort((a, b) => (a.name < b.name ? -1 : 1));
  assert.deepEqual(answers(packed), answers(objects));
  assert.ok(reads > 0);
  assert.equal(packed.stringCount, 0, 'a packed analysis keeps its strings as parsed, outside the table');
  assert.ok(objects.stringCount > 0);
});

test('ranges worked out by an indexing thread serve only the analysis they were worked out for', () => {
  const text = article('Helena Costa'), lines = LineIndex.of(text);
  const analysis = analyzeArticle(text);
  const own = MentionRanges.of(new ObjectColumns(analysis.mentions), lines);
  const given = MentionRanges.fromNumbers(own.numbers.slice());
  const corpus = new Corpus();
  assert.equal(corpus.put('file:///a.txt', analysis, lines, given).mentionRanges, given);
  const short = MentionRanges.fromNumbers(own.numbers.slice(4));
  assert.deepEqual(corpus.put('file:///a.txt', analysis, lines, short).mentionRanges.numbers, own.numbers, 'a count that does not match is worked out again');
  corpus.setCorrections(new CorrectionRules({ merge: [], notEntity: [{ text: 'Lisbon' }], retype: [] }));
  const corrected = corpus.put('file:///a.txt', analysis, lines, given);
  assert.notEqual(corrected.mentionRanges, given, 'a correction changed the mentions');
  assert.equal(corrected.mentionRanges.count, corrected.analysis.mentions.length);
  assert.ok(corrected.analysis.mentions.length < analysis.mentions.length);
});
