// Corpus-wide entities. Each article links its own mentions (article keys such as
// `vladimir putin` or `putin`); here those keys are joined across articles: a surname alone
// ("Putin") joins the one full name that ends in it, and spelling variants of one name
// ("Zelensky" / "Zelenskyy") join each other. Places are joined only by exact key: the surname
// rule would make "North Korea" and "South Korea" one place.
import type { EntityType } from '../analysis/types.js';
import { KeySites } from './keySites.js';
import { NameTally } from './nameTally.js';
import { UnionFind } from './unionFind.js';
import { nearlySame, spellingKeys, SurnameBuckets } from './surnames.js';

export interface Entity {
  /** Stable while the corpus holds the same names: `PERSON:vladimir putin`, `DATE:2022-03-08`. */
  id: string;
  type: EntityType;
  /** The display name: the fullest form written in the corpus. */
  name: string;
  /** The corpus keys (`TYPE:article key`) it gathers. */
  keys: string[];
}

interface KeyInfo {
  /** The corpus key, `TYPE:key`. */
  ck: string;
  type: EntityType;
  key: string;
  /** The corpus revision at which an article mentioning it last came, went or changed. */
  revision: number;
  /** How many articles mentioned it at the last whole joining (a person's weight there). */
  joined: number;
  /** Where each article mentions this key: the articles' slots (Corpus), and their mentions' groups there. */
  sites: KeySites;
  /** Display names written for this key, with how many articles wrote each. */
  names: NameTally;
}

/** A key's sites as the corpus reads them: its articles (see KeySites for their order), and where each mentions it. */
export type SitesView = Pick<KeySites, 'size' | 'slot' | 'first' | 'count' | 'fullness'>;

/** Where one article mentions a key: the run of its key groups' mentions (KeyGroups) that are the key's. */
export interface Site {
  first: number;
  count: number;
}

const NO_SITES: SitesView = new KeySites();

