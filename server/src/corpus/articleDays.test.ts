import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../testing/random.js';
import { dayNumber } from './articleDays.js';

test('day numbers order as the dates they stand for; undated after all; other forms decide nothing', () => {
  const random = seededRandom(3);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const dates = Array.from({ length: 300 }, () => `${pad(1990 + random(40), 4)}-${pad(1 + random(12), 2)}-${pad(1 + random(28), 2)}`);
  const values: (string | undefined)[] = [...dates, undefined];
  for (const a of values) {
    for (const b of values) {
      const strings = (a ?? '\uffff') < (b ?? '\uffff') ? -1 : (a ?? '\uffff') > (b ?? '\uffff') ? 1 : 0;
      assert.equal(Math.sign(dayNumber(a) - dayNumber(b) || 0), strings, `${a} against ${b}`);
    }
  }
  for (const odd of ['2024-03', '2024-W10', 'yesterday', '']) {
    assert.ok(Number.isNaN(dayNumber(odd)), odd);
    assert.equal(dayNumber(odd) > dayNumber('2024-03-05') || dayNumber(odd) < dayNumber('2024-03-05'), false);
  }
});
