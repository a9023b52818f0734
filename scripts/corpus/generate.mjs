#!/usr/bin/env node
// Deterministic synthetic news corpus for scale benchmarks.
//
//   npm run corpus -- --articles N --out DIR [--seed S] [--people P]
//
// Writes DIR/YYYY/MM/<slug>-<index>.txt (plain text, one article a file,
// 300–1,500 words) plus DIR/corpus.json. Same seed and N give byte-identical
// output: all randomness is a seeded PRNG, article i has its own stream, and
// nothing reads the clock except the elapsed-time line printed at the end.
// Articles are written one at a time, so memory stays flat at any N.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, mixSeed } from './random.mjs';
import { buildWorld } from './world.mjs';
import { composeArticle } from './templates.mjs';
import { daysInMonth } from './dates.mjs';

// The corpus ends in a fixed month (not "now"), so output never depends on
// when it was generated.
const END_YEAR = 2024, END_MONTH = 11; // December 2024
const MAX_PER_FOLDER = 800;            // stays under the ~1,000 files a folder limit

function parseArgs(argv) {
  const opts = { articles: NaN, out: '', seed: 1, people: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--articles' || a === '-n') { opts.articles = Number(v); i++; }
    else if (a === '--out' || a === '-o') { opts.out = v; i++; }
    else if (a === '--seed') { opts.seed = Number(v); i++; }
    else if (a === '--people') { opts.people = Number(v); i++; }
    else if (a === '--help' || a === '-h') { opts.help = true; }
    else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

const USAGE = 'usage: npm run corpus -- --articles N --out DIR [--seed S] [--people P]';

// Refuses to write into a folder holding anything but an earlier corpus, and
// clears an earlier corpus so a smaller N leaves no stale files behind.
function prepareOut(dir) {
  if (!fs.existsSync(dir)) { fs.mkdirSync(dir, { recursive: true }); return; }
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes('corpus.json')) throw new Error(`${dir} is not empty and holds no corpus.json; refusing to write into it`);
  for (const e of entries) if (e === 'corpus.json' || /^\d{4}$/.test(e)) fs.rmSync(path.join(dir, e), { recursive: true, force: true });
}

function slugify(headline) {
  return headline.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 6).join('-');
}

export function generate({ articles, out, seed = 1, people = 3000 }) {
  const world = buildWorld(seed, { people });
  const counts = { mentions: new Uint32Array(world.people.length), articles: new Uint32Array(world.people.length) };
  // Spread articles evenly over enough months that no folder gets too full;
  // article i falls in month floor(i * months / N), counted back from the end.
  const months = Math.max(24, Math.ceil(articles / MAX_PER_FOLDER));
  const pad = Math.max(5, String(articles - 1).length);
  prepareOut(out);
  let bytes = 0, lastDir = '';
  for (let i = 0; i < articles; i++) {
    const mi = Math.floor((i * months) / articles);
    const back = months - 1 - mi;
    const y = END_YEAR - Math.floor((back + (11 - END_MONTH)) / 12);
    const m = (((END_MONTH - back) % 12) + 12) % 12;
    const rng = new Rng(mixSeed(seed, i + 1));
    const dct = new Date(Date.UTC(y, m, rng.int(1, daysInMonth(y, m))));
    const art = composeArticle(rng, world, dct, counts);
    for (const id of art.people) counts.articles[id]++;
    const dir = path.join(out, String(y), String(m + 1).padStart(2, '0'));
    if (dir !== lastDir) { fs.mkdirSync(dir, { recursive: true }); lastDir = dir; }
    const file = path.join(dir, `${slugify(art.headline)}-${String(i).padStart(pad, '0')}.txt`);
    const buf = Buffer.from(art.text, 'utf8');
    fs.writeFileSync(file, buf);
    bytes += buf.length;
  }
  let top = 0;
  for (let id = 1; id < counts.articles.length; id++) if (counts.articles[id] > counts.articles[top]) top = id;
  const manifest = {
    seed, articles, bytes, people: world.people.length, places: world.cities.length + world.countries.length,
    mostMentioned: { name: world.people[top].full, articles: counts.articles[top], mentions: counts.mentions[top] },
  };
  fs.writeFileSync(path.join(out, 'corpus.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message); console.error(USAGE); process.exit(2); }
  if (opts.help) { console.log(USAGE); process.exit(0); }
  if (!Number.isInteger(opts.articles) || opts.articles < 1 || !opts.out || !Number.isInteger(opts.seed) || !Number.isInteger(opts.people) || opts.people < 10) {
    console.error(USAGE); process.exit(2);
  }
  const t0 = process.hrtime.bigint();
  try {
    const m = generate(opts);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`files written: ${m.articles}`);
    console.log(`total: ${(m.bytes / 1048576).toFixed(1)} MB`);
    console.log(`elapsed: ${secs.toFixed(1)} s`);
    console.log(`most mentioned: ${m.mostMentioned.name} (${m.mostMentioned.articles} articles, ${m.mostMentioned.mentions} mentions)`);
  } catch (e) { console.error(e.message); process.exit(1); }
}
