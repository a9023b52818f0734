import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from './corpus.js';

const article = (name: string) => `Harbour talks\n\nPrime Minister ${name} opened the harbour in Lisbon on Monday. ${name.split(' ')[1]} spoke.\n`;

test('names typed and deleted leave nothing behind: the string table follows the articles', () => {
  const corpus = new Corpus();
  corpus.update('file:///a.txt', article('Helena Costa'));
  corpus.update('file:///b.txt', article('Helena Costa'));
  const settled = corpus.stringCount;
  // typing a new name a keystroke at a time writes a new half-name each time
  const typed = 'Kwame Mensahville';
  for (let i = 7; i <= typed.length; i++) corpus.update('file:///a.txt', article(typed.slice(0, i)));
  corpus.update('file:///a.txt', article('Helena Costa'));
  assert.equal(corpus.stringCount, settled);
  corpus.delete('file:///a.txt');
  corpus.delete('file:///b.txt');
  assert.equal(corpus.stringCount, 0);
});

test('a string shared by two articles stays while either holds it', () => {
  const both = new Corpus();
  both.update('file:///a.txt', article('Helena Costa'));
  both.update('file:///b.txt', article('Helena Costa'));
  both.delete('file:///a.txt');
  const alone = new Corpus();
  alone.update('file:///b.txt', article('Helena Costa'));
  assert.equal(both.stringCount, alone.stringCount);
  both.delete('file:///b.txt');
  assert.equal(both.stringCount, 0);
});
