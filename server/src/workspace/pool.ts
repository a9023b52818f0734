// Indexing threads. Analysing a cold corpus is CPU work that would stall every hover if it ran on
// the thread that answers requests; a small pool of workers does it instead. Where no worker
// script is at hand (unit tests run the sources), the work runs in this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadArticle, unpackLoaded, type LoadRequest, type LoadResult } from './loadArticle.js';
import type { WireBatch } from './wire.js';

/**
 * Threads idle this long are stopped; the next load starts them again. Each that has analysed an
 * article holds its own copy of the analyser (about 100 MB), which a workspace at rest has no use for.
 */
const IDLE_STOP_MS = 3000;

/**
 * Articles sent ahead to each thread. With one at a time a thread waits, after each article, for
 * this thread to take its answer and send the next: on a warm start (every article cached) that
 * left the threads idle half the time.
 */
const IN_FLIGHT = 16;

/**
 * Articles a message, each way. A message an article cost the thread that keeps the corpus a
 * task, an event and a promise for each of 100,000 articles on a warm start.
 */
const BATCH = 8;

interface Queued extends LoadRequest {
  id: number;
  /** To be sent in a message of its own: a thread died on a batch it was in. */
  solo?: boolean;
}

interface Pending {
  resolve(r: LoadResult): void;
  req: LoadRequest;
}

export class IndexPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Queued[] = [];
  private readonly pending = new Map<number, Pending>();
  /** The batches (their ids) each thread has been sent and not answered yet, oldest first. */
  private readonly busy = new Map<Worker, number[][]>();
  private nextId = 1;
  /** Workers replaced so far; past a limit the pool stops respawning and works in this thread. */
  private respawns = 0;

  private readonly script: string | undefined;
  private started = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /**
   * `size` workers running `script`; none when the script is missing or `size` is 0. They start
   * on the first load or `prepare`: a pool that never loads (the server's placeholder workspace
   * before `initialize`) must not cost a thread.
   */
  constructor(script: string | undefined, private readonly size = defaultSize(), private readonly idleStopMs = IDLE_STOP_MS) {
    this.script = script && existsSync(script) ? script : undefined;
  }

  get threads(): number {
    if (this.started) return this.workers.length;
    return this.script ? this.size : 0;
  }

  /** Threads running now (none before the first load and after an idle while). */
  get running(): number {
    return this.workers.length;
  }

  load(req: LoadRequest): Promise<LoadResult> {
    clearTimeout(this.idleTimer);
    this.start();
    if (!this.workers.length) return loadArticle(req);
    return new Promise(resolve => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, req });
      this.queue.push({ ...req, id });
      this.pump();
    });
  }

  private start(): void {
    if (this.started || !this.script) return;
    this.started = true;
    for (let i = 0; i < this.size; i++) this.spawn(this.script);
  }

  /**
   * Starts the threads ahead of the loads about to come (a scan, while it lists the folder): a
   * thread takes 60–100 ms to give its first answer. They stop again if no load follows.
   */
  prepare(): void {
    clearTimeout(this.idleTimer);
    this.start();
    this.stopWhenIdle();
  }

  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    await this.stopAll();
  }

  /** Stops every thread once none has work. */
  private stopWhenIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.queue.length || [...this.busy.values()].some(ids => ids.length) || !this.workers.length) return;
    this.idleTimer = setTimeout(() => { this.stopAll().catch(() => {}); }, this.idleStopMs);
    this.idleTimer.unref();
  }

  /** Threads are forgotten before they are stopped, so their exits are not taken for failures. */
  private async stopAll(): Promise<void> {
    const workers = this.workers.splice(0);
    this.busy.clear();
    this.started = false;
    await Promise.all(workers.map(w => w.terminate()));
  }

  private spawn(script: string): void {
    const worker = new Worker(script);
    worker.unref();
    worker.on('message', ({ results }: WireBatch) => {
      this.busy.get(worker)?.shift(); // a thread answers its batches in order
      for (const { id, result } of results) {
        const pending = this.pending.get(id);
        const loaded = pending && unpackLoaded(pending.req, result);
        if (loaded) this.settle(id, loaded);
        else if (pending) this.retryFresh(id, pending);
      }
      this.pump();
      this.stopWhenIdle();
    });
    // A worker that dies fails its article (with a reason) and is replaced.
    worker.on('error', err => this.replace(worker, script, `indexing thread failed: ${err.message}`));
    worker.on('exit', code => { if (code !== 0) this.replace(worker, script, `indexing thread exited (${code})`); });
    this.workers.push(worker);
    this.busy.set(worker, []);
  }

  private replace(worker: Worker, script: string, reason: string): void {
    if (!this.workers.includes(worker)) return;
    this.workers.splice(this.workers.indexOf(worker), 1);
    // A thread works its messages in order: it died on the oldest. An article alone in it fails,
    // with the reason. Of a batch, which article it was is not known: they are all sent again,
    // each alone, as is everything else the thread had been sent, so the next death names it.
    const [dying, ...unstarted] = this.busy.get(worker) ?? [];
    this.busy.delete(worker);
    const failed = dying?.length === 1 ? dying[0] : undefined;
    if (failed !== undefined) this.settle(failed, { uri: this.pending.get(failed)?.req.uri ?? '', ok: false, reason });
    const again = [...(failed === undefined ? dying ?? [] : []), ...unstarted.flat()];
    this.queue.unshift(...again.flatMap(id => { const p = this.pending.get(id); return p ? [{ ...p.req, id, solo: true }] : []; }));
    if (++this.respawns <= 20) this.spawn(script);
    if (!this.workers.length) this.drainInThread();
    this.pump();
  }

  private drainInThread(): void {
    for (const req of this.queue.splice(0)) loadArticle(req).then(r => this.settle(req.id, r));
  }

  /** Loads an article again without its cache entry, which passed its checksum but did not unpack. */
  private retryFresh(id: number, pending: Pending): void {
    pending.req = { ...pending.req, fresh: true };
    this.queue.unshift({ ...pending.req, id });
  }

  private settle(id: number, result: LoadResult): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    p?.resolve(result);
  }

  private pump(): void {
    // Round the threads, topping each up to IN_FLIGHT a batch at a time, so the work is spread evenly.
    for (let sent = true; sent && this.queue.length;) {
      sent = false;
      for (const worker of this.workers) {
        const batches = this.busy.get(worker)!;
        const inFlight = batches.reduce((n, b) => n + b.length, 0);
        if (inFlight >= IN_FLIGHT || !this.queue.length) continue;
        const batch = this.nextBatch(Math.min(BATCH, IN_FLIGHT - inFlight));
        batches.push(batch.map(req => req.id));
        worker.postMessage(batch);
        sent = true;
      }
    }
  }

  /** Up to `max` requests from the front of the queue; a solo one goes alone. */
  private nextBatch(max: number): Queued[] {
    if (this.queue[0].solo) return this.queue.splice(0, 1);
    let n = 1;
    while (n < max && n < this.queue.length && !this.queue[n].solo) n++;
    return this.queue.splice(0, n);
  }
}

/**
 * One thread per core. The threads lower their own priority (indexWorker.ts), so the thread that
 * answers requests still gets a core the moment it needs one; leaving a core idle instead would
 * halve a cold scan on a 2-core machine.
 */
function defaultSize(): number {
  const fromEnv = Number(process.env.NEWS_LENS_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  return Math.max(1, Math.min(8, availableParallelism()));
}
