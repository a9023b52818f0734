import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNames } from './index.js';

const spans = (text: string) => findNames(text).map(m => `${m.type}:${m.text}`);

test('finds a person and a place in a plain news sentence', () => {
  const found = spans('Yesterday Angela Merkel flew to Brazil for talks with the finance ministry.');
  assert.deepEqual(found, ['PERSON:Angela Merkel', 'PLACE:Brazil']);
});

test('a possessive is not part of the name, with straight or curly apostrophes', () => {
  for (const apostrophe of ["'", '’']) {
    const text = `Officials said Emmanuel Macron${apostrophe}s plan was welcomed in Germany.`;
    const person = findNames(text).find(m => m.type === 'PERSON');
    assert.equal(person?.text, 'Emmanuel Macron');
    assert.equal(text.slice(person!.start, person!.end), 'Emmanuel Macron');
  }
});

test('offsets are string indices into the original text with a BOM, CRLF and emoji', () => {
  const text = '\uFEFFStorm hits coast 🌀\r\n\r\nResidents of Florida were told by Governor Ron DeSantis to leave.\r\n';
  const found = findNames(text);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(found.some(m => m.type === 'PLACE' && m.text === 'Florida'));
  assert.ok(found.some(m => m.type === 'PERSON' && m.text.endsWith('Ron DeSantis')));
});

test('a title is not part of the name but is reported beside it', () => {
  const person = findNames('The bill was signed by President Joe Biden on a rainy morning.').find(m => m.type === 'PERSON');
  assert.equal(person?.text, 'Joe Biden');
  assert.equal(person?.title, 'President');
});

test("a title's of-phrase is left out up to the first name", () => {
  const person = findNames('Yesterday Minister of Education Stefania Giannini said schools would reopen.').find(m => m.type === 'PERSON');
  assert.equal(person?.text, 'Stefania Giannini');
});

test('a name never ends on a connector before a place', () => {
  const found = spans('Foreign Minister Ana Ribeiro of Portugal signed the agreement in Lisbon.');
  assert.ok(found.includes('PERSON:Ana Ribeiro'), found.join(', '));
  assert.ok(found.includes('PLACE:Portugal'), found.join(', '));
});

test('a country is a place even where it opens a possessive headline', () => {
  const found = spans("Indonesia's transport minister tells airlines to wait\nThe minister spoke in Jakarta on Monday.");
  assert.ok(found.includes('PLACE:Indonesia'), found.join(', '));
});

test('the capitals of a dateline name a place', () => {
  const found = spans('Book fair opens\n\nLONDON — Thursday, April 11, 2024\n\nPublishers from Kenya arrived on Thursday.');
  assert.ok(found.includes('PLACE:LONDON'), found.join(', '));
});

test('a place inside an airline or company name is no place', () => {
  const found = spans('Passengers of Qatar Airways were rebooked after the storm hit Doha.');
  assert.ok(!found.some(s => s.startsWith('PLACE:Qatar')), found.join(', '));
});

test('an everyday word that only opens a sentence is no person', () => {
  const found = spans('Dock workers in Porto walked off the job on Monday.');
  assert.ok(!found.some(s => s.includes('Dock')), found.join(', '));
  assert.ok(found.includes('PLACE:Porto'), found.join(', '));
});

test('a surname written alone after the full name is that person', () => {
  const found = spans('Mark Papermaster left the company in August.\nJobs said little, and Papermaster did not comment.');
  assert.ok(found.includes('PERSON:Papermaster'), found.join(', '));
});

test('a job written before a name is left out, and a job alone is no person', () => {
  const found = findNames('The board met CEO Tim Cook at noon, and the CEO later spoke to reporters in Texas.');
  assert.deepEqual(found.filter(m => m.type === 'PERSON').map(m => m.text), ['Tim Cook']);
});

test('organisations are neither people nor places', () => {
  const found = spans('Shares of Lufthansa Airlines fell after the carrier said it would cut routes to Spain.');
  assert.ok(!found.some(s => s.includes('Lufthansa')), found.join(', '));
  assert.ok(found.includes('PLACE:Spain'));
});

test('a currency code glued to an amount is no place', () => {
  assert.deepEqual(spans('The deal is worth US$3 billion over ten years.'), []);
});

test('mentions are sorted by start and never overlap', () => {
  const found = findNames('In Paris, Marie Dubois met Kenji Watanabe of Japan and the mayor of Lyon, Pierre Martin.');
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
  assert.ok(found.length >= 4);
});

test('empty and name-free texts give nothing', () => {
  assert.deepEqual(findNames(''), []);
  assert.deepEqual(findNames('it rained all day and nobody went out.'), []);
});


test('a capitalised code with digits is neither a person nor a place', () => {
  const found = spans('Airbus delivered the first A380 to Singapore, and Boeing the last DC-9 to Detroit.');
  assert.ok(!found.some(s => /A380|DC-9/.test(s)), found.join(', '));
  assert.ok(found.includes('PLACE:Singapore'), found.join(', '));
});

test('a name written after a role noun is a person ("captain Andreas Holmqvist")', () => {
  for (const [text, name] of [
    ['Swedish captain Andreas Holmqvist scored from the penalty spot.', 'Andreas Holmqvist'],
    ['As coauthor Colette Hendry told reporters, the effect was small.', 'Colette Hendry'],
  ]) assert.ok(spans(text).includes(`PERSON:${name}`), `${text}: ${spans(text).join(', ')}`);
});
