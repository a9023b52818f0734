import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArticleDate } from './articleDate.js';

test('a given date wins', () => {
  assert.deepEqual(findArticleDate('Published March 1, 2020.', { dct: '2022-03-08T10:00:00Z' }),
    { value: '2022-03-08', source: 'given', evidence: '2022-03-08T10:00:00Z' });
});

test('front matter date', () => {
  const a = findArticleDate('---\ntitle: Kyiv\ndate: 2022-03-08\n---\nBody text from May 2, 2021.\n', {});
  assert.equal(a.source, 'front-matter');
  assert.equal(a.value, '2022-03-08');
});

test('a date line at the top: GUM style and wire style', () => {
  const gum = findArticleDate('Ants heal themselves\nTuesday, September 1, 2015\nFormica fusca ants...', {});
  assert.deepEqual(gum, { value: '2015-09-01', source: 'dateline', evidence: 'Tuesday, September 1, 2015' });
  const wire = findArticleDate('WASHINGTON (AP) \u2014 March 8, 2022 \u2014 Congress met.', {});
  assert.equal(wire.value, '2022-03-08');
  assert.equal(wire.source, 'dateline');
});

test('the first full date in the body, past the top', () => {
  const text = 'Headline\n' + 'Filler words here. '.repeat(40) + 'On Jan. 5, 2021, it rained.';
  const a = findArticleDate(text, {});
  assert.equal(a.source, 'text');
  assert.equal(a.value, '2021-01-05');
});

test('file name, then file time, then nothing', () => {
  assert.deepEqual(findArticleDate('No dates here.', { fileName: '/news/2022-03-08-kyiv.txt' }),
    { value: '2022-03-08', source: 'file-name', evidence: '2022-03-08-kyiv.txt' });
  const t = findArticleDate('No dates here.', { fileTime: new Date('2021-06-01T12:00:00Z') });
  assert.equal(t.source, 'file-time');
  assert.equal(t.value, '2021-06-01');
  assert.deepEqual(findArticleDate('No dates here.', { fileName: 'kyiv.txt' }), { source: 'none' });
});
