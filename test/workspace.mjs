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
