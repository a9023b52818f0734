// The articles of the workspace: what is on disk, overlaid by what is open in the editor. It
// keeps the corpus in step with both, does the disk work on indexing threads, and tells the
// server what it skipped and why.
import { basename } from 'node:path';
import { analyzeArticle, WARM_UP_STEPS } from '../analysis/analyze.js';
import type { AnalysisHints } from '../analysis/types.js';
import { Corpus } from '../corpus/corpus.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { MentionRanges } from '../corpus/mentionRanges.js';
import type { TextSource } from '../features/context.js';
import { readArticleFile } from './articleFile.js';
import { decodeArticle } from './decode.js';
import { PathFilter } from './glob.js';
import type { LoadResult } from './loadArticle.js';
import { IndexPool } from './pool.js';
import { listArticles, type ScanProblem } from './scan.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';

export interface ScanProgress {
  done: number;
  total: number;
  /** Of `done`, how many came from the cache. */
  cached: number;
}

/**
 * Edits wait this long for the next keystroke before they are analysed; a request analyses them
 * at once. A burst of typing costs one analysis, not one a keystroke.
 */
const EDIT_SETTLE_MS = 30;

export interface WorkspaceOptions {
  log(message: string): void;
  /** Folder of the on-disk analysis cache; none means no cache. */
  cacheDir?: string;
  /** Script of the indexing threads; none means indexing runs in this thread. */
  workerScript?: string;
  threads?: number;
}

/** How often a warm-up waiting for the reader to pause looks again. */
const WARM_UP_POLL_MS = 100;

