// What the extension's manifest promises about untrusted workspaces, checked against what it
// contributes: a workspace may open News Lens, but its settings can neither raise resource limits
// nor name anything to run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
const settings: Record<string, { type: string; description?: string }> = manifest.contributes.configuration.properties;

test('the manifest declares how News Lens behaves in untrusted and virtual workspaces', () => {
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.ok(untrusted, 'capabilities.untrustedWorkspaces is not declared');
  assert.ok(untrusted.supported === true || untrusted.supported === 'limited');
  assert.match(untrusted.description, /runs nothing from the workspace/);
  assert.equal(manifest.capabilities.virtualWorkspaces, false, 'it reads files from disk');
});

test('every setting that sets a limit is taken from user settings only in an untrusted workspace', () => {
  const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
  for (const name of restricted) assert.ok(settings[name], `${name} is restricted but not contributed`);
  const limits = Object.keys(settings).filter(name => settings[name].type === 'number');
  assert.ok(limits.includes('newsLens.maxFileSizeMB'));
  for (const name of limits) assert.ok(restricted.includes(name), `${name} could be raised by an untrusted workspace`);
});

test('no setting names a program, a path or a command to run', () => {
  for (const [name, schema] of Object.entries(settings)) {
    assert.doesNotMatch(name, /path|command|executable|program|server(Path|Command)|args|env/i, name);
    assert.doesNotMatch(schema.description ?? '', /\b(run|execute|launch)s?\b/i, `${name}: ${schema.description}`);
  }
});
