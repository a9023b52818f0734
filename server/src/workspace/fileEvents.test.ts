import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileEventBatcher, type FileBatch } from './fileEvents.js';

test('a burst of events becomes one batch, the last event of each file winning', async () => {
  const batches: FileBatch[] = [];
  const batcher = new FileEventBatcher(async b => { batches.push(b); }, 20);
  for (let i = 0; i < 5000; i++) batcher.add(`file:///a/${i}.txt`, 'changed');
  batcher.add('file:///a/7.txt', 'deleted');
  batcher.add('file:///a/8.txt', 'deleted');
  batcher.add('file:///a/8.txt', 'changed');
  await new Promise(r => setTimeout(r, 60));
  await batcher.flush();
  assert.equal(batches.length, 1);
  assert.equal(batches[0].changed.length, 4999);
  assert.deepEqual(batches[0].deleted, ['file:///a/7.txt']);
});

test('batches run one after another', async () => {
  const log: string[] = [];
  const batcher = new FileEventBatcher(async b => {
    log.push(`start ${b.changed[0]}`);
    await new Promise(r => setTimeout(r, 20));
    log.push(`end ${b.changed[0]}`);
  }, 1);
  batcher.add('a', 'changed');
  const first = batcher.flush();
  batcher.add('b', 'changed');
  await Promise.all([first, batcher.flush()]);
  assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b']);
});
