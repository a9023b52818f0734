// Entry of an indexing thread: loads the articles the main thread sends, a batch a message each way.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { loadPacked, type LoadRequest } from './loadArticle.js';
import { packBatch, type WireResult } from './wire.js';

/**
 * Niceness of the indexing threads: when the cores are contended, the request thread (nice 0)
 * gets about three times a thread's share, and so does the editor itself. Much higher values
 * starve the scan whenever anything else keeps the cores busy (at 10, each thread gets a tenth of
 * a busy process's share). NEWS_LENS_NICENESS overrides it (0: no change).
 */
const INDEXING_NICENESS = niceness(process.env.NEWS_LENS_NICENESS, 5);

lowerPriority();

parentPort?.on('message', async (batch: (LoadRequest & { id: number })[]) => {
  const results: { id: number; result: WireResult }[] = [];
  for (const req of batch) {
    let result: WireResult;
    try {
      result = await loadPacked(req);
    } catch (err) {
      result = { uri: req.uri, ok: false, reason: `analysis failed: ${(err as Error).message}` };
    }
    results.push({ id: req.id, result });
  }
  const { batch: answer, transfer } = packBatch(results);
  parentPort!.postMessage(answer, transfer);
});

/**
 * Lowers this thread's priority (Linux: a thread id is a valid target of setpriority). Elsewhere
 * it is a no-op, and the scan merely competes with requests as it did before.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && INDEXING_NICENESS > 0) setPriority(tid, INDEXING_NICENESS);
  } catch {
    // not Linux, or not allowed: run at the normal priority
  }
}

function niceness(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isInteger(n) && n >= 0 && n <= 19 ? n : fallback;
}
