import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeySites } from './keySites.js';

const uri = (i: number) => `file:///news/${i}.txt`;

test('a few sites keep the order they came in, through removals', () => {
  const sites = new KeySites();
  for (let i = 0; i < 5; i++) sites.push(uri(i), i);
  assert.equal(sites.delete(uri(1)), true);
  assert.equal(sites.delete(uri(1)), false);
  sites.push(uri(1), [7, 9]);
  assert.deepEqual(sites.uris, [uri(0), uri(2), uri(3), uri(4), uri(1)]);
  assert.deepEqual(sites.at(uri(1)), [7, 9]);
  assert.equal(sites.at(uri(3)), 3);
  assert.equal(sites.at(uri(42)), undefined);
});

test('many sites changed far from the end stay exactly the set a map would hold', () => {
  // A seeded mix of additions, removals and lookups against a Map as the model: the sites switch
  // to their own lookup map on the first lookup far from the end, and must agree before and after.
  const sites = new KeySites(), model = new Map<string, number>();
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 500; i++) { sites.push(uri(i), i); model.set(uri(i), i); }
  for (let step = 0; step < 5000; step++) {
    const u = uri(rand(700)), op = rand(3);
    if (op === 0 && !model.has(u)) { sites.push(u, step); model.set(u, step); }
    else if (op === 1) assert.equal(sites.delete(u), model.delete(u), `delete ${u}`);
    else assert.equal(sites.at(u), model.get(u), `at ${u}`);
  }
  assert.equal(sites.size, model.size);
  assert.deepEqual(new Map(sites.uris.map((u, k) => [u, sites.ats[k]])), model);
});
