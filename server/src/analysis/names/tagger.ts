// Decoding with an averaged-perceptron weight table: each run of candidate tokens gets the label
// sequence with the highest total score (Viterbi over a first-order chain: static features of
// each token plus features of the label before it). BIO order is enforced (an I- label only
// continues the same type).
import { contextFeatures, TEMPLATES, wordFeatures, type ArticleTokens, type FeatureSink } from './features.js';

export const LABELS = ['O', 'B-PERSON', 'I-PERSON', 'B-PLACE', 'I-PLACE', 'B-ORG', 'I-ORG', 'B-OTHER', 'I-OTHER'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** Feature → one weight per label. */
export type Weights = Map<string, ArrayLike<number>>;

/** Features that depend on the previous label, added to a token's static ones. */
export function labelFeatures(article: ArticleTokens, i: number, prev: number): string[] {
  const p = LABELS[prev];
  return ['p=' + p, 'pw=' + p + '|' + article.lower[i], 'ps=' + p + '|' + article.shape[i]];
}

/** May `label` follow `prev`? I-X only after B-X or I-X. */
export function allowed(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

/** allowed() as a table, row `prev`: the decoder's inner loop reads it. */
const ALLOWED = Uint8Array.from({ length: LABEL_COUNT * LABEL_COUNT }, (_, x) => +allowed(Math.floor(x / LABEL_COUNT), x % LABEL_COUNT));

export function scoreInto(scores: Float64Array | Float32Array, weights: Weights, features: readonly string[]): void {
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] += w[k];
  }
}

export function tagArticle(article: ArticleTokens, weights: Weights): Uint8Array {
  const labels = new Uint8Array(article.tokens.length);
  const score = compiledScorer(weights), transitions = cachedTransitions(weights);
  for (let i = 0; i < labels.length; i++) {
    if (!article.candidate[i]) continue;
    const j = runEnd(article, i);
    labels.set(viterbi(article, i, j, score, transitions), i);
    i = j - 1;
  }
  return labels;
}

/** Adds the scores of token i's static features to `scores`. */
export type StaticScorer = (scores: Float64Array, article: ArticleTokens, i: number) => void;

/** Scores from written features (training: its weights change under it, and it drops features). */
export function stringScorer(weights: Weights, features: readonly (readonly string[])[]): StaticScorer {
  return (scores, _article, i) => scoreInto(scores, weights, features[i]);
}

// At run time (compiledScorer) the weights are fixed: split by template, so a feature's value is
// looked up as it stands (mostly a token's own lower-case string) instead of building
// "template=value" first.
const compiledTables = new WeakMap<Weights, Array<Map<string, ArrayLike<number>>>>();

function templateTables(weights: Weights): Array<Map<string, ArrayLike<number>>> {
  let tables = compiledTables.get(weights);
  if (!tables) {
    tables = TEMPLATES.map(() => new Map<string, ArrayLike<number>>());
    const index = new Map<string, number>(TEMPLATES.map((t, i) => [t, i]));
    for (const [feature, w] of weights) {
      const eq = feature.indexOf('=');
      const t = index.get(eq < 0 ? feature : feature.slice(0, eq));
      if (t !== undefined) tables[t].set(eq < 0 ? '' : feature.slice(eq + 1), w);
    }
    compiledTables.set(weights, tables);
  }
  return tables;
}

export function compiledScorer(weights: Weights): StaticScorer {
  const tables = templateTables(weights), words = wordCache(weights);
  let target: Float64Array;
  const add: FeatureSink = (t, v) => {
    const w = tables[t].get(v);
    if (w) for (let c = 0; c < LABEL_COUNT; c++) target[c] += w[c];
  };
  return (scores, article, i) => {
    const token = article.tokens[i].text;
    let own = words.get(token);
    if (!own) {
      own = new Float64Array(LABEL_COUNT);
      target = own;
      wordFeatures(token, add);
      words.set(token, own);
    }
    for (let c = 0; c < LABEL_COUNT; c++) scores[c] += own[c];
    target = scores;
    contextFeatures(article, i, add);
  };
}

/** Scores of token i's label-pair features: row p holds the K scores after previous label p. */
export type Transitions = (article: ArticleTokens, i: number) => Float64Array;

