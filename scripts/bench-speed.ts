// `npm run bench:speed`: throughput and memory of the whole analysis (names, dates, linking) on
// one core, over the labelled news texts in ../shared/data when present, else the sample articles.
//   node --import tsx scripts/bench-speed.ts [--seconds N] [FILES...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/analyze.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 5;
const texts = loadTexts(args.filter(a => !a.startsWith('--') && existsSync(a)));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
console.log(`bench:speed: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB per pass`);

// Warm up (JIT, lexicon loading), then time whole passes for about `seconds`.
const t0 = process.hrtime.bigint();
for (const t of texts.slice(0, 50)) analyzeArticle(t.text, { dct: t.dct });
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
// The analyser keeps what repeats from text to text (a date string's parts, a word's label
// scores), so the first pass, where most texts are new to it, is timed apart from the rest.
let passes = 0, mentions = 0, firstPassMs = 0;
const start = process.hrtime.bigint(), cpuStart = process.cpuUsage();
let elapsed = 0;
while (elapsed < seconds * 1e3 || passes === 0) {
  for (const t of texts) mentions += analyzeArticle(t.text, { dct: t.dct }).mentions.length;
  passes++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (passes === 1) firstPassMs = elapsed;
}
const mbps = (bytes * passes) / 1e6 / (elapsed / 1e3);
// CPU time too: on a shared machine the wall clock also counts time the process waited for a core.
const cpu = process.cpuUsage(cpuStart), cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mem = process.memoryUsage();
console.log(`warm-up (first 50 texts, includes loading models): ${loadMs.toFixed(0)} ms`);
console.log(`throughput: ${mbps.toFixed(2)} MB/s (${passes} passes, ${(elapsed / 1e3).toFixed(1)} s, ${Math.round(mentions / passes)} mentions a pass)`);
console.log(`throughput per CPU second: ${((bytes * passes) / 1e6 / cpuSeconds).toFixed(2)} MB/s (${cpuSeconds.toFixed(1)} s of CPU; garbage collection included)`);
console.log(`first pass (texts new to the analyser): ${(bytes / 1e6 / (firstPassMs / 1e3)).toFixed(2)} MB/s`);
console.log(`per article: ${(elapsed / passes / texts.length).toFixed(2)} ms on average`);
console.log(`memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB`);

function loadTexts(files: string[]): { text: string; dct?: string }[] {
  const data = join(root, '..', 'shared', 'data');
  if (!files.length && existsSync(data)) {
    files = ['dev', 'test'].flatMap(split => readdirSync(join(data, split)).filter(f => f.endsWith('.jsonl') && !f.startsWith('gum_news_dev') && !f.startsWith('gum_news_test')).map(f => join(data, split, f)));
  }
  if (files.length) {
    return files.flatMap(f => readFileSync(f, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l) as { text: string; dct?: string }));
  }
  const samples = join(root, 'samples');
  return readdirSync(samples).map(f => ({ text: readFileSync(join(samples, f), 'utf8') }));
}
