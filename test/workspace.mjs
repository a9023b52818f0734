// Where things are, and a throw-away copy of samples/ for a test run, so the tests never write into
// the repository's own samples (VS Code may save editor state next to the files it opens).
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLES = join(ROOT, 'samples');
export const VSIX = join(ROOT, 'news-lens.vsix');
export const SUITE = join(ROOT, 'test', 'suite', 'index.js');

/** A fresh work folder: $E2E_WORK/<name> when the caller chose one, else a new temp folder. */
export function makeWorkDir(name) {
  if (process.env.E2E_WORK) {
    const dir = join(resolve(process.env.E2E_WORK), name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }
  return mkdtempSync(join(tmpdir(), `news-lens-${name}-`));
}

/** Copies samples/ to <work>/articles and returns that folder. */
export function copySamples(work) {
  const dest = join(work, 'articles');
  cpSync(SAMPLES, dest, { recursive: true });
  return dest;
}

/** How many articles a copy of samples/ holds: what the status bar counts once it is indexed. */
export function sampleArticleCount() {
  return readdirSync(SAMPLES).filter(f => /\.(txt|md)$/.test(f)).length;
}

/**
 * What every end-to-end run sets up first: a log stamped with the seconds since it started, a
 * work folder, its out/ folder (screenshots, logs) and a copy of samples/ to open.
 */
export function startRun(name) {
  const t0 = Date.now();
  const mark = (what) => console.log(`[${name} t+${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  const work = makeWorkDir(name);
  const out = join(work, 'out');
  mkdirSync(out, { recursive: true });
  return { mark, work, out, folder: copySamples(work) };
}