export function corpusKey(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

/**
 * While the corpus is being filled in bulk, entities are joined again at most this often, and
 * never more than one part in BULK_RESOLVE_SHARE of the time: joining grows with the corpus,
 * and each joining is a pause of the thread that answers requests. At one part in 50, fewer
 * than one request in 50 made during a scan meets a joining, so none sets the 95th percentile.
 */
const BULK_RESOLVE_MS = 1000;
const BULK_RESOLVE_SHARE = 50;

/** Past this many keys come or gone since the last joining, the corpus is joined again whole. */
const PATCH_LIMIT = 64;

export class EntityIndex {
  private readonly keys = new Map<string, KeyInfo>();
  /**
   * The same keys by type and article key: a scan adds a million mentions, and looking up the
   * article key as it stands (one shared copy, see Corpus) spares writing `TYPE:key` for each.
   */
  private readonly byType: Record<EntityType, Map<string, KeyInfo>> = { PERSON: new Map(), PLACE: new Map(), DATE: new Map() };
  private resolved?: { byKey: Map<string, Entity>; entities: Entity[] };
  /** True when keys came or went since the last joining. */
  private dirty = true;
  private resolvedAt = 0;
  /** How long the last joining took, in ms. */
  private resolveCost = 0;
  /**
   * Keys whose last article went, kept until the next joining: an article put again (every edit
   * is a removal and an addition) brings most of them straight back, and then nothing changed.
   */
  private readonly emptied = new Set<string>();
  /** Keys that came and went since the last joining, and the surname buckets of person keys. */
  private readonly added = new Set<string>();
  /** People whose number of articles changed since the last joining (see `weightsMoved`). */
  private readonly reweighed = new Set<string>();
  private readonly removed = new Set<string>();
  /**
   * Set once more than PATCH_LIMIT keys came or went since the last joining: the next one joins
   * the whole corpus, so who was reweighed no longer matters (a scan adds a million people).
   */
  private wholeJoinDue = false;
  private readonly surnames = new SurnameBuckets();
  /** Entities of keys newer than a stale joining, each on its own until the next one. */
  private provisional = new Map<string, Entity>();
  /**
   * Set while a scan adds thousands of articles: joining all entities after each would cost more
   * than the scan, so answers may lag the newest keys by up to BULK_RESOLVE_MS.
   */
  bulk = false;

  /**
   * Records that the article in `slot` (Corpus) mentions `key` `count` times, from `first` on
   * among its key groups' mentions, the fullest of them in `fullness` words, written in full as
   * `name`, at corpus revision `revision`. Each
   * article's keys are added once, after what it mentioned before was removed (Corpus.put does
   * so): nothing here looks for an earlier entry.
   */
  add(slot: number, type: EntityType, key: string, first: number, count: number, fullness: number, name: string, revision = 0): void {
    let info = this.byType[type].get(key);
    if (!info) {
      const ck = corpusKey(type, key);
      info = { ck, type, key, revision, joined: 0, sites: new KeySites(), names: new NameTally() };
      this.keys.set(ck, info);
      this.byType[type].set(key, info);
      this.dirty = true;
      if (!this.removed.delete(ck)) this.added.add(ck);
      if (type === 'PERSON') this.surnames.add(ck);
      this.noteChanges();
    }
    if (this.emptied.size) this.emptied.delete(info.ck);
    info.revision = revision;
    if (type === 'PERSON' && !this.wholeJoinDue) this.reweighed.add(info.ck);
    info.sites.push(slot, first, count, fullness);
    info.names.add(name);
  }

  remove(slot: number, type: EntityType, key: string, name: string, revision = 0): void {
    const info = this.byType[type].get(key);
    if (!info) return;
    info.revision = revision;
    if (info.sites.delete(slot) && type === 'PERSON' && !this.wholeJoinDue) this.reweighed.add(info.ck);
    info.names.remove(name);
    if (!info.sites.size) this.emptied.add(info.ck);
  }

  /** The revision at which an article mentioning the corpus key last came, went or changed. */
  revisionOf(ck: string): number {
    return this.keys.get(ck)?.revision ?? 0;
  }

  /** The entity a corpus key belongs to. */
  entityOf(type: EntityType, key: string): Entity | undefined {
    return this.entity(corpusKey(type, key));
  }

  entity(ck: string): Entity | undefined {
    const found = this.resolve().byKey.get(ck);
    if (found || !this.keys.has(ck)) return found;
    let alone = this.provisional.get(ck);
    if (!alone) {
      const info = this.keys.get(ck)!;
      this.provisional.set(ck, (alone = { id: ck, type: info.type, name: displayName(info), keys: [ck] }));
    }
    return alone;
  }

  /** The articles that mention one corpus key, with where they mention it (read only). */
  sitesOfKey(ck: string): SitesView {
    return this.keys.get(ck)?.sites ?? NO_SITES;
  }

  /** Where the article in `slot` mentions one corpus key, if it does. */
  siteIn(ck: string, slot: number): Site | undefined {
    const sites = this.keys.get(ck)?.sites;
    const k = sites ? sites.indexOf(slot) : -1;
    return k < 0 ? undefined : { first: sites!.first(k), count: sites!.count(k) };
  }

  all(): readonly Entity[] {
    return this.resolve().entities;
  }

  /** The number of entities; during bulk filling, as last joined (cheap enough for progress reports). */
  get count(): number {
    return this.bulk ? this.resolved?.entities.length ?? 0 : this.all().length;
  }

  /** The slots of the articles mentioning the entity, with their mention counts. */
  articlesOf(entity: Entity): Map<number, number> {
    const out = new Map<number, number>();
    for (const ck of entity.keys) {
      const sites = this.sitesOfKey(ck);
      for (let k = 0; k < sites.size; k++) out.set(sites.slot(k), (out.get(sites.slot(k)) ?? 0) + sites.count(k));
    }
    return out;
  }

  /** How many articles mention the entity; for an entity of one key (most), without a copy of them. */
  articleCount(entity: Entity): number {
    return entity.keys.length === 1 ? this.sitesOfKey(entity.keys[0]).size : this.articlesOf(entity).size;
  }

  /** How many times the article in `slot` mentions the entity. */
  countIn(entity: Entity, slot: number): number {
    let n = 0;
    for (const ck of entity.keys) n += this.siteIn(ck, slot)?.count ?? 0;
    return n;
  }

  mentionCount(entity: Entity): number {
    let n = 0;
    for (const ck of entity.keys) {
      const sites = this.sitesOfKey(ck);
      for (let k = 0; k < sites.size; k++) n += sites.count(k);
    }
    return n;
  }

  private resolve(): { byKey: Map<string, Entity>; entities: Entity[] } {
    this.dropEmptied();
    const wait = Math.max(BULK_RESOLVE_MS, BULK_RESOLVE_SHARE * this.resolveCost);
    const stale = this.bulk && this.resolved && Date.now() - this.resolvedAt < wait;
    const moved = !stale && this.weightsMoved();
    if (!this.resolved || ((this.dirty || moved) && !stale)) {
      if (moved || !this.patched()) {
        const started = Date.now();
        this.resolved = resolveEntities(this.keys, this.resolved?.byKey);
        this.resolvedAt = Date.now();
        this.resolveCost = this.resolvedAt - started;
      }
      for (const ck of this.removed) this.surnames.delete(ck);
      this.added.clear();
      this.removed.clear();
      this.reweighed.clear();
      this.wholeJoinDue = false;
      this.dirty = false;
      this.provisional.clear();
    }
    return this.resolved!;
  }

  /**
   * Whether a person sharing a surname with others is now in more or fewer articles than at the
   * last joining: a lone surname joins the namesake with three times the articles of any other,
   * so that can change who it is. An edit puts its article's keys back as they were, which
   * moves nothing.
   */
  private weightsMoved(): boolean {
    for (const ck of this.reweighed) {
      const info = this.keys.get(ck);
      if (info && info.sites.size !== info.joined && !this.surnames.alone(ck)) return true;
    }
    return false;
  }

  /**
   * Applies the keys that came and went since the last joining when none of them could join any
   * other key (most edits: a new name, a name half typed): each is, or was, an entity of its own,
   * exactly as a whole joining would find. False when the whole corpus must be joined again.
   */
  private patched(): boolean {
    if (!this.resolved || this.wholeJoinDue) return false;
    const { byKey } = this.resolved;
    const alone = (ck: string) => !ck.startsWith('PERSON:') || this.surnames.alone(ck);
    for (const ck of this.removed) if ((byKey.get(ck)?.keys.length ?? 1) > 1 || !alone(ck)) return false;
    for (const ck of this.added) if (!alone(ck)) return false;
    const gone = new Set<Entity>();
    for (const ck of this.removed) {
      const e = byKey.get(ck);
      if (e) gone.add(e);
      byKey.delete(ck);
    }
    const entities = gone.size ? this.resolved.entities.filter(e => !gone.has(e)) : this.resolved.entities;
    for (const ck of this.added) {
      const info = this.keys.get(ck)!;
      const entity: Entity = { id: ck, type: info.type, name: displayName(info), keys: [ck] };
      byKey.set(ck, entity);
      entities.push(entity);
    }
    this.resolved = { byKey, entities };
    return true;
  }

  private noteChanges(): void {
    if (this.added.size + this.removed.size > PATCH_LIMIT) this.wholeJoinDue = true;
  }

  private dropEmptied(): void {
    for (const ck of this.emptied) {
      const info = this.keys.get(ck);
      if (info?.sites.size === 0) {
        this.keys.delete(ck);
        this.byType[info.type].delete(info.key);
        this.dirty = true;
        if (this.added.delete(ck)) this.surnames.delete(ck);
        else this.removed.add(ck);
        this.noteChanges();
      }
    }
    this.emptied.clear();
  }
}

/**
 * Joins the keys into entities. An entity whose keys are the same as before keeps its object, so
 * what was derived from it (its facts, its defining mention) survives a joining caused elsewhere.
 */
function resolveEntities(keys: Map<string, KeyInfo>, before?: Map<string, Entity>): { byKey: Map<string, Entity>; entities: Entity[] } {
  const groups = new UnionFind();
  const people = [...keys.entries()].filter(([, i]) => i.type === 'PERSON');
  for (const [ck, info] of people) {
    groups.weigh(ck, info.sites.size);
    info.joined = info.sites.size;
  }
  joinPeople(people, groups);
  const members = new Map<string, string[]>();
  for (const ck of keys.keys()) {
    const root = groups.find(ck);
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(ck);
  }
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const list of members.values()) {
    const head = chooseHead(list, keys);
    const info = keys.get(head)!;
    const entity = sameEntity(before, head, list) ?? { id: head, type: info.type, name: '', keys: list };
    entity.name = displayName(info);
    entities.push(entity);
    for (const ck of list) byKey.set(ck, entity);
  }
  return { byKey, entities };
}

