import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext } from '../testing/markedArticle.js';
import { workspaceSymbols } from './workspaceSymbols.js';

const ctx = markedContext(ARTICLES);

test('entities are found by any of their names, best match first', () => {
  assert.deepEqual(workspaceSymbols(ctx, 'ribei').map(s => s.name), ['Ana Ribeiro']);
  assert.deepEqual(workspaceSymbols(ctx, 'nair').map(s => [s.name, s.containerName]), [['Nairobi', 'place']]);
  const lis = workspaceSymbols(ctx, 'lis')[0];
  assert.equal(lis.location.uri, 'file:///news/a.txt');
});

test('an empty query lists entities, most mentioned first', () => {
  const all = workspaceSymbols(ctx, '');
  assert.equal(all[0].name, 'Ana Ribeiro');
  assert.ok(all.length >= 5);
});
