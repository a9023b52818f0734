// Indexing threads. Analysing a cold corpus is CPU work that would stall every hover if it ran on
// the thread that answers requests; a small pool of workers does it instead. Where no worker
// script is at hand (unit tests run the sources), the work runs in this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadArticle, type LoadRequest, type LoadResult } from './loadArticle.js';

/**
 * Threads idle this long are stopped; the next load starts them again. Each holds its own copy
 * of the analyser (about 100 MB), which a workspace at rest has no use for.
 */
const IDLE_STOP_MS = 3000;

interface Pending {
  resolve(r: LoadResult): void;
  req: LoadRequest;
}

export class IndexPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: (LoadRequest & { id: number })[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 1;
  /** Workers replaced so far; past a limit the pool stops respawning and works in this thread. */
  private respawns = 0;

  private readonly script: string | undefined;
  private started = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /**
   * `size` workers running `script`; none when the script is missing or `size` is 0. They start
   * on the first load: a pool that never loads (the server's placeholder workspace before
   * `initialize`) must not cost a thread compiling the analyser.
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

  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    await this.stopAll();
  }

  /** Stops every thread once none has work. */
  private stopWhenIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.queue.length || this.busy.size || !this.workers.length) return;
    this.idleTimer = setTimeout(() => { this.stopAll().catch(() => {}); }, this.idleStopMs);
    this.idleTimer.unref();
  }

  /** Threads are forgotten before they are stopped, so their exits are not taken for failures. */
  private async stopAll(): Promise<void> {
    const workers = this.workers.splice(0);
    this.idle.length = 0;
    this.started = false;
    await Promise.all(workers.map(w => w.terminate()));
  }

  private spawn(script: string): void {
    const worker = new Worker(script);
    worker.unref();
    worker.on('message', ({ id, result }: { id: number; result: LoadResult }) => {
      this.busy.delete(worker);
      this.settle(id, result);
      this.idle.push(worker);
      this.pump();
      this.stopWhenIdle();
    });
    // A worker that dies fails its article (with a reason) and is replaced.
    worker.on('error', err => this.replace(worker, script, `indexing thread failed: ${err.message}`));
    worker.on('exit', code => { if (code !== 0) this.replace(worker, script, `indexing thread exited (${code})`); });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private replace(worker: Worker, script: string, reason: string): void {
    const id = this.busy.get(worker);
    if (!this.workers.includes(worker)) return;
    this.workers.splice(this.workers.indexOf(worker), 1);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.busy.delete(worker);
    if (id !== undefined) this.settle(id, { uri: this.pending.get(id)?.req.uri ?? '', ok: false, reason });
    if (++this.respawns <= 20) this.spawn(script);
    if (!this.workers.length) this.drainInThread();
    this.pump();
  }

  private drainInThread(): void {
    for (const req of this.queue.splice(0)) loadArticle(req).then(r => this.settle(req.id, r));
  }

  private settle(id: number, result: LoadResult): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    p?.resolve(result);
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const req = this.queue.shift()!;
      this.busy.set(worker, req.id);
      worker.postMessage(req);
    }
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
