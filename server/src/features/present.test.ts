import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packSpans, splitSentences } from '../analysis/sentences.js';
import { contextLine, formatTimex, shortTimex } from './present.js';

test('long forms name the day, the week, the part of the year', () => {
  assert.equal(formatTimex('2024-03-12'), 'Tuesday 12 March 2024');
  assert.equal(formatTimex('2024-03-16T09:30'), 'Saturday 16 March 2024, 09:30');
  assert.equal(formatTimex('2024-W11'), 'week 11 of 2024');
  assert.equal(formatTimex('2024-W10-WE'), 'the weekend of 9–10 March 2024');
  assert.equal(formatTimex('2024-04'), 'April 2024');
  assert.equal(formatTimex('2024-SU'), 'summer 2024');
  assert.equal(formatTimex('2024-Q2'), 'Q2 2024');
  assert.equal(formatTimex('2024-H1'), 'first half of 2024');
  assert.equal(formatTimex('199'), 'the 1990s');
  assert.equal(formatTimex('PRESENT_REF'), 'the present');
  assert.equal(formatTimex('what'), 'what');
});

test('short forms fit beside the text', () => {
  assert.equal(shortTimex('2022-03-08'), '8 Mar 2022');
  assert.equal(shortTimex('2024-03-16T00:00'), '16 Mar 2024, 00:00');
  assert.equal(shortTimex('2024-03-23TEV'), '23 Mar 2024, evening');
  assert.equal(shortTimex('2024-W10'), '4–10 Mar 2024');
  assert.equal(shortTimex('2024-W09'), '26 Feb – 3 Mar 2024');
  assert.equal(shortTimex('2025-W01'), '30 Dec 2024 – 5 Jan 2025');
  assert.equal(shortTimex('2024-04'), 'Apr 2024');
  assert.equal(shortTimex('2024-H2'), 'H2 2024');
  assert.equal(shortTimex('2024'), '2024');
  assert.equal(shortTimex('199'), '1990s');
});

test('a context line is the sentence, with the mention marked', () => {
  const text = 'First one.\n\nAna Ribeiro met   David Okafor\nin Lisbon. Next.';
  const mention = { start: text.indexOf('David'), end: text.indexOf('David') + 12 };
  const line = contextLine(text, packSpans(splitSentences(text)), mention);
  assert.equal(line.text, 'Ana Ribeiro met David Okafor');
  assert.equal(line.text.slice(...line.highlight), 'David Okafor');
});

test('a long sentence is cut at word boundaries around the mention', () => {
  const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
  words[40] = 'Lisbon';
  const text = words.join(' ') + '.';
  const start = text.indexOf('Lisbon');
  const line = contextLine(text, packSpans(splitSentences(text)), { start, end: start + 6 }, 60);
  assert.equal(line.text.slice(...line.highlight), 'Lisbon');
  assert.ok(line.text.length <= 62, line.text);
  assert.match(line.text, /^…word\d+ .* word\d+…$/);
});