export class ArticleWorkspace implements TextSource {
  readonly corpus = new Corpus();
  private readonly open = new Map<string, string>();
  /** Open documents over the size limit, told about once. */
  private readonly oversized = new Set<string>();
  private readonly pool: IndexPool;
  private settings: Settings = DEFAULT_SETTINGS;
  private filter = new PathFilter(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  private scanGeneration = 0;
  /** Edited buffers not analysed yet (see `settle`). */
  private readonly edits = new Map<string, string>();
  private editTimer: NodeJS.Timeout | undefined;
  private warmedUp = false;

  constructor(private roots: string[], private readonly options: WorkspaceOptions) {
    this.pool = new IndexPool(options.workerScript, options.threads);
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  get indexingThreads(): number {
    return this.pool.threads;
  }

  /** Indexing threads running now: none once a scan is over and they have stood idle a while. */
  get runningThreads(): number {
    return this.pool.running;
  }

  configure(settings: Settings, roots = this.roots): void {
    this.settings = settings;
    this.roots = roots;
    this.filter = new PathFilter(settings.include, settings.exclude);
  }

  /** Whether a file belongs to the corpus by the include / exclude settings. */
  accepts(uri: string): boolean {
    const path = uriToPath(uri);
    if (!path) return false;
    const root = this.roots.find(r => path.startsWith(r.endsWith('/') ? r : r + '/'));
    const rel = root ? path.slice(root.length).replace(/^\/+/, '') : basename(path);
    return this.filter.accepts(rel);
  }

  /**
   * Scans every root: lists the articles first (so progress has a total), then loads them on
   * the indexing threads. A newer scan makes an older one stop early.
   */
  async scan(onProgress: (p: ScanProgress) => void = () => {}): Promise<ScanProgress> {
    const generation = ++this.scanGeneration;
    this.pool.prepare(); // the threads start while the folder is listed
    const problems: ScanProblem[] = [];
    const paths: string[] = [];
    for (const root of this.roots) for await (const path of listArticles(root, this.filter, problems)) paths.push(path);
    for (const p of problems) this.options.log(`skipped ${p.path}: ${p.reason}`);
    const progress: ScanProgress = { done: 0, total: paths.length, cached: 0 };
    onProgress(progress);
    const listed = new Set(paths.map(pathToUri));
    this.corpus.entities.bulk = true;
    try {
      await this.loadAll(paths, () => generation !== this.scanGeneration, result => {
        progress.done++;
        if (result.ok && result.cached) progress.cached++;
        onProgress(progress);
      });
    } finally {
      this.corpus.entities.bulk = false;
    }
    if (generation !== this.scanGeneration) return progress;
    for (const article of [...this.corpus.all()]) {
      if (!listed.has(article.uri) && !this.open.has(article.uri)) this.corpus.delete(article.uri);
    }
    return progress;
  }

  /** Files created or changed on disk, in a batch (a `git checkout` sends thousands at once). */
  async filesChanged(rawUris: string[]): Promise<number> {
    const paths = [...new Set(rawUris.map(canonicalUri))]
      .filter(uri => !this.open.has(uri) && this.accepts(uri))
      .map(uriToPath).filter((p): p is string => !!p);
    await this.loadAll(paths, () => false, () => {});
    return paths.length;
  }

  filesDeleted(rawUris: string[]): void {
    for (const uri of rawUris.map(canonicalUri)) if (!this.open.has(uri)) this.corpus.delete(uri);
  }

  /**
   * The editor opened or changed a document: its buffer is the article now (analysed by `settle`).
   * A buffer over the size limit is not analysed (the editor is not to stall on every keystroke),
   * as on disk.
   */
  documentChanged(rawUri: string, text: string): void {
    const uri = canonicalUri(rawUri);
    this.open.set(uri, text);
    if (text.length > this.maxBytes) {
      if (!this.oversized.has(uri)) this.options.log(`not analysing ${uri}: ${(text.length / 1048576).toFixed(1)} M characters is over the size limit (newsLens.maxFileSizeMB)`);
      this.oversized.add(uri);
      this.edits.delete(uri);
      this.corpus.delete(uri);
      return;
    }
    this.oversized.delete(uri);
    this.edits.set(uri, text);
    clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => this.settle(), EDIT_SETTLE_MS);
  }

  /**
   * Analyses the edits still waiting, the last text of each document only (earlier ones are
   * superseded). Every request calls this first, so no answer is older than the buffer.
   */
  settle(): void {
    clearTimeout(this.editTimer);
    for (const [uri, text] of this.edits) this.corpus.update(uri, text, this.hints(uri));
    this.edits.clear();
  }

  /** The editor closed a document: the file on disk is the article again (or none, if unsaved). */
  async documentClosed(rawUri: string): Promise<void> {
    const uri = canonicalUri(rawUri);
    this.open.delete(uri);
    this.edits.delete(uri);
    this.oversized.delete(uri);
    // The buffer's analysis goes now: until the file is read again, answers placed by it would
    // point into text that no longer exists (an unsaved edit, a discarded buffer).
    this.corpus.delete(uri);
    const path = uriToPath(uri);
    if (path && this.accepts(uri)) await this.loadAll([path], () => false, () => {});
  }

  read(rawUri: string): string | undefined {
    const uri = canonicalUri(rawUri);
    const open = this.open.get(uri);
    if (open !== undefined) return open;
    const path = uriToPath(uri);
    if (!path) return undefined;
    const file = readArticleFile(path, this.maxBytes);
    const decoded = file.ok ? decodeArticle(file.bytes) : undefined;
    return decoded?.ok ? decoded.text : undefined;
  }

  dispose(): Promise<void> {
    clearTimeout(this.editTimer);
    return this.pool.dispose();
  }

  /**
   * The analyser builds its tables, and the JIT compiles it, on first use: a good part of a
   * second. Done once, when the scan is over, and on a few of the corpus's own articles (a sentence
   * leaves most of the analyser cold), rather than in the reader's first keystroke. In steps of up
   * to 200 ms (in one go: 350 ms), each when `busy` says the reader has paused, so that a reader
   * who hovers as soon as the scan is over is not kept waiting for it.
   */
  async warmUp(busy: () => boolean = () => false): Promise<void> {
    if (this.warmedUp) return;
    this.warmedUp = true;
    const uris: string[] = [];
    for (const article of this.corpus.all()) if (uris.push(article.uri) === 3) break;
    const steps = [...WARM_UP_STEPS, ...uris.map(uri => () => {
      const text = this.read(uri);
      if (text !== undefined) analyzeArticle(text, this.hints(uri));
    })];
    for (const step of steps) {
      await new Promise<void>(resolve => setImmediate(resolve));
      while (busy()) await new Promise<void>(resolve => setTimeout(resolve, WARM_UP_POLL_MS));
      step();
    }
  }

  /** Loads `paths` with a bounded number in flight, applying each result as it arrives. */
  private async loadAll(paths: string[], cancelled: () => boolean, onResult: (r: LoadResult) => void): Promise<void> {
    const inFlight = Math.max(4, this.pool.threads * 16);
    let next = 0;
    const lane = async () => {
      while (next < paths.length && !cancelled()) {
        const path = paths[next++];
        const result = await this.pool.load({ uri: pathToUri(path), path, maxBytes: this.maxBytes, cacheDir: this.options.cacheDir });
        if (!cancelled()) this.apply(path, result);
        onResult(result);
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, lane));
  }

  private apply(path: string, result: LoadResult): void {
    if (!result.ok) {
      this.options.log(`skipped ${path}: ${result.reason}`);
      this.corpus.delete(result.uri);
      return;
    }
    if (result.note) this.options.log(`${path}: ${result.note}`);
    if (this.open.has(result.uri)) return; // opened while it was read: the buffer wins
    const ranges = result.ranges && MentionRanges.fromNumbers(result.ranges);
    this.corpus.put(result.uri, result.analysis, LineIndex.fromStarts(result.lineStarts, result.length), ranges);
  }

  private get maxBytes(): number {
    return this.settings.maxFileSizeMB * 1048576;
  }

  private hints(uri: string): AnalysisHints {
    const path = uriToPath(uri);
    return { fileName: path ? basename(path) : undefined };
  }
}
