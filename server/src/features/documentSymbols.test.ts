import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { documentSymbols } from './documentSymbols.js';

const ctx = markedContext(ARTICLES);

test('the outline is the headline, then People, Places and Dates with counts and mentions', () => {
  const symbols = documentSymbols(ctx, 'file:///news/a.txt');
  assert.deepEqual(symbols.map(s => s.name), ['Lisbon hosts the summit', 'People', 'Places', 'Dates']);
  const people = symbols[1];
  assert.deepEqual(people.children!.map(c => [c.name, c.detail]), [['Ana Ribeiro', '2 mentions'], ['David Okafor', '1 mention']]);
  assert.deepEqual(people.children![0].children!.map(c => c.name), ['Ana Ribeiro', 'Ribeiro']);
  assert.equal(symbols[3].children![0].name, 'Tuesday 12 March 2024');
});

test('every child range lies inside its parent range', () => {
  const inside = (a: { start: { line: number; character: number } }, b: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character));
  for (const group of documentSymbols(ctx, 'file:///news/a.txt').slice(1)) {
    for (const entity of group.children!) {
      assert.ok(inside(entity.range, group.range));
      for (const m of entity.children!) assert.ok(inside(m.range, entity.range));
    }
  }
});

test('an article without mentions has only its headline; an unknown one has nothing', () => {
  const ctx2 = markedContext({ 'file:///x.md': '# Only a title\n\nno names here.' });
  assert.deepEqual(documentSymbols(ctx2, 'file:///x.md').map(s => s.name), ['Only a title']);
  assert.deepEqual(documentSymbols(ctx2, 'file:///y.md'), []);
});