/** Computed afresh each time: what training needs, as its weights change under it. */
export function rawTransitions(weights: Weights): Transitions {
  return (article, i) => {
    const table = new Float64Array(LABEL_COUNT * LABEL_COUNT);
    for (let p = 0; p < LABEL_COUNT; p++) scoreInto(table.subarray(p * LABEL_COUNT, (p + 1) * LABEL_COUNT), weights, labelFeatures(article, i, p));
    return table;
  };
}

// The label-pair scores depend only on the word and its shape, so at run time (fixed weights) they
// are kept per written token, as are the summed scores of its word features (wordFeatures): this
// spares most feature strings and look-ups per token. A cache is emptied when it grows past a
// bound, so a huge corpus cannot make it grow without end.
const WORD_CACHE_LIMIT = 50_000;

class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined { return this.map.get(key); }
  set(key: string, value: V): void {
    if (this.map.size >= WORD_CACHE_LIMIT) this.map.clear();
    this.map.set(key, value);
  }
}

const wordCaches = new WeakMap<Weights, BoundedCache<Float64Array>>();
const transitionCaches = new WeakMap<Weights, BoundedCache<Float64Array>>();

function cacheFor(caches: WeakMap<Weights, BoundedCache<Float64Array>>, weights: Weights): BoundedCache<Float64Array> {
  let cache = caches.get(weights);
  if (!cache) caches.set(weights, (cache = new BoundedCache()));
  return cache;
}

const wordCache = (weights: Weights) => cacheFor(wordCaches, weights);

function cachedTransitions(weights: Weights): Transitions {
  const raw = rawTransitions(weights), byWord = cacheFor(transitionCaches, weights);
  return (article, i) => {
    const token = article.tokens[i].text;
    let table = byWord.get(token);
    if (!table) byWord.set(token, (table = raw(article, i)));
    return table;
  };
}

/**
 * One past the last token of the run of candidates that starts at `from`. A run ends where a new
 * line starts: a headline's last name is not the date line's first word.
 */
export function runEnd(article: ArticleTokens, from: number): number {
  let j = from + 1;
  while (j < article.tokens.length && article.candidate[j] && !article.lineStart[j]) j++;
  return j;
}

// The decoder's tables, reused from run to run (most runs are a word or two: allocating them each
// time cost more than filling them).
let buffers = { best: new Float64Array(64 * LABEL_COUNT), back: new Uint8Array(64 * LABEL_COUNT), stat: new Float64Array(LABEL_COUNT) };

function scratch(size: number): typeof buffers {
  if (buffers.best.length < size) buffers = { best: new Float64Array(size * 2), back: new Uint8Array(size * 2), stat: buffers.stat };
  return buffers;
}

/** Best label sequence for the candidate tokens [from, to); the label before `from` is O. */
export function viterbi(article: ArticleTokens, from: number, to: number, score: StaticScorer, transitions: Transitions): Uint8Array {
  const n = to - from, K = LABEL_COUNT;
  const { best, back, stat } = scratch(n * K);
  best.fill(-Infinity, 0, n * K);
  for (let t = 0; t < n; t++) {
    const i = from + t;
    stat.fill(0);
    score(stat, article, i);
    const trans = transitions(article, i);
    for (let p = 0; p < (t === 0 ? 1 : K); p++) {
      const before = t === 0 ? 0 : best[(t - 1) * K + p];
      if (before === -Infinity) continue;
      for (let k = 0, row = p * K, at = t * K; k < K; k++) {
        if (!ALLOWED[row + k]) continue;
        const v = before + stat[k] + trans[row + k];
        if (v > best[at + k]) { best[at + k] = v; back[at + k] = p; }
      }
    }
  }
  const out = new Uint8Array(n);
  let k = 0;
  for (let c = 1; c < K; c++) if (best[(n - 1) * K + c] > best[(n - 1) * K + k]) k = c;
  for (let t = n - 1; t >= 0; t--) { out[t] = k; k = back[t * K + k]; }
  return out;
}

/** Labelled token runs as [type, first token, last token + 1]. */
export function labelRuns(labels: ArrayLike<number>): Array<[string, number, number]> {
  const runs: Array<[string, number, number]> = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 0) continue;
    const type = LABELS[labels[i]].slice(2);
    let j = i + 1;
    while (j < labels.length && labels[j] !== 0 && labels[j] % 2 === 0 && LABELS[labels[j]].slice(2) === type) j++;
    runs.push([type, i, j]);
    i = j - 1;
  }
  return runs;
}
