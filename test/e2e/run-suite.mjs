#!/usr/bin/env node
// Runs test/suite (the extension-host suite) here, without downloading VS Code: on the VS Code server
// bundled in code-server, started with --enable-smoke-test-driver, the workbench honours
// extensionDevelopmentPath/extensionTestsPath from the URL payload (as @vscode/test-electron passes them
// on the command line) and reports the suite's exit code through window.codeAutomationExit.
// Elsewhere, test/suite/runTest.mjs runs the same suite in a downloaded desktop VS Code.
import { join } from 'node:path';
import { launchBrowser, makeProfile, startServer, workbenchUrl } from './harness.mjs';
import { ROOT, startRun, SUITE } from '../workspace.mjs';

const TIMEOUT_MS = Number(process.env.SUITE_TIMEOUT_MS || 180_000);
const { mark, work, out, folder } = startRun('suite');

// an empty extensions dir: the extension under test is loaded from the repository (dist/), not a vsix
const profile = makeProfile(join(work, 'profile'));
const server = await startServer(profile, { kind: 'vscode-server', log: join(out, 'vscode-server.log') });
mark(`VS Code server up at ${server.url}`);
const browser = await launchBrowser(profile);
const page = await browser.newPage();
const exitCode = new Promise((resolve) => {
  page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (args || []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (line.includes('[suite]') || type === 'error') console.log(line);
  });
  page.exposeFunction('codeAutomationExit', (code) => resolve(code));
});
const remote = (path) => `vscode-remote://${new URL(server.url).host}${path}`;
await page.goto(workbenchUrl(server, folder, [
  ['extensionDevelopmentPath', remote(ROOT)],
  ['extensionTestsPath', remote(SUITE)],
]));
const code = await Promise.race([exitCode, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
mark(`extension tests exit code: ${code}`);
if (code !== 0) await page.screenshot({ path: join(out, 'suite-final.png') }).catch(() => {});
await browser.close().catch(() => {});
process.exit(code === 0 ? 0 : 1);   // the 'exit' handler ends the server and everything under it
