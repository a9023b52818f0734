import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanSet } from './overlaps.js';
import type { Span } from './types.js';
import { seededRandom } from '../testing/random.js';

const naive = (spans: Span[], s: Span) => spans.some(o => o.start < s.end && s.start < o.end);

test('agrees with comparing every pair, on random spans (nested, touching, empty)', () => {
  const rand = seededRandom(7);
  for (let round = 0; round < 200; round++) {
    const span = (): Span => { const start = rand(100); return { start, end: start + rand(12) }; };
    const set = Array.from({ length: rand(20) }, span);
    const index = new SpanSet(set);
    for (let q = 0; q < 50; q++) {
      const s = span();
      assert.equal(index.overlaps(s), naive(set, s), `${JSON.stringify(s)} against ${JSON.stringify(set)}`);
    }
  }
});

test('touching spans do not overlap; an empty set overlaps nothing', () => {
  const set = new SpanSet([{ start: 5, end: 10 }]);
  assert.equal(set.overlaps({ start: 10, end: 12 }), false);
  assert.equal(set.overlaps({ start: 0, end: 5 }), false);
  assert.equal(set.overlaps({ start: 9, end: 10 }), true);
  assert.equal(new SpanSet([]).overlaps({ start: 0, end: 100 }), false);
});

test('a long span early on is still seen by later queries', () => {
  const set = new SpanSet([{ start: 0, end: 1000 }, { start: 1, end: 2 }, { start: 3, end: 4 }]);
  assert.equal(set.overlaps({ start: 500, end: 501 }), true);
});
