import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkArticleNames, normalizeName, personWords, placeKey } from './linking.js';
import type { NameMention } from './names/index.js';

let at = 0;
const m = (type: 'PERSON' | 'PLACE', text: string, title?: string): NameMention => {
  const mention: NameMention = { type, text, start: at, end: at + text.length, ...(title ? { title } : {}) };
  at += text.length + 1;
  return mention;
};

test('normalises case, diacritics and possessives', () => {
  assert.equal(normalizeName('José Müller’s'), 'jose muller');
  assert.equal(normalizeName('  Ana   Lima '), 'ana lima');
});

test('a person key drops titles and middle initials', () => {
  assert.deepEqual(personWords('President Vladimir V. Putin'), ['vladimir', 'putin']);
  assert.deepEqual(personWords('Mr. Putin'), ['putin']);
});

test('surname, titled surname and full name share one key; the display name is the longest form', () => {
  const { keys, names } = linkArticleNames([
    m('PERSON', 'Vladimir V. Putin'), m('PERSON', 'Putin'), m('PERSON', 'Mr. Putin', 'Mr.'), m('PERSON', 'Putin’s'),
  ]);
  assert.deepEqual(keys, ['vladimir putin', 'vladimir putin', 'vladimir putin', 'vladimir putin']);
  assert.equal(names.get('vladimir putin'), 'Vladimir V. Putin');
});

test('a surname goes to the nearest full name before it', () => {
  const { keys } = linkArticleNames([m('PERSON', 'George Smith'), m('PERSON', 'Smith'), m('PERSON', 'Mary Smith'), m('PERSON', 'Smith')]);
  assert.deepEqual(keys, ['george smith', 'george smith', 'mary smith', 'mary smith']);
});

test('a person known only by surname keys as the surname', () => {
  assert.deepEqual(linkArticleNames([m('PERSON', 'Zelenskyy'), m('PERSON', 'Zelenskyy')]).keys, ['zelenskyy', 'zelenskyy']);
});

test('places never link by a shared word, but equivalent country names do', () => {
  const { keys } = linkArticleNames([m('PLACE', 'North Korea'), m('PLACE', 'South Korea'), m('PLACE', 'U.S.'), m('PLACE', 'United States'), m('PLACE', 'the US')]);
  assert.notEqual(keys[0], keys[1]);
  assert.equal(keys[2], keys[3]);
  assert.equal(keys[3], keys[4]);
  assert.equal(placeKey('Korea'), 'korea');
});

test('the same key in two articles for the same person', () => {
  const a = linkArticleNames([m('PERSON', 'Jacinda Ardern')]).keys[0];
  const b = linkArticleNames([m('PERSON', 'Prime Minister Jacinda Ardern', 'Prime Minister'), m('PERSON', 'Ardern')]).keys;
  assert.deepEqual(b, [a, a]);
});
