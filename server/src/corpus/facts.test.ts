import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedArticle } from '../testing/markedArticle.js';
import { Corpus } from './corpus.js';
import { definingMention } from './facts.js';
import { LineIndex } from './lineIndex.js';

function put(corpus: Corpus, uri: string, marked: string, date: string): void {
  const { text, analysis } = markedArticle(marked, date);
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
