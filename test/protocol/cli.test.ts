// The built CLI (`dist/cli.js`) with a reader's corrections file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = JSON.stringify({ id: 'a', dct: '2024-03-25', text: 'Novelist Jim Kariuki read in Kericho on Sunday. Kariuki was born in Nairobi.' });

function extract(corrections: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, 'corrections.json');
  writeFileSync(file, corrections);
  return spawnSync(process.execPath, [CLI, 'extract', '--corrections', file], { input: ARTICLE + '\n', encoding: 'utf8' });
}

test('extract makes the corrections of a .newslens.json', () => {
  const { status, stdout } = extract('{"version": 1, "merge": [{"alias": "Jim Kariuki", "into": "James Kariuki"}], "notEntity": [{"text": "Kericho"}]}');
  assert.equal(status, 0);
  const { entities } = JSON.parse(stdout) as { entities: { type: string; entity: string }[] };
  const names = entities.filter(e => e.type !== 'DATE').map(e => e.entity);
  assert.ok(names.includes('PERSON:james kariuki') && !names.includes('PERSON:jim kariuki'), names.join(', '));
  assert.ok(!names.includes('PLACE:kericho'), names.join(', '));
});

test('a malformed corrections file stops the CLI with the place of the error', () => {
  const { status, stdout, stderr } = extract('{"version": 1,\n "merge": [{"alias": "x"}]}');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /corrections\.json:2:12: error: This entry of "merge" needs "into"/);
});
