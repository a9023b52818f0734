import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { codeLenses } from './codeLens.js';

const ctx = markedContext({ ...ARTICLES, 'file:///news/d.md': '---\ndate: 2024-03-01\n---\n\n# Empty day\n\nNothing.' });

test('above the headline: how many people, places and dates the article names', () => {
  const [lens] = codeLenses(ctx, 'file:///news/a.txt');
  assert.equal(lens.command!.title, '2 people · 1 place · 1 date');
  assert.deepEqual(lens.command!.arguments, ['file:///news/a.txt']);
  assert.deepEqual(lens.range.start, { line: 0, character: 0 });
  assert.equal(codeLenses(ctx, 'file:///news/b.txt')[0].command!.title, '1 person · 2 places · 1 date');
});

test('the headline after front matter; zero counts said plainly; nothing for a stranger', () => {
  const [lens] = codeLenses(ctx, 'file:///news/d.md');
  assert.equal(lens.command!.title, '0 people · 0 places · 0 dates');
  assert.deepEqual(lens.range.start, { line: 4, character: 2 });
  assert.deepEqual(codeLenses(ctx, 'file:///news/none.txt'), []);
});
