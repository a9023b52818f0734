#!/usr/bin/env node
// Throughput of the person/place recognizer and linker on one core, in MB of text per second.
//   node --import tsx scripts/bench-names-speed.ts [--data DIR]
// Uses the article texts of ../shared/data/dev (read only, never copied); the first pass (model
// loading, JIT warm-up) is timed separately.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkArticleNames } from '../server/src/analysis/linking.js';
import { findNames } from '../server/src/analysis/names/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const i = args.indexOf('--data');
const dir = resolve(i >= 0 ? args[i + 1] : join(root, '..', 'shared', 'data', 'dev'));
if (!existsSync(dir)) { console.log(`bench-names-speed: no texts at ${dir}`); process.exit(0); }
const texts = readdirSync(dir).filter(f => f.endsWith('.jsonl')).flatMap(f =>
  readFileSync(join(dir, f), 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l).text as string));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const pass = () => { for (const t of texts) linkArticleNames(findNames(t)); };
let t0 = performance.now();
pass();
const first = performance.now() - t0;
let passes = 0;
t0 = performance.now();
while (performance.now() - t0 < 3000) { pass(); passes++; }
const seconds = (performance.now() - t0) / 1000;
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB; first pass ${first.toFixed(0)} ms`);
console.log(`names + linking: ${((bytes * passes) / 1e6 / seconds).toFixed(2)} MB/s`);
