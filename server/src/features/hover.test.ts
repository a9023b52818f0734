import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext, positionOf } from '../testing/markedArticle.js';
import { hover } from './hover.js';

const ctx = markedContext(ARTICLES);
const A = 'file:///news/a.txt', B = 'file:///news/b.txt', C = 'file:///news/c.md';
const card = (uri: string, needle: string, n = 0) => {
  const h = hover(ctx, uri, positionOf(ctx.texts.get(uri)!, needle, n));
  return h && (h.contents as { value: string }).value;
};

test('a person card names the entity, its aliases, titles, counts and first mention', () => {
  const value = card(B, 'Ribeiro’s')!;
  assert.match(value, /^\*\*Ana Ribeiro\*\* — person/);
  assert.match(value, /Also written: Ribeiro/);
  assert.match(value, /Titles: Foreign Minister/);
  assert.match(value, /1 mention in this article · 3 mentions in 2 articles/);
  assert.match(value, /First mention \(\[a\\\.txt\]\(file:\/\/\/news\/a\.txt#L3\)\): “LISBON — Foreign Minister Ana Ribeiro opened/);
  assert.match(value, /Often with: .*Lisbon/);
});

test('a date card gives the resolved day, what it was resolved against and other articles', () => {
  const value = card(A, 'Tuesday')!;
  assert.match(value, /^\*\*Tuesday 12 March 2024\*\* — date/);
  assert.match(value, /`Tuesday` resolved against the article’s date, Thursday 14 March 2024 \(from its dateline/);
  assert.match(value, /Also on this day: b\\\.txt/);
});

test('an unresolved date says so and is not joined with other articles', () => {
  const value = card(C, 'Tuesday')!;
  assert.match(value, /1 mention in this article · 1 mention in 1 article/);
});

test('no card off a mention, or for a stale position', () => {
  assert.equal(card(A, 'summit'), null);
  assert.equal(hover(ctx, A, { line: 999, character: 0 }), null);
  assert.equal(hover(ctx, A, { line: 2, character: -4 }), null);
  assert.equal(hover(ctx, 'file:///nowhere.txt', { line: 0, character: 0 }), null);
});

test('the card range is the mention, in UTF-16 positions on CRLF text', () => {
  const h = hover(ctx, B, positionOf(ctx.texts.get(B)!, 'Nairobi', 1))!;
  assert.deepEqual(h.range, { start: { line: 2, character: 35 }, end: { line: 2, character: 42 } });
  assert.equal(ctx.texts.get(B)!.split('\r\n')[2].slice(35, 42), 'Nairobi');
});
