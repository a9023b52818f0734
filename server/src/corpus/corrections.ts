// The reader's corrections to the machine's reading: "Angers is not a place", "Jordan is a
// person", "Jim Kariuki is James Kariuki". They apply to every article of the corpus, by text,
// before entities are joined, so every feature (hover, outline, explorer, CLI) sees the same
// corrected corpus.
//
// A rule names what it corrects by text, compared without case, accents, possessive or extra
// spaces. For a person or place the text is compared with the name the article gives that
// person or place: the fullest form the article writes ("Ana Ribeiro" covers a later "Ribeiro"
// in the same article; "Jordan" does not touch an article's "Michael Jordan"). A date is
// compared with its own text. Rules apply in a fixed order: notEntity, then retype, then merge.
import { normalizeName, personKey, placeKey } from '../analysis/linking.js';
import type { ArticleAnalysis, EntityType, Mention } from '../analysis/types.js';

export interface MergeRule {
  /** A name as written ("Jim Kariuki"). */
  alias: string;
  /** The name of the person or place it is ("James Kariuki"). */
  into: string;
}

export interface NotEntityRule {
  text: string;
  /** Only mentions of this type; every type when absent. */
  type?: EntityType;
}

export interface RetypeRule {
  text: string;
  /** Only mentions of this type; every type when absent. */
  from?: EntityType;
  to: EntityType;
}

export interface Corrections {
  merge: MergeRule[];
  notEntity: NotEntityRule[];
  retype: RetypeRule[];
}

type AnyType = EntityType | '*';

export class CorrectionRules {
  static readonly NONE = new CorrectionRules({ merge: [], notEntity: [], retype: [] });

  /** Normalised text → the types it is not. */
  private readonly dropped = new Map<string, Set<AnyType>>();
  /** Normalised text → type it was given → type it is. */
  private readonly retyped = new Map<string, Map<AnyType, EntityType>>();
  /** Normalised alias → the name it joins (chains followed: a → b, b → c gives a → c). */
  private readonly merged = new Map<string, string>();

  constructor(readonly source: Corrections) {
    for (const r of source.notEntity) setOf(this.dropped, normalizeName(r.text)).add(r.type ?? '*');
    for (const r of source.retype) mapOf(this.retyped, normalizeName(r.text)).set(r.from ?? '*', r.to);
    const direct = new Map(source.merge.map(r => [normalizeName(r.alias), r.into]));
    for (const alias of direct.keys()) this.merged.set(alias, followMerges(alias, direct));
  }

  get empty(): boolean {
    return !this.dropped.size && !this.retyped.size && !this.merged.size;
  }

  /** The analysis with the corrections made: the same object when none applies. */
  apply(analysis: ArticleAnalysis): ArticleAnalysis {
    if (this.empty) return analysis;
    let out: { mentions: Mention[]; names: Map<string, string> } | undefined;
    analysis.mentions.forEach((m, i) => {
      const outcome = this.correct(m, analysis.names);
      if (outcome === 'unchanged' && !out) return;
      out ??= { mentions: analysis.mentions.slice(0, i), names: new Map(analysis.names) };
      if (outcome === 'unchanged') out.mentions.push(m);
      else if (outcome !== 'dropped') {
        out.mentions.push(outcome.mention);
        nameCluster(out.names, outcome.mention, outcome.shown);
      }
    });
    return out ? { ...analysis, ...out } : analysis;
  }

  /** What the rules make of one mention; `shown` is the name a corrected one goes by. */
  private correct(m: Mention, written: ReadonlyMap<string, string>): 'unchanged' | 'dropped' | { mention: Mention; shown: string } {
    const name = m.type === 'DATE' ? bare(m.text) : written.get(m.key) ?? bare(m.text);
    const text = normalizeName(name);
    const drop = this.dropped.get(text);
    if (drop && (drop.has('*') || drop.has(m.type))) return 'dropped';
    const retype = this.retyped.get(text);
    const type = retype?.get(m.type) ?? retype?.get('*') ?? m.type;
    const into = type !== 'DATE' ? this.merged.get(text) : undefined;
    if (type === m.type && !into) return 'unchanged';
    const shown = into ?? name;
    const mention: Mention = { ...m, type, key: keyOf(type, shown) };
    if (type === 'DATE') mention.date = m.date ?? { granularity: 'vague', relative: false };
    else delete mention.date;
    if (type !== 'PERSON') delete mention.title;
    return { mention, shown };
  }
}

const bare = (text: string) => text.replace(/[’']s$/, '');

/** Records the name a corrected mention goes by, unless the article writes a fuller one. */
function nameCluster(names: Map<string, string>, m: Mention, shown: string): void {
  if (m.type !== 'DATE' && (names.get(m.key)?.length ?? 0) < shown.length) names.set(m.key, shown);
}

/** The article key of a mention of `type` named `name`, as the analysis would key it. */
function keyOf(type: EntityType, name: string): string {
  if (type === 'PERSON') return personKey(name);
  if (type === 'PLACE') return placeKey(name);
  return name.toLowerCase();
}

function followMerges(alias: string, direct: Map<string, string>): string {
  const seen = new Set([alias]);
  let into = direct.get(alias)!;
  for (let next = normalizeName(into); direct.has(next) && !seen.has(next); next = normalizeName(into)) {
    seen.add(next);
    into = direct.get(next)!;
  }
  return into;
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function mapOf<K, K2, V>(map: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}
