import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../testing/random.js';
import { NameTally } from './nameTally.js';

test('one name counted in and out', () => {
  const tally = new NameTally();
  tally.add('Sven Thompson');
  tally.add('Sven Thompson');
  tally.remove('Sven Thompson');
  assert.deepEqual([...tally.entries()], [['Sven Thompson', 1]]);
  tally.remove('Sven Thompson');
  tally.remove('Sven Thompson'); // one more than was added: nothing to take
  assert.deepEqual([...tally.entries()], []);
});

test('when the first name goes, the next oldest comes first, as in a map', () => {
  const tally = new NameTally();
  for (const name of ['Zelensky', 'Zelenskyy', 'Mr. Zelensky']) tally.add(name);
  tally.remove('Zelensky');
  tally.add('Zelensky');
  assert.deepEqual([...tally.entries()], [['Zelenskyy', 1], ['Mr. Zelensky', 1], ['Zelensky', 1]]);
});

test('a seeded mix of additions and removals counts exactly as a map does, in its order', () => {
  const names = ['Putin', 'Vladimir Putin', 'Vladimir V. Putin', 'Mr. Putin'];
  const random = seededRandom(7);
  const tally = new NameTally(), model = new Map<string, number>();
  for (let step = 0; step < 5000; step++) {
    const name = names[random(names.length)];
    if (random(3)) {
      tally.add(name);
      model.set(name, (model.get(name) ?? 0) + 1);
    } else {
      tally.remove(name);
      const n = model.get(name);
      if (n === 1) model.delete(name);
      else if (n) model.set(name, n - 1);
    }
    assert.deepEqual([...tally.entries()], [...model], `step ${step}`);
  }
});
