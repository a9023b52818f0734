import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedArticle } from '../testing/markedArticle.js';
import { Corpus } from './corpus.js';
import { definingMention, entityFacts } from './facts.js';
import { LineIndex } from './lineIndex.js';
import { seededRandom } from '../testing/random.js';

/** Puts a marked article dated `date`, or undated when it is empty. */
function put(corpus: Corpus, uri: string, marked: string, date: string): void {
  const { text, analysis } = markedArticle(marked, date || undefined);
  if (!date) analysis.anchor = { source: 'none' };
  corpus.put(uri, analysis, LineIndex.of(text));
}

const def = (corpus: Corpus) => {
  const ref = definingMention(corpus, corpus.entities.entityOf('PERSON', 'ana ribeiro')!);
  return ref && `${ref.article.uri} ${ref.mention.text}`;
};

test('the defining mention follows articles that come, change and go', () => {
  const corpus = new Corpus();
  put(corpus, 'b', 'B\n\n{{PERSON:ana ribeiro|Ribeiro}} spoke. {{PERSON:ana ribeiro|Ana Ribeiro}} left.', '2024-03-10');
  put(corpus, 'c', 'C\n\n{{PERSON:ana ribeiro|Ribeiro}} again.', '2024-03-01');
  assert.equal(def(corpus), 'b Ana Ribeiro', 'written in full beats earlier');
  put(corpus, 'a', 'A\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} arrived.', '2024-03-05');
  assert.equal(def(corpus), 'a Ana Ribeiro', 'a new, earlier article in full');
  put(corpus, 'c', 'C\n\n{{PERSON:ana ribeiro|Ana Maria Ribeiro}} again.', '2024-03-01');
  assert.equal(def(corpus), 'c Ana Maria Ribeiro', 'an edit that writes more of the name');
  put(corpus, 'c', 'C\n\n{{PERSON:ana ribeiro|Ribeiro}} again.', '2024-03-01');
  assert.equal(def(corpus), 'a Ana Ribeiro', 'the defining article edited: looked for again');
  corpus.delete('a');
  assert.equal(def(corpus), 'b Ana Ribeiro', 'the defining article deleted');
});

test('the defining mention, kept up to date edit by edit, is the one a reading of the whole corpus finds', () => {
  const random = seededRandom(7);
  const forms = ['Ribeiro', 'Ana Ribeiro', 'Ana Maria Ribeiro'];
  const corpus = new Corpus();
  for (let step = 0; step < 400; step++) {
    // a dozen articles, so that a full reading passes over some the runner-up already beats
    const uri = `u${random(12)}`;
    if (random(5) === 0) corpus.delete(uri);
    else {
      const said = Array.from({ length: 1 + random(3) }, () => `{{PERSON:ana ribeiro|${forms[random(3)]}}} spoke.`).join(' ');
      put(corpus, uri, `T\n\n${said}`, random(5) ? `2024-03-0${1 + random(4)}` : '');
    }
    if (random(2)) continue; // let changes pile up between questions, as between hovers
    const all = [...corpus.all()].flatMap(article => article.analysis.mentions.map((mention, index) => ({ article, mention, index })));
    const words = (t: string) => t.split(' ').length;
    const day = (a: { article: { analysis: { anchor: { value?: string } } } }) => a.article.analysis.anchor.value ?? '9999-99-99';
    all.sort((a, b) => words(b.mention.text) - words(a.mention.text)
      || (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0)
      || (a.article.uri < b.article.uri ? -1 : a.article.uri > b.article.uri ? 1 : a.index - b.index));
    const expected = all[0] && `${all[0].article.uri}#${all[0].index}`;
    const entity = corpus.entities.entityOf('PERSON', 'ana ribeiro');
    const ref = entity && definingMention(corpus, entity);
    assert.equal(ref && `${ref.article.uri}#${ref.index}`, expected, `step ${step}`);
  }
});

test("an entity's counts, patched edit by edit, are those a count of every article finds", () => {
  const random = seededRandom(11);
  const corpus = new Corpus();
  put(corpus, 'u0', 'T\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} spoke.', '2024-03-01');
  for (let step = 0; step < 300; step++) {
    const uri = `u${random(8)}`;
    if (random(6) === 0) corpus.delete(uri);
    else {
      const said = Array.from({ length: random(4) }, () => random(2) ? '{{PERSON:ana ribeiro|Ana Ribeiro}} spoke.' : '{{PERSON:ribeiro|Ribeiro}} said.');
      put(corpus, uri, `T\n\n${said.join(' ')} {{PLACE:porto|Porto}}.`, '2024-03-02');
    }
    const entity = corpus.entities.entityOf('PERSON', 'ana ribeiro') ?? corpus.entities.entityOf('PERSON', 'ribeiro');
    if (!entity || random(3) === 0) continue;
    const expected = new Map<string, number>();
    for (const a of corpus.all()) {
      const n = corpus.mentionsIn(a, entity).length;
      if (n) expected.set(a.uri, n);
    }
    const facts = entityFacts(corpus, entity);
    assert.deepEqual(new Map([...facts.counts].sort()), new Map([...expected].sort()), `step ${step}`);
    assert.equal(facts.total, [...expected.values()].reduce((x, y) => x + y, 0));
    assert.equal(facts.articleCount, expected.size);
  }
});
