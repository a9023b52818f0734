import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDay, monthTimex, parseDay, quarterTimex, seasonTimex, weekTimex } from './timex.js';

test('ISO weeks belong to the year of their Thursday', () => {
  assert.equal(weekTimex(makeDay(2022, 3, 8)), '2022-W10');
  assert.equal(weekTimex(makeDay(2021, 1, 3)), '2020-W53');
  assert.equal(weekTimex(makeDay(2024, 12, 30)), '2025-W01');
});

test('months and quarters roll over year ends', () => {
  assert.equal(monthTimex(2022, 0), '2021-12');
  assert.equal(monthTimex(2022, 13), '2023-01');
  assert.equal(quarterTimex(2022, 0), '2021-Q4');
  assert.equal(quarterTimex(2022, 5), '2023-Q1');
});

test('seasons: the last fall, this summer, next spring', () => {
  const march = makeDay(2022, 3, 8);
  assert.equal(seasonTimex(march, 'FA', -1), '2021-FA');
  assert.equal(seasonTimex(march, 'SU', 0), '2022-SU');
  assert.equal(seasonTimex(makeDay(2022, 10, 1), 'SU', -1), '2022-SU');
  assert.equal(seasonTimex(makeDay(2022, 10, 1), 'SP', 1), '2023-SP');
});

test('parseDay accepts dates and timestamps, rejects impossible days', () => {
  assert.equal(parseDay('2022-03-08T14:00:00Z')?.toISOString().slice(0, 10), '2022-03-08');
  assert.equal(parseDay('2022-02-30'), undefined);
  assert.equal(parseDay('March 8'), undefined);
});
