import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from 'jsonc-parser';
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { readCorrections } from '../corpus/correctionsFile.js';
import { LineIndex } from '../corpus/lineIndex.js';
import { markedContext, positionOf } from '../testing/markedArticle.js';
import type { CorrectionsTarget } from '../workspace/correctionFiles.js';
import { codeActions } from './codeActions.js';

const ctx = markedContext({
  'file:///news/a.txt': 'Fair\n\n{{PERSON:james kariuki|James Kariuki}} read in {{PLACE:angers|Angers}} in {{DATE:2024-05|May}}. {{PERSON:james kariuki|Kariuki}} left.',
  'file:///news/b.txt': 'Reading\n\n{{PERSON:jim kariuki|Jim Kariuki’s}} book sold out. {{PERSON:grace wanjiru|Grace Wanjiru}} came.',
});
const A = 'file:///news/a.txt', B = 'file:///news/b.txt';
const FILE = 'file:///news/.newslens.json';
const full = { documentChanges: true, createFile: true };
const titles = (uri: string, needle: string, target: CorrectionsTarget = { uri: FILE, readable: true }) =>
  codeActions(ctx, uri, positionOf(ctx.texts.get(uri)!, needle), target, full).map(a => a.title);

/** The corrections file after the action's edit. */
function afterEdit(edit: WorkspaceEdit, before = ''): string {
  const change = (edit.documentChanges ?? []).find((c): c is TextDocumentEdit => 'edits' in c);
  const edits: TextEdit[] = change ? change.edits as TextEdit[] : edit.changes![FILE];
  const lines = LineIndex.of(before);
  return applyEdits(before, edits.map(e => {
    const offset = lines.offsetAt(e.range.start);
    return { offset, length: lines.offsetAt(e.range.end) - offset, content: e.newText };
  }));
}

test('a person: not a person, a place instead, or another name of someone', () => {
  assert.deepEqual(titles(B, 'Jim'), [
    'Not a person: “Jim Kariuki” everywhere',
    'Change type to place: “Jim Kariuki” everywhere',
    'Merge “Jim Kariuki” with James Kariuki',
  ]);
  assert.deepEqual(titles(B, 'Grace'), ['Not a person: “Grace Wanjiru” everywhere', 'Change type to place: “Grace Wanjiru” everywhere']);
});

test('a short name stands for the article’s full name; a date may be a person or place', () => {
  assert.equal(titles(A, 'Kariuki left')[0], 'Not a person: “James Kariuki” everywhere');
  assert.deepEqual(titles(A, 'May'), ['Not a date: “May” everywhere', 'Change type to person: “May” everywhere', 'Change type to place: “May” everywhere']);
  assert.deepEqual(titles(A, 'read in'), [], 'no mention, no action');
});

test('with no corrections file yet, the action creates one holding the rule', () => {
  const [notPlace] = codeActions(ctx, A, positionOf(ctx.texts.get(A)!, 'Angers'), { uri: FILE, readable: true }, full);
  assert.equal(notPlace.kind, 'quickfix.newsLens');
  assert.deepEqual(notPlace.edit!.documentChanges![0], { kind: 'create', uri: FILE, options: { ignoreIfExists: true } });
  assert.deepEqual(readCorrections(afterEdit(notPlace.edit!)).corrections!.notEntity, [{ text: 'Angers', type: 'PLACE' }]);
});

test('with a file, the rule is added to it, at the version the editor holds', () => {
  const before = '{\n  "version": 1,\n  "notEntity": [{ "text": "Nice" }]\n}\n';
  const target = { uri: FILE, text: before, version: 7, readable: true };
  const merge = codeActions(ctx, B, positionOf(ctx.texts.get(B)!, 'Jim'), target, full)[2];
  const change = merge.edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri: FILE, version: 7 });
  const after = readCorrections(afterEdit(merge.edit!, before)).corrections!;
  assert.deepEqual(after.merge, [{ alias: 'Jim Kariuki', into: 'James Kariuki' }]);
  assert.deepEqual(after.notEntity, [{ text: 'Nice' }]);
});

test('an editor without documentChanges gets plain changes', () => {
  const [action] = codeActions(ctx, A, positionOf(ctx.texts.get(A)!, 'Angers'), { uri: FILE, readable: true }, { documentChanges: false, createFile: false });
  assert.deepEqual(Object.keys(action.edit!.changes!), [FILE]);
  assert.match(afterEdit(action.edit!), /"text": "Angers"/);
});

test('while the file has errors, the actions are shown but disabled; outside a folder there are none', () => {
  const actions = codeActions(ctx, A, positionOf(ctx.texts.get(A)!, 'Angers'), { uri: FILE, text: '{', readable: false }, full);
  assert.deepEqual(actions[0].disabled, { reason: 'Fix the errors in .newslens.json first.' });
  assert.equal(actions[0].edit, undefined);
  assert.deepEqual(codeActions(ctx, A, positionOf(ctx.texts.get(A)!, 'Angers'), undefined, full), []);
});
