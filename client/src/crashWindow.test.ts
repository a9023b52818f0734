import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashWindow } from './crashWindow.js';

test('restarts after each crash until too many come too fast', () => {
  const w = new CrashWindow(3, 1000);
  assert.deepEqual([0, 10, 20].map(t => w.record(t)), ['restart', 'restart', 'restart']);
  assert.equal(w.record(30), 'give-up');
});

test('crashes far apart never add up', () => {
  const w = new CrashWindow(2, 1000);
  assert.deepEqual([0, 2000, 4000, 6000].map(t => w.record(t)), ['restart', 'restart', 'restart', 'restart']);
});
