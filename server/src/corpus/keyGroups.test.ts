import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ObjectColumns } from '../analysis/mentionColumns.js';
import type { Mention } from '../analysis/types.js';
import { KeyGroups } from './keyGroups.js';

const person = (key: string): Mention => ({ start: 0, end: 1, type: 'PERSON', key, text: key });
const place = (key: string): Mention => ({ start: 0, end: 1, type: 'PLACE', key, text: key });
const date = (key: string, timex?: string): Mention => ({ start: 0, end: 1, type: 'DATE', key, text: key, date: { granularity: 'day', relative: !timex, ...(timex && { timex }) } });

/** Each group as its mentions' indices, in the groups' order. */
function groups(mentions: Mention[]): number[][] {
  const g = KeyGroups.of(new ObjectColumns(mentions));
  return Array.from({ length: g.count }, (_, k) => Array.from({ length: g.size(k) }, (_, j) => g.mention(g.start(k) + j)));
}

test('mentions of one key are one group, in text order; types come in the order first mentioned', () => {
  const mentions = [place('oslo'), person('putin'), place('lisbon'), person('putin'), place('oslo'), person('ana')];
  assert.deepEqual(groups(mentions), [[0, 4], [2], [1, 3], [5]]);
});

test('one key under two types is two groups; dates group by value, and a date without one by its words alone', () => {
  const mentions = [person('jordan'), place('jordan'), date('today', '2024-03-05'), date('march 5', '2024-03-05'), date('tuesday'), date('tuesday')];
  assert.deepEqual(groups(mentions), [[0], [1], [2, 3], [4, 5]]);
});

test('no mentions, no groups', () => {
  assert.deepEqual(groups([]), []);
});

test('an article grouped after another is grouped as if alone (the working space is left clean)', () => {
  const big = Array.from({ length: 3000 }, (_, i) => person(`person ${i % 1500}`));
  const small = [place('oslo'), person('putin'), place('oslo')];
  const alone = groups(small);
  groups(big);
  assert.deepEqual(groups(small), alone);
  assert.equal(groups(big).length, 1500);
});

test("each group's fullest mention is its first with the most words", () => {
  const named = (key: string, text: string): Mention => ({ ...person(key), text });
  const mentions = [
    named('thompson', 'Thompson'), place('oslo'), named('thompson', 'Sven Thompson'), named('ana', 'Ana'),
    named('thompson', 'Thompson’s'), named('thompson', 'Sven A. Thompson'), named('thompson', 'Sven  B.\u00a0Thompson'), place('oslo'),
  ];
  const g = KeyGroups.of(new ObjectColumns(mentions));
  const fullest = Array.from({ length: g.count }, (_, k) => g.fullest(g.start(k)));
  // a no-break space parts words too: 6 ties with 5, which comes first
  assert.deepEqual(groups(mentions), [[0, 2, 4, 5, 6], [3], [1, 7]]);
  assert.deepEqual(fullest, [5, 3, 1]);
});
