import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../testing/random.js';
import { LineIndex } from './lineIndex.js';

test('positions count UTF-16 code units and every kind of line break', () => {
  const text = 'a😀b\r\nsecond\rthird\nlast';
  const index = LineIndex.of(text);
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(text.indexOf('b')), { line: 0, character: 3 });
  assert.deepEqual(index.positionAt(text.indexOf('second')), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(text.indexOf('third')), { line: 2, character: 0 });
  assert.equal(index.offsetAt({ line: 3, character: 2 }), text.indexOf('last') + 2);
});

test('out-of-range positions are clamped, never thrown', () => {
  const index = LineIndex.of('ab\ncd');
  assert.equal(index.offsetAt({ line: 99, character: 0 }), 5);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 3);
  assert.equal(index.offsetAt({ line: -1, character: -5 }), 0);
  assert.equal(index.offsetAt({ line: NaN, character: 1 }), 0);
  assert.deepEqual(index.positionAt(1000), { line: 1, character: 2 });
});

test('the range of a span is the positions of its two ends, across line breaks and past the end', () => {
  const text = 'Helena\r\nCosta\rin\nLisbon\n';
  const index = LineIndex.of(text);
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length + 2; end++) {
      assert.deepEqual(index.rangeOf(start, end), { start: index.positionAt(start), end: index.positionAt(end) }, `${start}-${end}`);
    }
  }
});

test('a span looked for from a line at or before it, or from a wrong line, is placed the same', () => {
  const text = 'Helena\r\nCosta\rin\nLisbon\n\nand Porto';
  const index = LineIndex.of(text);
  for (let start = 0; start <= text.length; start++) {
    for (const end of [start, start + 3, text.length + 2]) {
      for (const from of [-1, 0, 1, 2, 3, 4, 5, 6, 99, 1.5]) {
        assert.deepEqual(index.rangeOf(start, end, from), index.rangeOf(start, end), `${start}-${end} from ${from}`);
      }
    }
  }
});

test('lines start after every LF, CR and CRLF, as a reading character by character finds them', () => {
  const byCharacter = (text: string) => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
    }
    return starts;
  };
  const random = seededRandom(3), pieces = ['a', '\n', '\r', 'b', '\r\n'];
  for (let t = 0; t < 5000; t++) {
    let text = '';
    for (let k = random(12); k > 0; k--) text += pieces[random(pieces.length)];
    assert.deepEqual([...LineIndex.of(text).lineStarts], byCharacter(text), JSON.stringify(text));
  }
});
