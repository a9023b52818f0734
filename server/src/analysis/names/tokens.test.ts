import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokens.js';

const words = (text: string) => tokenize(text).map(t => t.text);

test('splits a possessive off a name, curly or straight', () => {
  assert.deepEqual(words('Lula’s aide'), ['Lula', '’s', 'aide']);
  assert.deepEqual(words("Lula's aide"), ['Lula', "'s", 'aide']);
});

test('keeps dots of initials, dotted abbreviations and titles, not of sentence ends', () => {
  assert.deepEqual(words('Mr. John F. Kennedy went to the U.S. Then Dallas.'),
    ['Mr.', 'John', 'F.', 'Kennedy', 'went', 'to', 'the', 'U.S.', 'Then', 'Dallas', '.']);
});

test('keeps hyphenated and apostrophe names whole', () => {
  assert.deepEqual(words("Jean-Luc O'Brien"), ['Jean-Luc', "O'Brien"]);
});

test('token offsets slice back to the token text', () => {
  const text = '\uFEFFKyiv 🙂 Zürich,\r\nLagos';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});
