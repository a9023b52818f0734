import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../testing/random.js';
import { KeySites } from './keySites.js';

/** The sites as [slot, first, count] rows, in their order. */
const rows = (sites: KeySites) => Array.from({ length: sites.size }, (_, k) => [sites.slot(k), sites.first(k), sites.count(k)]);
/** The sites as [slot, first, count, fullness] rows. */
const fullRows = (sites: KeySites) => Array.from({ length: sites.size }, (_, k) => [sites.slot(k), sites.first(k), sites.count(k), sites.fullness(k)]);

test('a few sites keep the order they came in, through removals', () => {
  const sites = new KeySites();
  for (let slot = 0; slot < 5; slot++) sites.push(slot, slot, 1, 1);
  assert.equal(sites.delete(1), true);
  assert.equal(sites.delete(1), false);
  sites.push(1, 7, 2, 1);
  assert.deepEqual(rows(sites), [[0, 0, 1], [2, 2, 1], [3, 3, 1], [4, 4, 1], [1, 7, 2]]);
  assert.equal(sites.indexOf(3), 2);
  assert.equal(sites.indexOf(42), -1);
});

test('many sites changed far from the end stay exactly the set a map would hold', () => {
  // A seeded mix of additions, removals and lookups against a Map as the model: the sites switch
  // to their own lookup map on the first lookup far from the end, and must agree before and after.
  const sites = new KeySites(), model = new Map<number, [number, number, number]>();
  const random = seededRandom(7);
  for (let slot = 0; slot < 500; slot++) { sites.push(slot, slot, 1 + (slot % 3), slot % 4); model.set(slot, [slot, 1 + (slot % 3), slot % 4]); }
  for (let step = 0; step < 5000; step++) {
    const slot = random(700), op = random(3);
    if (op === 0 && !model.has(slot)) { sites.push(slot, step, 1, step % 5); model.set(slot, [step, 1, step % 5]); }
    else if (op === 1) assert.equal(sites.delete(slot), model.delete(slot), `delete ${slot}`);
    else {
      const k = sites.indexOf(slot);
      assert.deepEqual(k < 0 ? undefined : [sites.first(k), sites.count(k), sites.fullness(k)], model.get(slot), `at ${slot}`);
    }
  }
  assert.equal(sites.size, model.size);
  assert.deepEqual(new Map(fullRows(sites).map(([slot, first, count, fullness]) => [slot, [first, count, fullness]])), model);
});