function sameEntity(before: Map<string, Entity> | undefined, head: string, list: string[]): Entity | undefined {
  const old = before?.get(head);
  return old && old.id === head && old.keys.length === list.length && list.every(ck => before!.get(ck) === old) ? old : undefined;
}

/** Full names with near-identical surnames join; then each lone surname joins its one full name. */
function joinPeople(people: [string, KeyInfo][], groups: UnionFind): void {
  const bySurname = new Map<string, string[]>();
  /** Full names by first name and surname variant: only names in one such list can be variants. */
  const byFirstAndSurname = new Map<string, string[]>();
  const surnames = new Map<string, string>();
  for (const [ck, info] of people) {
    const tokens = info.key.split(' ');
    if (tokens.length < 2) continue;
    const surname = tokens[tokens.length - 1];
    surnames.set(ck, surname);
    for (const variant of spellingKeys(surname)) {
      push(bySurname, variant, ck);
      push(byFirstAndSurname, `${tokens[0]} ${variant}`, ck);
    }
  }
  // Full names: same first name and a surname one letter apart ("volodymyr zelensky(y)").
  for (const list of byFirstAndSurname.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (nearlySame(surnames.get(list[i])!, surnames.get(list[j])!)) groups.union(list[i], list[j]);
      }
    }
  }
  // A lone surname joins the full-name entity it names, when only one entity (or one clearly
  // dominant one) has that surname.
  for (const [ck, info] of people) {
    if (surnames.has(ck)) continue;
    const candidates = new Map<string, number>();
    for (const variant of spellingKeys(info.key)) {
      for (const other of bySurname.get(variant) ?? []) {
        if (nearlySame(surnames.get(other)!, info.key)) candidates.set(groups.find(other), 0);
      }
    }
    const root = dominant(candidates, groups);
    if (root) groups.union(root, ck);
  }
}

/** The candidate with at least three times the articles of any other, if any. */
function dominant(candidates: Map<string, number>, groups: UnionFind): string | undefined {
  if (candidates.size <= 1) return candidates.keys().next().value;
  const ranked = [...candidates.keys()].map(root => [root, groups.weight(root)] as const).sort((x, y) => y[1] - x[1]);
  return ranked[0][1] >= 3 * ranked[1][1] ? ranked[0][0] : undefined;
}

/** The key that names the entity: the fullest, then the most written. */
function chooseHead(list: string[], keys: Map<string, KeyInfo>): string {
  const score = (ck: string) => {
    const info = keys.get(ck)!;
    return info.key.split(' ').length * 1e6 + info.sites.size;
  };
  return list.reduce((best, ck) => (score(ck) > score(best) || (score(ck) === score(best) && ck < best) ? ck : best));
}

function displayName(info: KeyInfo): string {
  let best = info.key, bestCount = -1;
  for (const [name, n] of info.names.entries()) if (n > bestCount || (n === bestCount && name.length > best.length)) { best = name; bestCount = n; }
  return best;
}


function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
