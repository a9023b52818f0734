import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from './analyze.js';
import { plainAnalysis } from '../testing/plainAnalysis.js';
import { packAnalysis, packedSpans, unpackAnalysis, type PackedAnalysis } from './packed.js';

const TEXT = 'Harbor talks resume\n\nMayor Elena Brandt met President Kwame Mensah in Oslo on Tuesday, March 12, 2024. '
  + 'Brandt said last week that Mensah’s aides would return to Oslo in the spring. Oslo welcomed them.\n';
const analysis = () => analyzeArticle(TEXT, { dct: '2024-03-14' });

test('an analysis survives packing whole: titles, date values, headline, anchor, names', () => {
  const a = analysis();
  assert.ok(a.mentions.some(m => m.title) && a.mentions.some(m => m.date?.relative) && a.mentions.some(m => m.date && !m.date.relative));
  assert.ok(a.headline && a.anchor.value && a.names.size);
  assert.deepEqual(plainAnalysis(unpackAnalysis(packAnalysis(a))), plainAnalysis(a));
  const bare = analyzeArticle('');
  assert.deepEqual(plainAnalysis(unpackAnalysis(packAnalysis(bare))), plainAnalysis(bare));
});

test('a string repeated across mentions is packed once and unpacked as one shared copy', () => {
  const a = analysis();
  const oslo = a.mentions.filter(m => m.text === 'Oslo');
  assert.ok(oslo.length >= 3);
  const packed = packAnalysis(a);
  assert.equal((JSON.parse(packed.strings) as string[]).filter(s => s === 'Oslo').length, 1);
  const unpacked = unpackAnalysis(packed)!.mentions.filter(m => m.text === 'Oslo');
  // The same string object: its hash, once computed by the corpus's interner, serves every mention.
  assert.ok(unpacked.every(m => Object.is(m.text, unpacked[0].text)));
});

test('a malformed packing is rejected, not half-read', () => {
  const good = packAnalysis(analysis());
  const strings = JSON.parse(good.strings) as string[];
  const mentionsAt = good.ints.length - 9 * analysis().mentions.length;
  const changed = (at: number, value: number): PackedAnalysis => {
    const ints = good.ints.slice();
    ints[at] = value;
    return { strings: good.strings, ints };
  };
  assert.ok(unpackAnalysis({ strings: good.strings, ints: good.ints.slice() }), 'a copy unpacks');
  assert.equal(unpackAnalysis(changed(mentionsAt, -4)), undefined, 'a negative offset');
  assert.equal(unpackAnalysis(changed(mentionsAt + 2, 7)), undefined, 'an unknown type');
  assert.equal(unpackAnalysis(changed(mentionsAt + 3, strings.length)), undefined, 'a key past the strings');
  assert.equal(unpackAnalysis(changed(mentionsAt + 3, -1)), undefined, 'a key that is missing');
  assert.equal(unpackAnalysis(changed(mentionsAt - 1, 1e6)), undefined, 'a mention count past the end');
  assert.equal(unpackAnalysis({ strings: good.strings, ints: good.ints.subarray(0, good.ints.length - 1) }), undefined, 'cut short');
  assert.equal(unpackAnalysis({ strings: good.strings, ints: Int32Array.from([...good.ints, 0]) }), undefined, 'trailing integers');
  assert.equal(unpackAnalysis({ strings: '[1,2]', ints: good.ints }), undefined, 'strings that are not strings');
  assert.equal(unpackAnalysis({ strings: '[', ints: good.ints }), undefined, 'strings that do not parse');
});

test('a date without a granularity is rejected', () => {
  const a = analysis();
  const date = a.mentions.findIndex(m => m.date);
  const good = packAnalysis(a);
  const ints = good.ints.slice();
  ints[good.ints.length - 9 * (a.mentions.length - date) + 7] = -1;
  assert.equal(unpackAnalysis({ strings: good.strings, ints }), undefined);
});

test('the mentions’ spans are read from the integers alone, and a broken packing gives none', () => {
  const a = analysis();
  const packed = packAnalysis(a);
  const spans = packedSpans(packed.ints)!;
  assert.equal(spans.count, a.mentions.length);
  a.mentions.forEach((m, i) => assert.deepEqual([spans.start(i), spans.end(i)], [m.start, m.end]));
  assert.equal(packedSpans(packed.ints.subarray(0, packed.ints.length - 1)), undefined);
});
