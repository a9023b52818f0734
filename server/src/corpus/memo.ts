// Answers derived from one entity's mentions (its facts, its defining mention), kept until one of
// the articles that mention it changes. An edit elsewhere, or a new article about someone else,
// leaves them valid; that is what keeps a hover on a name with 100,000 mentions fast.
import type { Corpus } from './corpus.js';
import type { Entity } from './entities.js';

/**
 * While a scan fills the corpus, a cached answer may lag by this long, or by this many times what
 * it cost to compute, whichever is longer: the scan touches the busiest entities with nearly
 * every article, and recomputing on every hover would stall the thread that answers requests.
 */
const BULK_STALE_MS = 1000;
const BULK_STALE_FACTOR = 50;

interface Entry<T> {
  revision: number;
  at: number;
  cost: number;
  value: T;
}

export class EntityMemo<T> {
  /** Keyed by the entity object: a new joining makes new entities, and drops the old answers. */
  private readonly entries = new WeakMap<Entity, Entry<T>>();

  constructor(private readonly compute: (corpus: Corpus, entity: Entity) => T) {}

  get(corpus: Corpus, entity: Entity): T {
    const revision = corpus.entityRevision(entity);
    const entry = this.entries.get(entity);
    if (entry && (entry.revision === revision || this.lagAllowed(corpus, entry))) return entry.value;
    const started = performance.now();
    const value = this.compute(corpus, entity);
    this.entries.set(entity, { revision, at: Date.now(), cost: performance.now() - started, value });
    return value;
  }

  private lagAllowed(corpus: Corpus, entry: Entry<T>): boolean {
    return corpus.entities.bulk && Date.now() - entry.at < Math.max(BULK_STALE_MS, BULK_STALE_FACTOR * entry.cost);
  }
}
