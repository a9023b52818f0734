import assert from 'node:assert/strict';
import { test } from 'node:test';
import { globToRegExp, PathFilter } from './glob.js';

test('globs match the way VS Code settings do', () => {
  assert.ok(globToRegExp('**/*.txt').test('a.txt'));
  assert.ok(globToRegExp('**/*.txt').test('deep/er/a.txt'));
  assert.ok(!globToRegExp('*.txt').test('deep/a.txt'));
  assert.ok(globToRegExp('**/*.{txt,md}').test('x/y.md'));
  assert.ok(globToRegExp('**/node_modules/**').test('a/node_modules/b/c.txt'));
  assert.ok(globToRegExp('**/node_modules/**').test('node_modules/c.txt'));
  assert.ok(!globToRegExp('**/*.txt').test('a.txt.bak'));
});

test('the filter takes included articles and skips excluded folders', () => {
  const filter = new PathFilter(['**/*.txt', '**/*.md'], ['**/node_modules/**', '**/.git/**']);
  assert.ok(filter.accepts('news/2024/kyiv.txt'));
  assert.ok(!filter.accepts('node_modules/pkg/README.md'));
  assert.ok(!filter.accepts('photo.jpg'));
  assert.ok(filter.excludes('node_modules'));
  assert.ok(filter.excludes('a/.git'));
  assert.ok(!filter.excludes('news'));
});
