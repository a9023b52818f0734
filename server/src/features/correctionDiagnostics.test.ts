import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCorrections } from '../corpus/correctionsFile.js';
import { correctionDiagnostics } from './correctionDiagnostics.js';

test('a problem becomes a diagnostic at its line and column', () => {
  const text = '{\r\n  "version": 1,\r\n  "notEntity": [{ "text": "Angers", "type": "CITY" }]\r\n}';
  const [d] = correctionDiagnostics(text, readCorrections(text).problems);
  const col = text.split('\r\n')[2].indexOf('"CITY"');
  assert.deepEqual(d.range, { start: { line: 2, character: col }, end: { line: 2, character: col + 6 } });
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'News Lens');
  assert.match(d.message as string, /"type" must be one of .*\. News Lens keeps using the last valid corrections until this is fixed\.$/);
});
