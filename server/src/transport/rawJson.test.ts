import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage, RawJson } from './rawJson.js';

const VALUE = [{ uri: 'file:///a "b"\\c.txt', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } } }, { name: 'Zelenskyy’s 🇺🇦' }];
const parsed = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8'));

test('a reply whose result is RawJson is written as the reply of its value', () => {
  for (const id of [7, 'req-7']) {
    const message = { jsonrpc: '2.0', id, result: RawJson.of(VALUE) } as Message;
    assert.deepEqual(parsed(encodeMessage(message)), { jsonrpc: '2.0', id, result: VALUE });
  }
});

test('the result is copied in as written, not parsed and written again', () => {
  const message = { jsonrpc: '2.0', id: 2, result: new RawJson(Buffer.from('[ 1,  2 ]')) } as Message;
  assert.equal(Buffer.from(encodeMessage(message)).toString('utf8'), '{"jsonrpc":"2.0","id":2,"result":[ 1,  2 ]}');
});

test('any other message is written by JSON.stringify, unchanged', () => {
  const messages = [
    { jsonrpc: '2.0', id: 3, result: VALUE },
    { jsonrpc: '2.0', id: 4, error: { code: -32603, message: 'failed' } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'indexed' } },
  ];
  for (const m of messages) assert.equal(Buffer.from(encodeMessage(m as Message)).toString('utf8'), JSON.stringify(m));
});

test('another serializer gets the value through toJSON', () => {
  const message = { jsonrpc: '2.0', id: 9, result: RawJson.of(VALUE) };
  assert.deepEqual(JSON.parse(JSON.stringify(message)), { jsonrpc: '2.0', id: 9, result: VALUE });
});

test('a RawJson that is a view into a larger buffer writes only its own bytes', () => {
  const whole = Buffer.from('xx[1,2,3]yy');
  const message = { jsonrpc: '2.0', id: 1, result: new RawJson<number[]>(whole.subarray(2, 9)) } as Message;
  assert.deepEqual(parsed(encodeMessage(message)).result, [1, 2, 3]);
  assert.deepEqual((message as unknown as { result: RawJson<number[]> }).result.toJSON(), [1, 2, 3]);
});
