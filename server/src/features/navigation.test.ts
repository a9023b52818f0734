// Definition, references and highlights: one entity seen from one mention.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Location } from 'vscode-languageserver-types';
import { ARTICLES } from '../testing/fixtures.js';
import { markedContext, positionOf } from '../testing/markedArticle.js';
import { definition } from './definition.js';
import { highlights } from './highlights.js';
import { compactReferences, references } from './references.js';
import { expandReferences, forEachReference } from '../compactReferences.js';
import type { CompactReferences } from '../protocol.js';

const ctx = markedContext(ARTICLES);
const A = 'file:///news/a.txt', B = 'file:///news/b.txt';
const at = (uri: string, needle: string, n = 0) => positionOf(ctx.texts.get(uri)!, needle, n);

test('definition goes from a surname in another article to the full name', () => {
  const def = definition(ctx, B, at(B, 'Ribeiro’s'));
  assert.deepEqual(def, { uri: A, range: { start: { line: 2, character: 26 }, end: { line: 2, character: 37 } } });
  assert.equal(ctx.texts.get(A)!.split('\n')[2].slice(26, 37), 'Ana Ribeiro');
});

test('references list every mention in every article', () => {
  const refs = references(ctx, A, at(A, 'Lisbon', 1));
  assert.deepEqual(refs.map(r => `${r.uri}:${r.range.start.line}`), [`${A}:2`, `${B}:2`]);
  const ribeiro = references(ctx, A, at(A, 'Ribeiro', 1));
  assert.equal(ribeiro.length, 3);
  assert.deepEqual(new Set(ribeiro.map(r => r.uri)), new Set([A, B]));
});

test('references are every mention the corpus lists for the entity, in its order, each at the range of its offsets', () => {
  for (const article of ctx.corpus.all()) {
    for (const mention of article.analysis.mentions) {
      const entity = ctx.corpus.entityOf(article, mention)!;
      const listed = [...ctx.corpus.mentionsOf(entity)].map(ref => Location.create(ref.article.uri, ref.article.lines.rangeOf(ref.mention.start, ref.mention.end)));
      assert.deepEqual(references(ctx, article.uri, article.lines.positionAt(mention.start)), listed, entity.id);
    }
  }
});

test('the compact answer lists each article once a run, with as many ranges as it counts', () => {
  let multiArticle = 0;
  for (const article of ctx.corpus.all()) {
    for (const mention of article.analysis.mentions) {
      const compact = compactReferences(ctx, article.uri, article.lines.positionAt(mention.start));
      const seen: string[] = [];
      forEachReference(compact, uri => seen.push(uri));
      assert.deepEqual(seen, compact.uris.flatMap((uri, i) => Array<string>(compact.counts[i]).fill(uri)));
      compact.uris.forEach((uri, i) => assert.notEqual(uri, compact.uris[i - 1], 'a run is not split'));
      if (compact.uris.length > 1) multiArticle++;
    }
  }
  assert.ok(multiArticle > 0, 'no entity of the fixtures is in two articles');
  assert.deepEqual(compactReferences(ctx, A, { line: 50, character: 3 }), { uris: [], counts: [], bits: 16, ranges: '' });
});

test('a malformed compact answer gives the locations it holds whole, and no more', () => {
  const whole = compactReferences(ctx, A, at(A, 'Ribeiro', 1));
  const locations = expandReferences(whole);
  assert.equal(locations.length, 3);
  const perRange = whole.bits / 2; // four numbers of bits / 8 bytes
  const cut = { ...whole, ranges: Buffer.from(whole.ranges, 'base64').subarray(0, perRange * 2 + 5).toString('base64') };
  assert.deepEqual(expandReferences(cut), locations.slice(0, 2));
  assert.deepEqual(expandReferences({ ...whole, counts: [1] }), locations.slice(0, 1));
  for (const bad of [null, {}, { uris: 'x', counts: 3, ranges: 7 }, { ...whole, ranges: '%%%' }]) {
    assert.deepEqual(expandReferences(bad as unknown as CompactReferences), [], JSON.stringify(bad));
  }
});

test('highlights stay in the article', () => {
  const marks = highlights(ctx, A, at(A, 'Ribeiro', 1));
  assert.deepEqual(marks.map(m => m.range.start.line), [2, 3]);
});

test('nothing under the cursor, nothing returned', () => {
  assert.equal(definition(ctx, A, at(A, 'opened')), null);
  assert.deepEqual(references(ctx, A, { line: 50, character: 3 }), []);
  assert.deepEqual(highlights(ctx, 'file:///gone.txt', { line: 0, character: 0 }), []);
});
