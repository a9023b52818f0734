import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedContext } from '../testing/markedArticle.js';
import { timeline, timelinePath } from './timeline.js';

const ctx = markedContext({
  'file:///news/a.txt': [
    'Talks end',
    '',
    'Ministers met on {{DATE:2024-03-12|Tuesday}} after talks {{DATE:2024-W10|last week}}.',
    'A plan is due in {{DATE:2024-04|April}} and by {{DATE:2024-SU|the summer}}, as {{DATE:199|the 1990s}} showed.',
  ].join('\n'),
  'file:///news/b.txt': [
    'Ferry',
    '',
    'On {{DATE:2024-03-12|March 12}} the ferry ran late; {{DATE:PRESENT_REF|now}} it runs on time.',
    'Nobody knows when {{DATE:?friday|Friday}} was.',
  ].join('\n'),
});
const brief = (r: ReturnType<typeof timeline>) => ({
  buckets: r.buckets.map(b => `${b.period} ${b.label} (${b.count})`),
  entries: r.entries.map(e => `${e.text} → ${e.valueLabel} @${e.article}`),
});

test('every value is filed by the calendar it names', () => {
  assert.deepEqual(timelinePath('2024-03-12T10:00'), ['2024', '2024-03', '2024-03-12']);
  assert.deepEqual(timelinePath('2024-W10'), ['2024', '2024-03', '2024-W10']);
  assert.deepEqual(timelinePath('2025-W01'), ['2024', '2024-12', '2025-W01'], 'a week is filed where it starts');
  assert.deepEqual(timelinePath('2024-04'), ['2024', '2024-04']);
  assert.deepEqual(timelinePath('2023-WI'), ['2023', '2023-WI']);
  assert.deepEqual(timelinePath('2024'), ['2024']);
  assert.deepEqual(timelinePath('199'), ['199']);
  assert.deepEqual(timelinePath('PRESENT_REF'), ['unresolved']);
  assert.deepEqual(timelinePath(undefined), ['unresolved']);
});

test('the top: decades and years in calendar order, then the dates without one', () => {
  assert.deepEqual(brief(timeline(ctx)), {
    buckets: ['199 the 1990s (1)', '2024 2024 (5)', 'unresolved Without a date (2)'],
    entries: [],
  });
});

test('a year holds its months and seasons, a month its weeks and days, each in calendar order', () => {
  assert.deepEqual(brief(timeline(ctx, { period: '2024' })), {
    buckets: ['2024-03 March 2024 (3)', '2024-04 April 2024 (1)', '2024-SU summer 2024 (1)'],
    entries: [],
  });
  assert.deepEqual(brief(timeline(ctx, { period: '2024-03' })), {
    buckets: ['2024-W10 week 10 of 2024 (1)', '2024-03-12 Tuesday 12 March 2024 (2)'],
    entries: [],
  });
  assert.deepEqual(brief(timeline(ctx, { period: '2024-W10' })).entries, ['last week → week 10 of 2024 @a.txt']);
  assert.deepEqual(brief(timeline(ctx, { period: '2024-04' })), { buckets: [], entries: ['April → April 2024 @a.txt'] });
});

test('a day lists its mentions with their sentence and article', () => {
  const day = timeline(ctx, { period: '2024-03-12' });
  assert.deepEqual(brief(day).entries, ['Tuesday → Tuesday 12 March 2024 @a.txt', 'March 12 → Tuesday 12 March 2024 @b.txt']);
  const [first] = day.entries;
  assert.equal(first.context, 'Ministers met on Tuesday after talks last week.');
  assert.equal(first.context.slice(...first.highlight), 'Tuesday');
  assert.deepEqual([first.uri, first.value, first.range.start], ['file:///news/a.txt', '2024-03-12', { line: 2, character: 17 }]);
});

test('dates without a calendar value are listed apart, not dropped', () => {
  assert.deepEqual(brief(timeline(ctx, { period: 'unresolved' })).entries, [
    'now → the present @b.txt',
    'Friday → no date: the article has none of its own @b.txt',
  ]);
});

test('a limit, and an unknown period', () => {
  const capped = timeline(ctx, { period: '2024-03-12', limit: 1 });
  assert.deepEqual([capped.entries.length, capped.more], [1, 1]);
  assert.deepEqual(timeline(ctx, { period: '1871' }), { buckets: [], entries: [], more: 0 });
});
