import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from './lineIndex.js';
import { markedArticle } from '../testing/markedArticle.js';
import { Corpus } from './corpus.js';
import { EntityMemo } from './memo.js';

function put(corpus: Corpus, uri: string, marked: string): void {
  const { text, analysis } = markedArticle(marked);
  corpus.put(uri, analysis, LineIndex.of(text));
}

function setup() {
  const corpus = new Corpus();
  put(corpus, 'a', 'Talks\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} went to {{PLACE:lisbon|Lisbon}}.');
  put(corpus, 'b', 'Storm\n\nRain hit {{PLACE:porto|Porto}}.');
  let computed = 0;
  const memo = new EntityMemo((c, e) => { computed++; return c.entities.mentionCount(e); });
  const ana = () => corpus.entities.entityOf('PERSON', 'ana ribeiro')!;
  return { corpus, memo, ana, computed: () => computed };
}

test('an answer about an entity is kept while no article mentioning it changes', () => {
  const { corpus, memo, ana, computed } = setup();
  assert.equal(memo.get(corpus, ana()), 1);
  put(corpus, 'b', 'Storm\n\nRain hit {{PLACE:porto|Porto}} again.');
  assert.equal(memo.get(corpus, ana()), 1);
  assert.equal(computed(), 1, 'an edit of an article that does not mention her');
});

test('an answer is recomputed when an article mentioning the entity comes, changes or goes', () => {
  const { corpus, memo, ana } = setup();
  memo.get(corpus, ana());
  put(corpus, 'b', 'Storm\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} saw rain hit {{PLACE:porto|Porto}}.');
  assert.equal(memo.get(corpus, ana()), 2);
  put(corpus, 'a', 'Talks\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} and {{PERSON:ana ribeiro|Ribeiro}} went to {{PLACE:lisbon|Lisbon}}.');
  assert.equal(memo.get(corpus, ana()), 3);
  corpus.delete('b');
  assert.equal(memo.get(corpus, ana()), 2);
});

test('while a scan fills the corpus, an answer may lag briefly; afterwards it is exact', () => {
  const { corpus, memo, ana } = setup();
  corpus.entities.bulk = true;
  memo.get(corpus, ana());
  put(corpus, 'c', 'More\n\n{{PERSON:ana ribeiro|Ana Ribeiro}} spoke.');
  assert.equal(memo.get(corpus, ana()), 1, 'lags during the scan');
  corpus.entities.bulk = false;
  assert.equal(memo.get(corpus, ana()), 2);
});
