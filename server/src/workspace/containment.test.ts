import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isInside, resolveInside } from './containment.js';

/** outer/ holds a secret and the workspace ws/, whose links point in and out. */
function fixture() {
  const outer = realpathSync(mkdtempSync(join(tmpdir(), 'nl-contain-')));
  const ws = join(outer, 'ws');
  mkdirSync(join(ws, 'notes', 'deep'), { recursive: true });
  writeFileSync(join(outer, 'secret.txt'), 'secret');
  writeFileSync(join(ws, 'notes', 'a.txt'), 'a');
  symlinkSync(join(outer, 'secret.txt'), join(ws, 'to-secret.txt'));
  symlinkSync('..', join(ws, 'up'));
  symlinkSync(join(ws, 'notes'), join(ws, 'notes-link'));
  symlinkSync(join(outer, 'nowhere.txt'), join(ws, 'dangling.txt'));
  symlinkSync('/', join(ws, 'root'));
  return { outer, ws };
}

test('plain relative paths resolve inside, existing or not', () => {
  const { ws } = fixture();
  assert.deepEqual(resolveInside(ws, 'notes/a.txt'), { ok: true, path: join(ws, 'notes', 'a.txt') });
  assert.deepEqual(resolveInside(ws, 'notes/deep/new.json'), { ok: true, path: join(ws, 'notes', 'deep', 'new.json') });
  assert.deepEqual(resolveInside(ws, 'new-folder/new.json'), { ok: true, path: join(ws, 'new-folder', 'new.json') });
  assert.deepEqual(resolveInside(ws, './notes//a.txt'), { ok: true, path: join(ws, 'notes', 'a.txt') });
  assert.deepEqual(resolveInside(ws, '.newslens.json'), { ok: true, path: join(ws, '.newslens.json') });
});

test('absolute paths, drive letters, home and ".." are refused before touching the disk', () => {
  const { ws } = fixture();
  for (const p of ['/etc/passwd', '\\\\server\\share\\x.txt', 'C:\\Windows\\win.ini', 'c:x.txt', '~/.ssh/id_rsa',
    '../secret.txt', 'notes/../../secret.txt', 'notes\\..\\..\\secret.txt', '..', 'notes/..']) {
    const r = resolveInside(ws, p);
    assert.equal(r.ok, false, `${p} was let through`);
  }
});

test('NUL bytes, empty and non-string paths are refused', () => {
  const { ws } = fixture();
  for (const p of ['notes/a.txt\0.json', '', undefined as unknown as string, 42 as unknown as string]) {
    assert.equal(resolveInside(ws, p).ok, false, JSON.stringify(p));
  }
});

test('links that lead outside are refused, wherever they sit on the path', () => {
  const { ws } = fixture();
  for (const p of ['to-secret.txt', 'up/secret.txt', 'root/etc/passwd', 'root', 'up/new.json']) {
    const r = resolveInside(ws, p);
    assert.equal(r.ok, false, `${p} resolved to ${JSON.stringify(r)}`);
  }
  // what counts is where a path really leads: out and back in again is inside
  assert.deepEqual(resolveInside(ws, 'up/ws/notes/a.txt'), { ok: true, path: join(ws, 'notes', 'a.txt') });
});

test('a dangling link is refused: writing through it would create a file elsewhere', () => {
  const { ws } = fixture();
  assert.equal(resolveInside(ws, 'dangling.txt').ok, false);
});

test('links that stay inside resolve to their real target', () => {
  const { ws } = fixture();
  assert.deepEqual(resolveInside(ws, 'notes-link/a.txt'), { ok: true, path: join(ws, 'notes', 'a.txt') });
  assert.deepEqual(resolveInside(ws, 'notes-link/deep/x.json'), { ok: true, path: join(ws, 'notes', 'deep', 'x.json') });
});

test('a workspace folder reached through a link is still its own inside', () => {
  const { outer, ws } = fixture();
  symlinkSync(ws, join(outer, 'ws-link'));
  assert.deepEqual(resolveInside(join(outer, 'ws-link'), 'notes/a.txt'), { ok: true, path: join(ws, 'notes', 'a.txt') });
  assert.equal(resolveInside(join(outer, 'gone'), 'a.txt').ok, false);
});

test('isInside compares whole path segments', () => {
  assert.equal(isInside('/w/ws', '/w/ws'), true);
  assert.equal(isInside('/w/ws', '/w/ws/a/b'), true);
  assert.equal(isInside('/w/ws', '/w/ws/..foo'), true);
  assert.equal(isInside('/w/ws', '/w/ws-other/a'), false);
  assert.equal(isInside('/w/ws', '/w'), false);
  assert.equal(isInside('/w/ws', '/etc/passwd'), false);
});
