import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { mentions } from './mentions.js';

const ctx = markedContext(ARTICLES);
const A = 'file:///news/a.txt', B = 'file:///news/b.txt';

test('an entity’s articles, most mentions first, each mention with its line of context', () => {
  const result = mentions(ctx, { id: 'PERSON:ana ribeiro' })!;
  assert.deepEqual(result.entity, { id: 'PERSON:ana ribeiro', type: 'PERSON', name: 'Ana Ribeiro', mentions: 3, articles: 2 });
  assert.deepEqual(result.articles.map(a => [a.label, a.count, a.headline, a.date]), [
    ['a.txt', 2, 'Lisbon hosts the summit', '2024-03-14'],
    ['b.txt', 1, 'Talks move to Nairobi', '2024-03-14'],
  ]);
  const [first, second] = result.articles[0].mentions;
  assert.equal(first.context, 'LISBON — Foreign Minister Ana Ribeiro opened the summit in Lisbon on Tuesday.');
  assert.equal(first.context.slice(...first.highlight), 'Ana Ribeiro');
  assert.deepEqual(first.range, { start: { line: 2, character: 26 }, end: { line: 2, character: 37 } });
  assert.equal(second.context.slice(...second.highlight), 'Ribeiro');
  assert.equal(result.articles[1].mentions[0].text, 'Ribeiro’s');
  assert.equal(result.moreArticles, 0);
});

test('who appears with it: the hover card’s co-mentions, with their own ids to follow', () => {
  const result = mentions(ctx, { id: 'PERSON:ana ribeiro' })!;
  assert.deepEqual(result.together[0], { id: 'PLACE:lisbon', type: 'PLACE', name: 'Lisbon', mentions: 2, articles: 2 });
  assert.deepEqual(new Set(result.together.slice(1).map(e => `${e.id} ${e.mentions}`)), new Set(['PLACE:nairobi 1', 'PERSON:david okafor 1']));
  const lisbon = mentions(ctx, { id: result.together[0].id })!;
  assert.equal(lisbon.entity.name, 'Lisbon');
  assert.ok(lisbon.together.some(e => e.name === 'Ana Ribeiro'));
});

test('one article only, a cap on articles, and nothing for an entity that is gone', () => {
  assert.deepEqual(mentions(ctx, { id: 'PERSON:ana ribeiro', uri: B })!.articles.map(a => a.uri), [B]);
  const capped = mentions(ctx, { id: 'PLACE:lisbon', maxArticles: 1 })!;
  assert.deepEqual([capped.articles.length, capped.moreArticles], [1, 1]);
  assert.equal(mentions(ctx, { id: 'PERSON:nobody' }), null);
});

test('a mention whose article cannot be read back still lists, as written', () => {
  const local = markedContext(ARTICLES);
  local.texts.delete(A);
  const m = mentions(local, { id: 'PERSON:david okafor' })!.articles[0].mentions[0];
  assert.deepEqual([m.context, m.highlight], ['David Okafor', [0, 12]]);
});
