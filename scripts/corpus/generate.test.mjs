// node --test scripts/corpus/generate.test.mjs — small corpora (30 articles)
// so the suite stays well under a few seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from './generate.mjs';

const N = 30;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-corpus-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function readCorpus(dir) { // relative path -> text, in sorted order
  const out = new Map();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else out.set(path.relative(dir, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const a = path.join(tmp, 'a'), b = path.join(tmp, 'b'), c = path.join(tmp, 'c');
const manifestA = generate({ articles: N, out: a, seed: 42 });
generate({ articles: N, out: b, seed: 42 });
generate({ articles: N, out: c, seed: 43 });
const corpusA = readCorpus(a);
const articles = [...corpusA].filter(([p]) => p.endsWith('.txt'));

test('same seed and N give byte-identical output, manifest included', () => {
  assert.deepEqual([...readCorpus(b)], [...corpusA]);
});

test('a different seed gives a different corpus', () => {
  const other = readCorpus(c);
  const same = articles.filter(([p, t]) => other.get(p) === t).length;
  assert.equal(same, 0);
});

test('N articles in YYYY/MM folders, each 300–1,500 words', () => {
  assert.equal(articles.length, N);
  for (const [p, text] of articles) {
    assert.match(p, /^\d{4}\/\d{2}\/[a-z0-9-]+-\d{5}\.txt$/);
    const words = text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 300 && words <= 1500, `${p}: ${words} words`);
  }
});

test('articles look like news: headline, blank line, dateline, paragraphs', () => {
  for (const [p, text] of articles) {
    const paras = text.split('\n\n');
    assert.ok(paras.length >= 4, p);
    assert.ok(!paras[0].includes('\n') && paras[0].length < 120, `${p}: headline`);
    assert.match(paras[1], /^[A-ZÀ-Þ.' -]+(, [A-Za-z ]+)?( \([A-Za-z ]+\))? — /u, `${p}: dateline`);
  }
  const all = articles.map(([, t]) => t).join('\n');
  for (const needle of ['“', '"', '’s', ' — ']) assert.ok(all.includes(needle), `corpus lacks ${needle}`);
});

test('recurring people: the most-mentioned person appears in several files', () => {
  const { name, articles: count } = manifestA.mostMentioned;
  assert.ok(count >= 5, `${name} in only ${count} articles`);
  const surname = name.split(' ').pop();
  const files = articles.filter(([, t]) => t.includes(surname)).length;
  assert.ok(files >= count, `${surname} found in ${files} files, manifest says ${count}`);
  const saved = JSON.parse(corpusA.get('corpus.json'));
  assert.deepEqual(saved, manifestA);
  assert.equal(saved.bytes, articles.reduce((s, [, t]) => s + Buffer.byteLength(t), 0));
});

test('refuses to write into a folder that is not an earlier corpus', () => {
  const d = path.join(tmp, 'busy');
  fs.mkdirSync(d); fs.writeFileSync(path.join(d, 'notes.txt'), 'mine');
  assert.throws(() => generate({ articles: 2, out: d, seed: 1 }), /refusing/);
  assert.equal(fs.readFileSync(path.join(d, 'notes.txt'), 'utf8'), 'mine');
});
