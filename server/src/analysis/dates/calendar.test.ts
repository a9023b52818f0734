import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendarParts } from './calendar.js';

test('calendarParts reads the components a span states, and nothing it implies', () => {
  assert.deepEqual(calendarParts('Nov. 10, 1989'), { year: 1989, month: 11, day: 10 });
  assert.deepEqual(calendarParts('March 12'), { month: 3, day: 12 });
  assert.equal(calendarParts('no date here'), undefined);
});

test('a span read again gives the same parts, whatever the first caller did with its copy', () => {
  const first = calendarParts('April 4, 2024')!;
  first.year = 1999;
  delete first.day;
  assert.deepEqual(calendarParts('April 4, 2024'), { year: 2024, month: 4, day: 4 });
});
