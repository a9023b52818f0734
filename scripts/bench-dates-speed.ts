// Date throughput on one core: findArticleDate + findDates over the dev articles, repeated.
//   node --import tsx scripts/bench-dates-speed.ts [--data DIR] [--mb 20]
// Prints MB/s (UTF-16 code units as bytes, which is what the analysis walks). Bar: >= 3 MB/s.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findArticleDate, findDates } from '../server/src/analysis/dates/index.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dir = resolve(opt('--data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data'), 'dev');
const texts = readdirSync(dir).filter(f => f.endsWith('.jsonl')).flatMap(f =>
  readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map(l => (JSON.parse(l) as { text: string }).text));
const corpusChars = texts.reduce((s, t) => s + t.length, 0);
const targetChars = Number(opt('--mb') ?? 20) * 1e6;

const run = () => { let n = 0; for (const t of texts) n += findDates(t, findArticleDate(t, {})).length; return n; };
run(); // warm up the JIT
let chars = 0, mentions = 0;
const t0 = performance.now();
while (chars < targetChars) { mentions += run(); chars += corpusChars; }
const seconds = (performance.now() - t0) / 1000;
console.log(`dates: ${(chars / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(chars / 1e6 / seconds).toFixed(2)} MB/s (${mentions} mentions, ${texts.length} articles of ${(corpusChars / 1e6).toFixed(2)} MB)`);
