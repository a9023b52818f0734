import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeArticle } from './decode.js';

test('UTF-8 with a BOM decodes without the BOM', () => {
  const r = decodeArticle(Buffer.from('\uFEFFKyiv’s mayor', 'utf8'));
  assert.deepEqual(r, { ok: true, text: 'Kyiv’s mayor', encoding: 'utf-8' });
});

test('UTF-16 with a BOM, both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ana 😀 Ribeiro', 'utf16le')]);
  assert.deepEqual(decodeArticle(le), { ok: true, text: 'Ana 😀 Ribeiro', encoding: 'utf-16le' });
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.equal((decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), be])) as { text: string }).text, 'Ana 😀 Ribeiro');
});

test('invalid UTF-8 falls back to windows-1252 instead of losing the article', () => {
  const r = decodeArticle(Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]));
  assert.deepEqual(r, { ok: true, text: 'São Paulo', encoding: 'windows-1252' });
});

test('binary data is refused with a reason', () => {
  const r = decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  assert.equal(r.ok, false);
});
