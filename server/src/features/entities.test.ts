import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { entities } from './entities.js';

const ctx = markedContext(ARTICLES);
const A = 'file:///news/a.txt';
const summary = (r: ReturnType<typeof entities>) =>
  Object.fromEntries(r.groups.map(g => [g.type, g.entities.map(e => `${e.name} ${e.mentions}/${e.articles}`)]));

test('the corpus: people, places and dates, most mentioned first', () => {
  assert.deepEqual(summary(entities(ctx)), {
    PERSON: ['Ana Ribeiro 3/2', 'David Okafor 1/1'],
    PLACE: ['Lisbon 2/2', 'Nairobi 1/1'],
    DATE: ['Tuesday 12 March 2024 2/2', 'Tuesday 1/1'],
  });
  const ana = entities(ctx).groups[0].entities[0];
  assert.deepEqual(ana, { id: 'PERSON:ana ribeiro', type: 'PERSON', name: 'Ana Ribeiro', mentions: 3, articles: 2 });
});

test('one article: its entities counted there', () => {
  assert.deepEqual(summary(entities(ctx, { uri: A })), {
    PERSON: ['Ana Ribeiro 2/1', 'David Okafor 1/1'],
    PLACE: ['Lisbon 1/1'],
    DATE: ['Tuesday 12 March 2024 1/1'],
  });
  assert.deepEqual(summary(entities(ctx, { uri: 'file:///news/none.txt' })), { PERSON: [], PLACE: [], DATE: [] });
});

test('a filter matches names and the shorter names articles use; a type and a limit narrow it', () => {
  assert.deepEqual(summary(entities(ctx, { filter: 'RIB' })), { PERSON: ['Ana Ribeiro 3/2'], PLACE: [], DATE: [] });
  assert.deepEqual(summary(entities(ctx, { filter: 'march' })).DATE, ['Tuesday 12 March 2024 2/2']);
  const places = entities(ctx, { type: 'PLACE', limit: 1 });
  assert.deepEqual(places.groups.map(g => [g.type, g.total, g.entities.length]), [['PLACE', 2, 1]]);
});

test('answers follow the corpus as it changes', () => {
  const local = markedContext(ARTICLES);
  assert.equal(entities(local).groups[0].entities[1].name, 'David Okafor');
  local.corpus.delete(A);
  assert.deepEqual(summary(entities(local)).PERSON, ['Ribeiro 1/1'], 'only b.txt’s “Ribeiro’s” is left');
});
