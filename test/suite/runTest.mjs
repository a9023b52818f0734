#!/usr/bin/env node
// Runs the extension-host suite in a desktop VS Code downloaded by @vscode/test-electron, the standard
// way (needs access to VS Code's download servers; offline, use test/e2e/run-suite.mjs instead).
//   node test/suite/runTest.mjs            VSCODE_VERSION=1.100.3 node test/suite/runTest.mjs
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { copySamples, makeWorkDir, ROOT, SUITE } from '../workspace.mjs';

const work = makeWorkDir('electron-suite');
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [copySamples(work), '--disable-extensions', '--disable-workspace-trust',
      `--user-data-dir=${join(work, 'user-data')}`, '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`extension-host suite failed: ${e.message ?? e}`);
  process.exit(1);
}
