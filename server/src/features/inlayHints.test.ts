import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedContext } from '../testing/markedArticle.js';
import { inlayHints } from './inlayHints.js';

const ctx = markedContext({
  'file:///news/a.txt': [
    'Talks end',
    '',
    'LISBON — {{DATE:2024-03-14|Thursday, March 14, 2024}}',
    'Ministers met on {{DATE:2024-03-12|Tuesday}} and {{DATE:2024-W10|last week}}; more talks {{DATE:2024-04|next month}}.',
    'Nothing on {{DATE:?friday|Friday}}.',
  ].join('\n'),
});
const A = 'file:///news/a.txt';
// the dateline's date is written in full: it is not relative
ctx.corpus.get(A)!.analysis.mentions[0].date!.relative = false;
const everything = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
const on = { resolvedDates: true };

test('relative dates get their resolved value after them', () => {
  const hints = inlayHints(ctx, A, everything, on);
  assert.deepEqual(hints.map(h => h.label), ['▸ 12 Mar 2024', '▸ 4–10 Mar 2024', '▸ Apr 2024']);
  const line = ctx.texts.get(A)!.split('\n')[3];
  assert.equal(line.slice(0, hints[0].position.character), 'Ministers met on Tuesday');
  assert.equal(hints[0].position.line, 3);
  assert.match((hints[0].tooltip as { value: string }).value, /is Tuesday 12 March 2024, counted from the article’s date, Thursday 14 March 2024/);
});

test('only the requested range, nothing for unresolved dates, nothing when turned off', () => {
  const line4 = { start: { line: 4, character: 0 }, end: { line: 4, character: 20 } };
  assert.deepEqual(inlayHints(ctx, A, line4, on), []);
  const firstHalf = { start: { line: 3, character: 0 }, end: { line: 3, character: 20 } };
  assert.equal(inlayHints(ctx, A, firstHalf, on).length, 1);
  assert.deepEqual(inlayHints(ctx, A, everything, { resolvedDates: false }), []);
  assert.deepEqual(inlayHints(ctx, 'file:///news/none.txt', everything, on), []);
});
