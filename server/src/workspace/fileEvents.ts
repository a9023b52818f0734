// Gathers file events for a short while and hands them over as one batch, the last event of each
// file winning: a burst of thousands becomes one load of the files that still exist.

export type FileEventKind = 'changed' | 'deleted';

export interface FileBatch {
  changed: string[];
  deleted: string[];
}

export class FileEventBatcher {
  private pending = new Map<string, FileEventKind>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly handle: (batch: FileBatch) => Promise<void>, private readonly delayMs = 50) {}

  add(uri: string, kind: FileEventKind): void {
    this.pending.delete(uri); // re-insert so the order is that of the last event
    this.pending.set(uri, kind);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Hands the gathered events over now; batches run one after another, never overlapping. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const events = this.pending;
    this.pending = new Map();
    if (!events.size) return this.running;
    const batch: FileBatch = { changed: [], deleted: [] };
    for (const [uri, kind] of events) batch[kind].push(uri);
    this.running = this.running.then(() => this.handle(batch)).catch(() => {});
    return this.running;
  }
}
