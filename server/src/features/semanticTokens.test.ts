import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { LEGEND, semanticTokens } from './semanticTokens.js';

test('each mention is one token, relative-encoded, typed by the legend', () => {
  const ctx = markedContext(ARTICLES);
  const { data } = semanticTokens(ctx, 'file:///news/b.txt');
  const tokens: [number, number, number, string][] = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    tokens.push([line, char, data[i + 2], LEGEND.tokenTypes[data[i + 3]]]);
  }
  const lines = ctx.texts.get('file:///news/b.txt')!.split('\r\n');
  assert.deepEqual(tokens.map(([l, c, n, t]) => `${t}:${lines[l].slice(c, c + n)}`),
    ['person:Ribeiro’s', 'place:Lisbon', 'place:Nairobi', 'date:March 12']);
});

test('an unknown document has no tokens', () => {
  assert.deepEqual(semanticTokens(markedContext({}), 'file:///x.txt'), { data: [] });
});
