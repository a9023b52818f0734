import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from './lineIndex.js';
import type { SpanColumns } from '../analysis/mentionColumns.js';
import { MentionRanges } from './mentionRanges.js';

const columns = (spans: { start: number; end: number }[]): SpanColumns => ({ count: spans.length, start: i => spans[i].start, end: i => spans[i].end });

/** The spans of every `word` in `text`, in order. */
function spansOf(text: string, word: string): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(word, 'g'))].map(m => ({ start: m.index!, end: m.index! + m[0].length }));
}

test('each mention gets the range its line index gives it, across every kind of line break', () => {
  const text = 'Ana Costa\r\nmet Costa\rin Lisbon.\nCosta\nleft 😀 Costa';
  const lines = LineIndex.of(text);
  const spans = [...spansOf(text, 'Costa'), { start: text.indexOf('Lisbon'), end: text.length + 5 }].sort((a, b) => a.start - b.start);
  const ranges = MentionRanges.of(columns(spans), lines);
  assert.equal(ranges.count, spans.length);
  spans.forEach((s, i) => assert.deepEqual(ranges.range(i), lines.rangeOf(s.start, s.end), `span ${i}`));
  const out: number[] = [];
  ranges.addTo(1, { add: (...n) => out.push(...n) });
  assert.deepEqual(out, [1, 4, 1, 9]);
});

test('a mention spanning a line break ends on the next line', () => {
  const text = 'said Vladimir\nPutin today';
  const ranges = MentionRanges.of(columns([{ start: 5, end: 19 }]), LineIndex.of(text));
  assert.deepEqual(ranges.range(0), { start: { line: 0, character: 5 }, end: { line: 1, character: 5 } });
});

test('lines and characters past 16 bits are kept whole in a long text', () => {
  const text = 'x\n'.repeat(70_000) + ' '.repeat(70_000) + 'Costa';
  const start = text.length - 5;
  const ranges = MentionRanges.of(columns([{ start, end: text.length }]), LineIndex.of(text));
  assert.deepEqual(ranges.range(0), { start: { line: 70_000, character: 70_000 }, end: { line: 70_000, character: 70_005 } });
});
