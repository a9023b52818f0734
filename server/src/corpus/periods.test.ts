import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay, periodOf } from './periods.js';

const span = (timex: string) => {
  const p = periodOf(timex)!;
  return [p.kind, isoDay(p.first), isoDay(p.last)];
};

test('days, times, weeks and weekends are the days they cover', () => {
  assert.deepEqual(span('2024-03-12'), ['day', '2024-03-12', '2024-03-12']);
  assert.deepEqual(span('2024-03-16T00:00'), ['time', '2024-03-16', '2024-03-16']);
  assert.equal(periodOf('2024-03-16T15:30')!.clock, '15:30');
  assert.equal(periodOf('2024-03-23TEV')!.clock, 'evening');
  assert.deepEqual(span('2024-W10'), ['week', '2024-03-04', '2024-03-10']);
  assert.deepEqual(span('2024-W10-WE'), ['weekend', '2024-03-09', '2024-03-10']);
  // ISO week 1 of 2025 starts in December 2024 and is filed under 2025
  assert.deepEqual(span('2025-W01'), ['week', '2024-12-30', '2025-01-05']);
  assert.equal(periodOf('2025-W01')!.year, 2025);
});

test('months, seasons, quarters, halves, years, decades and centuries', () => {
  assert.deepEqual(span('2024-02'), ['month', '2024-02-01', '2024-02-29']);
  assert.deepEqual(span('2024-SU'), ['season', '2024-06-01', '2024-08-31']);
  assert.deepEqual(span('2023-WI'), ['season', '2023-12-01', '2024-02-29']);
  assert.deepEqual(span('2024-Q4'), ['quarter', '2024-10-01', '2024-12-31']);
  assert.deepEqual(span('2024-H1'), ['half', '2024-01-01', '2024-06-30']);
  assert.deepEqual(span('2024'), ['year', '2024-01-01', '2024-12-31']);
  assert.deepEqual(span('199'), ['decade', '1990-01-01', '1999-12-31']);
  assert.deepEqual(span('19'), ['century', '1900-01-01', '1999-12-31']);
  assert.deepEqual(span('0800'), ['year', '0800-01-01', '0800-12-31']);
});

test('vague and unknown values are on no calendar', () => {
  for (const v of ['PRESENT_REF', 'PAST_REF', 'XXXX-03', '', undefined]) assert.equal(periodOf(v), undefined);
});
