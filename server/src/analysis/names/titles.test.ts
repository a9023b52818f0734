import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareArticle } from './features.js';
import { splitTitles } from './titles.js';

/** splitTitles on one PERSON span over the whole of `text` (words only, no punctuation). */
function split(text: string): { name: string; title?: string } | undefined {
  const article = prepareArticle(text);
  const [s] = splitTitles(article, [{ type: 'PERSON', a: 0, b: article.tokens.length }]);
  if (!s) return undefined;
  const name = text.slice(article.tokens[s.a].start, article.tokens[s.b - 1].end);
  return s.title ? { name, title: s.title } : { name };
}

test('leading titles are left out of the name and kept as its title', () => {
  assert.deepEqual(split('President Joe Biden'), { name: 'Joe Biden', title: 'President' });
});

test("a company's job before a name ends the title", () => {
  assert.deepEqual(split('Apple CEO Steve Jobs'), { name: 'Steve Jobs', title: 'Apple CEO' });
  assert.deepEqual(split('Airbus Chief Executive Noel Forgeard'), { name: 'Noel Forgeard', title: 'Airbus Chief Executive' });
});

test("a company's job alone is a role, not a person", () => {
  assert.equal(split('Ryanair CEO'), undefined);
  assert.equal(split('Chief Operating Officer'), undefined);
});

test('an honorific at the end of a name stays in it', () => {
  assert.deepEqual(split('Martin Luther King'), { name: 'Martin Luther King' });
});

test("a country's title before a name ends the title too", () => {
  assert.deepEqual(split('Kenyan President William Ruto'), { name: 'William Ruto', title: 'Kenyan President' });
  assert.deepEqual(split('Martin Luther King Jr.'), { name: 'Martin Luther King Jr.' });
});

test('a day of the week opens no name', () => {
  assert.deepEqual(split('Wednesday Prime Minister Helena Costa'), { name: 'Helena Costa', title: 'Prime Minister' });
});

test('title words just before the span belong to the title', () => {
  const article = prepareArticle('Foreign Minister Ana Ribeiro spoke.');
  const [s] = splitTitles(article, [{ type: 'PERSON', a: 1, b: 4 }]); // the tagger began at "Minister"
  assert.equal(s.title, 'Foreign Minister');
  assert.equal(article.text.slice(article.tokens[s.a].start, article.tokens[s.b - 1].end), 'Ana Ribeiro');
});
