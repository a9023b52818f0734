import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { applyEdits } from 'jsonc-parser';
import { addCorrection, readCorrections, RULE_FIELDS } from './correctionsFile.js';

const GOOD = `{
  "version": 1,
  "merge": [{ "alias": "Jim Kariuki", "into": "James Kariuki", "note": "his pen name" }],
  "notEntity": [{ "text": "Angers", "type": "PLACE" }],
  "retype": [{ "text": "Jordan", "from": "PLACE", "to": "PERSON" }]
}
`;
const at = (text: string, needle: string) => text.indexOf(needle);

test('a good file reads as its three lists; notes are for people', () => {
  const { corrections, problems } = readCorrections(GOOD);
  assert.deepEqual(problems, []);
  assert.deepEqual(corrections, {
    merge: [{ alias: 'Jim Kariuki', into: 'James Kariuki' }],
    notEntity: [{ text: 'Angers', type: 'PLACE' }],
    retype: [{ text: 'Jordan', from: 'PLACE', to: 'PERSON' }],
  });
});

test('an empty file is no corrections; a missing version is only a warning', () => {
  assert.deepEqual(readCorrections('  \n'), { corrections: { merge: [], notEntity: [], retype: [] }, problems: [] });
  const { corrections, problems } = readCorrections('{"notEntity": [{"text": "Angers"}]}');
  assert.deepEqual(corrections?.notEntity, [{ text: 'Angers' }]);
  assert.deepEqual(problems.map(p => p.severity), ['warning']);
});

test('a syntax error is located exactly and yields no corrections', () => {
  const text = GOOD.replace('"PLACE" }],\n  "retype"', '"PLACE" }]\n  "retype"');
  const { corrections, problems } = readCorrections(text);
  assert.equal(corrections, undefined);
  assert.equal(problems[0].severity, 'error');
  assert.equal(problems[0].start, at(text, '"retype"'));
  assert.match(problems[0].message, /^A comma is expected/);
});

test('a trailing comma and a comment are errors with a hint', () => {
  assert.match(readCorrections('{"version": 1, "merge": [],}').problems[0].message, /comma too many/);
  assert.match(readCorrections('{"version": 1 // mine\n}').problems[0].message, /Comments are not allowed.*"note"/);
});

test('schema errors point at the value that is wrong', () => {
  const text = '{"version": 1, "notEntity": [{"text": "Angers", "type": "PLAC"}], "retype": [{"text": "Jordan"}], "merge": {}}';
  const { corrections, problems } = readCorrections(text);
  assert.equal(corrections, undefined);
  const errors = problems.map(p => [text.slice(p.start, p.end), p.message.split('.')[0]]);
  assert.deepEqual(errors, [
    ['"PLAC"', '"type" must be one of "PERSON", "PLACE", "DATE"'],
    ['{', 'This entry of "retype" needs "to": it has "text", "from" (optional), "to", "note" (optional)'],
    ['{}', '"merge" must be a list: [ … ]'],
  ]);
});

test('wrong version is an error; unknown properties are warnings', () => {
  const v2 = readCorrections('{"version": 2}');
  assert.equal(v2.corrections, undefined);
  assert.match(v2.problems[0].message, /reads "version": 1/);
  const extra = readCorrections('{"version": 1, "$schema": "x", "aliases": [], "merge": [{"alias": "a", "into": "b", "by": "me"}]}');
  assert.deepEqual(extra.corrections?.merge, [{ alias: 'a', into: 'b' }]);
  assert.deepEqual(extra.problems.map(p => p.severity), ['warning', 'warning']);
  assert.equal(readCorrections('[]').corrections, undefined);
});

test('adding a rule keeps the reader’s layout and entries', () => {
  const edits = addCorrection(GOOD, { list: 'notEntity', rule: { text: 'Nice', type: 'PLACE' } });
  const after = applyEdits(GOOD, edits);
  assert.ok(after.startsWith(GOOD.slice(0, at(GOOD, '"notEntity"'))), 'the text before is untouched');
  assert.deepEqual(readCorrections(after).corrections?.notEntity, [{ text: 'Angers', type: 'PLACE' }, { text: 'Nice', type: 'PLACE' }]);
  const added = applyEdits('{ "version": 1 }', addCorrection('{ "version": 1 }', { list: 'merge', rule: { alias: 'A', into: 'B' } }));
  assert.deepEqual(readCorrections(added).corrections?.merge, [{ alias: 'A', into: 'B' }]);
});

test('a rule for a new file is a whole, readable file', () => {
  const [edit] = addCorrection(undefined, { list: 'retype', rule: { text: 'Jordan', from: 'PLACE', to: 'PERSON' } });
  assert.equal(edit.offset, 0);
  assert.equal(edit.content, '{\n  "version": 1,\n  "retype": [\n    {\n      "text": "Jordan",\n      "from": "PLACE",\n      "to": "PERSON"\n    }\n  ]\n}\n');
});

test('the JSON schema editors validate with says what the reader does', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../schemas/newslens.schema.json', import.meta.url), 'utf8'));
  for (const [list, fields] of Object.entries(RULE_FIELDS)) {
    const item = schema.properties[list].items;
    assert.deepEqual(Object.keys(item.properties).sort(), Object.keys(fields).sort(), list);
    const required = Object.entries(fields).filter(([, kind]) => kind === 'text' || kind === 'type').map(([k]) => k);
    assert.deepEqual([...item.required].sort(), required.sort(), list);
  }
  assert.equal(schema.properties.version.const, 1);
});
