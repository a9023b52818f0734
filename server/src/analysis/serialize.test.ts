import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from './analyze.js';
import { decodeAnalysis, encodeAnalysis } from './serialize.js';

const TEXT = 'Harbor talks resume\n\nMayor Elena Brandt met President Kwame Mensah in Oslo on Tuesday, March 12, 2024. '
  + 'Brandt said last week that Mensah’s aides would return to Oslo in the spring.\n';
const roundTrip = (raw: unknown) => decodeAnalysis(JSON.parse(JSON.stringify(raw)));

test('an analysis survives encoding, JSON and decoding whole: titles, date values, headline, names', () => {
  const analysis = analyzeArticle(TEXT, { dct: '2024-03-14' });
  assert.ok(analysis.mentions.some(m => m.title) && analysis.mentions.some(m => m.date?.relative), 'the sample has titles and relative dates');
  assert.deepEqual(roundTrip(encodeAnalysis(analysis)), analysis);
  const bare = analyzeArticle('');
  assert.deepEqual(roundTrip(encodeAnalysis(bare)), bare);
});

test('a malformed encoding is rejected, not half-read', () => {
  const good = encodeAnalysis(analyzeArticle(TEXT, { dct: '2024-03-14' }));
  const broken = (change: (e: ReturnType<typeof encodeAnalysis>) => void) => {
    const e = structuredClone(good);
    change(e);
    return roundTrip(e);
  };
  const first = good.mentions.findIndex(m => m[2] !== 2), date = good.mentions.findIndex(m => m[2] === 2);
  assert.ok(first >= 0 && date >= 0);
  assert.equal(broken(e => e.mentions[first].pop()), undefined, 'a mention cut short');
  assert.equal(broken(e => (e.mentions[first][0] = -4)), undefined, 'a negative offset');
  assert.equal(broken(e => (e.mentions[first][2] = 7)), undefined, 'an unknown type');
  assert.equal(broken(e => ((e.mentions[first] as unknown[])[3] = 42)), undefined, 'a key that is no string');
  assert.equal(broken(e => ((e.mentions[date] as unknown[])[7] = 5)), undefined, 'a granularity that is no string');
  assert.equal(decodeAnalysis({ ...good, mentions: 'not a list' }), undefined);
  assert.equal(decodeAnalysis(null), undefined);
});
