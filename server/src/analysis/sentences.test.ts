import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHeadline, packSpans, sentenceAt, splitSentences, skipFrontMatter } from './sentences.js';

const sentences = (text: string) => splitSentences(text).map(s => text.slice(s.start, s.end));

test('abbreviations and initials do not end sentences', () => {
  assert.deepEqual(sentences('Mr. Putin met Vladimir V. Putin. U.S. officials said no. Then Feb. 24 came!'),
    ['Mr. Putin met Vladimir V. Putin.', 'U.S. officials said no.', 'Then Feb. 24 came!']);
});

test('closing quotes stay with their sentence; lines and paragraphs end sentences', () => {
  assert.deepEqual(sentences('“We will stay,” she said. “Never.”\r\nHeadline without stop\n\nNext one.'),
    ['“We will stay,” she said.', '“Never.”', 'Headline without stop', 'Next one.']);
});

test('the headline is the first non-empty line, after a BOM, front matter or a Markdown #', () => {
  assert.equal(findHeadline('\uFEFF\n\n  Floods in Porto  \nbody')?.text, 'Floods in Porto');
  const md = '---\ndate: 2024-03-01\n---\n# Floods in Porto\n';
  const h = findHeadline(md)!;
  assert.equal(h.text, 'Floods in Porto');
  assert.equal(md.slice(h.start, h.end), 'Floods in Porto');
  assert.equal(skipFrontMatter(md), md.indexOf('#'));
  assert.equal(findHeadline(''), undefined);
  assert.equal(findHeadline(' \n\t\n'), undefined);
});

test('sentenceAt finds the sentence holding an offset', () => {
  const text = 'One here. Two there.';
  const s = packSpans(splitSentences(text));
  assert.deepEqual(sentenceAt(s, text.indexOf('there')), { start: 10, end: 20 });
  assert.deepEqual(sentenceAt(s, 0), { start: 0, end: 9 });
  assert.equal(sentenceAt(s, 9), undefined);
});
