import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityIndex } from './entities.js';
import { seededRandom } from '../testing/random.js';

/** The slot of a test article named by a letter, or `u` and a digit. */
const slot = (name: string) => name.charCodeAt(name.length - 1);

function index(rows: [uri: string, type: 'PERSON' | 'PLACE', key: string, name: string][]): EntityIndex {
  const idx = new EntityIndex();
  for (const [uri, type, key, name] of rows) idx.add(slot(uri), type, key, 0, 1, 1, name);
  return idx;
}

test('a lone surname in another article joins the one full name ending in it', () => {
  const idx = index([['a', 'PERSON', 'vladimir putin', 'Vladimir V. Putin'], ['b', 'PERSON', 'putin', 'Putin']]);
  const e = idx.entityOf('PERSON', 'putin')!;
  assert.equal(e, idx.entityOf('PERSON', 'vladimir putin'));
  assert.equal(e.name, 'Vladimir V. Putin');
  assert.deepEqual([...idx.articlesOf(e)], [[slot('a'), 1], [slot('b'), 1]]);
});

test('spelling variants of one name are one person', () => {
  const idx = index([
    ['a', 'PERSON', 'volodymyr zelensky', 'Volodymyr Zelensky'],
    ['b', 'PERSON', 'volodymyr zelenskyy', 'Volodymyr Zelenskyy'],
    ['c', 'PERSON', 'zelenskyy', 'Zelenskyy'],
  ]);
  assert.equal(idx.all().length, 1);
});

test('places never join by their last word', () => {
  const idx = index([['a', 'PLACE', 'north korea', 'North Korea'], ['b', 'PLACE', 'south korea', 'South Korea'], ['c', 'PLACE', 'korea', 'Korea']]);
  assert.equal(idx.all().length, 3);
});

test('an ambiguous surname stays apart unless one namesake clearly dominates', () => {
  const idx = index([['a', 'PERSON', 'george bush', 'George Bush'], ['b', 'PERSON', 'laura bush', 'Laura Bush'], ['c', 'PERSON', 'bush', 'Bush']]);
  assert.equal(idx.all().length, 3);
  const more = index([
    ['a', 'PERSON', 'george bush', 'George Bush'], ['b', 'PERSON', 'george bush', 'George Bush'], ['d', 'PERSON', 'george bush', 'George Bush'],
    ['e', 'PERSON', 'laura bush', 'Laura Bush'], ['c', 'PERSON', 'bush', 'Bush'],
  ]);
  assert.equal(more.entityOf('PERSON', 'bush'), more.entityOf('PERSON', 'george bush'));
});

test('removing the last article of a key removes the entity', () => {
  const idx = index([['a', 'PLACE', 'lisbon', 'Lisbon']]);
  idx.remove(slot('a'), 'PLACE', 'lisbon', 'Lisbon');
  assert.equal(idx.all().length, 0);
  assert.equal(idx.entityOf('PLACE', 'lisbon'), undefined);
});

test('an article removed and added back with the same keys keeps the joined entities', () => {
  const idx = index([['a', 'PERSON', 'vladimir putin', 'Vladimir Putin'], ['b', 'PERSON', 'putin', 'Putin']]);
  const before = idx.entityOf('PERSON', 'putin');
  idx.remove(slot('b'), 'PERSON', 'putin', 'Putin');
  idx.add(slot('b'), 'PERSON', 'putin', 0, 2, 1, 'Putin');
  assert.equal(idx.entityOf('PERSON', 'putin'), before, 'no new joining when nothing changed');
  idx.remove(slot('b'), 'PERSON', 'putin', 'Putin');
  assert.equal(idx.all().length, 1);
  assert.equal(idx.entityOf('PERSON', 'putin'), undefined);
});

test('a lone surname weighs its namesakes by all the articles of their groups', () => {
  const idx = index([
    ['a', 'PERSON', 'george harrison', 'George Harrison'], ['b', 'PERSON', 'laura harrison', 'Laura Harrison'],
    // "george harrison" alone is as common as "laura harrison"; his spelling variant adds two articles.
    ['c', 'PERSON', 'george harrisson', 'George Harrisson'], ['d', 'PERSON', 'george harrisson', 'George Harrisson'],
    ['e', 'PERSON', 'harrison', 'Harrison'],
  ]);
  assert.equal(idx.entityOf('PERSON', 'harrison'), idx.entityOf('PERSON', 'george harrison'));
  assert.notEqual(idx.entityOf('PERSON', 'harrison'), idx.entityOf('PERSON', 'laura harrison'));
});

test('a joining caused by other keys keeps the objects of entities that did not change', () => {
  const idx = index([['a', 'PERSON', 'vladimir putin', 'Vladimir Putin'], ['b', 'PERSON', 'putin', 'Putin'], ['a', 'PLACE', 'lisbon', 'Lisbon']]);
  const putin = idx.entityOf('PERSON', 'putin'), lisbon = idx.entityOf('PLACE', 'lisbon');
  idx.add(slot('c'), 'PERSON', 'ana ribeiro', 0, 1, 2, 'Ana Ribeiro');
  assert.equal(idx.all().length, 3);
  assert.equal(idx.entityOf('PERSON', 'putin'), putin);
  assert.equal(idx.entityOf('PLACE', 'lisbon'), lisbon);
  idx.add(slot('c'), 'PERSON', 'vladimir putinn', 0, 1, 2, 'Vladimir Putinn');
  assert.notEqual(idx.entityOf('PERSON', 'putin'), putin, 'a new member makes a new entity');
  assert.deepEqual(idx.entityOf('PERSON', 'putin')!.keys.length, 3);
});

test('keys that come and go one edit at a time join exactly as a whole joining would', () => {
  const names = ['ana ribeiro', 'ribeiro', 'ana ribeirro', 'rui ribeiro', 'elena brandt', 'brandt', 'elena bra', 'bra',
    'vladimir putin', 'putin', 'olga costa', 'costa', 'helena costa', 'costas'];
  const places = ['lisbon', 'porto', 'oslo'];
  const random = seededRandom(7);
  const idx = new EntityIndex();
  const state = new Map<string, Set<string>>(); // corpus key → articles, in the order keys came
  for (let step = 0; step < 400; step++) {
    const person = random(4) > 0;
    const key = person ? names[random(names.length)] : places[random(places.length)];
    const type = person ? 'PERSON' : 'PLACE', ck = `${type}:${key}`, uri = `u${random(3)}`;
    const uris = state.get(ck);
    if (uris?.has(uri)) {
      idx.remove(slot(uri), type, key, key);
      uris.delete(uri);
      if (!uris.size) state.delete(ck);
    } else {
      idx.add(slot(uri), type, key, 0, 1, 1, key);
      if (uris) uris.add(uri);
      else state.set(ck, new Set([uri]));
    }
    const whole = new EntityIndex();
    for (const [k, us] of state) for (const u of us) whole.add(slot(u), k.startsWith('PERSON') ? 'PERSON' : 'PLACE', k.slice(k.indexOf(':') + 1), 0, 1, 1, k);
    const partition = (i: EntityIndex) => i.all().map(e => [...e.keys].sort().join('|')).sort();
    assert.deepEqual(partition(idx), partition(whole), `step ${step}`);
  }
});
