// Shared by the UI test, the extension-host suite runner and `npm start`: starts code-server (or the
// VS Code server bundled in it) and Chromium, isolated in a work folder, and stops their whole process
// tree. code-server is installed by scripts/e2e-setup.sh into .cache/code-server.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../workspace.mjs';

export const CS = join(ROOT, '.cache', 'code-server', 'node_modules', 'code-server');
const CS_ENTRY = join(CS, 'out', 'node', 'entry.js');
const SERVER_MAIN = join(CS, 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// What a person would otherwise have to click away: the trust dialog, the welcome walkthrough, telemetry
// notices. A short hover delay keeps the UI test quick.
const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'editor.hover.delay': 150,
  // no fade-in: a screenshot taken as soon as the hover shows gets it fully drawn
  'workbench.reduceMotion': 'on',
  'editor.minimap.enabled': false,
};

/**
 * A profile under `dir`: user data, extensions, and a HOME/XDG/TMPDIR of its own, because code-server,
 * VS Code and Chromium write configs, logs and sockets there (~/.config/code-server, $TMPDIR/vscode-*.sock).
 */
export function makeProfile(dir, extraSettings = {}) {
  const p = { dir, userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), home: join(dir, 'home') };
  for (const d of [join(p.userData, 'User'), p.extensions, join(p.home, 'tmp')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(p.userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...extraSettings }, null, 2));
  const env = { ...process.env, HOME: p.home, TMPDIR: join(p.home, 'tmp'), XDG_CONFIG_HOME: join(p.home, '.config'),
    XDG_DATA_HOME: join(p.home, '.local/share'), XDG_CACHE_HOME: join(p.home, '.cache') };
  // variables of a VS Code this may itself run inside would confuse the server it starts
  for (const k of Object.keys(env)) if (/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(k)) delete env[k];
  p.env = env;
  return p;
}

function requireCodeServer() {
  if (!existsSync(CS_ENTRY)) throw new Error(`code-server is not installed in ${CS}: run bash scripts/e2e-setup.sh`);
}

/** Installs a .vsix into the profile the way a user would (code-server --install-extension). */
export function installVsix(profile, vsix) {
  requireCodeServer();
  execFileSync(process.execPath, [CS_ENTRY, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions,
    '--install-extension', vsix, '--force'], { env: profile.env, stdio: ['ignore', 'pipe', 'inherit'], timeout: 60_000 });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address(); s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and waits until it answers. kind 'code-server' is what a user runs (vsix installed);
 * kind 'vscode-server' is the bundled VS Code server with --enable-smoke-test-driver, which is what makes the
 * workbench honour extensionDevelopmentPath/extensionTestsPath and report window.codeAutomationExit.
 */
export async function startServer(profile, { kind = 'code-server', port, folder, log, timeoutMs = 30_000 } = {}) {
  requireCodeServer();
  port ||= await freePort();
  const common = ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
  const args = kind === 'code-server'
    ? [CS_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...common, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--ignore-last-opened', ...(folder ? [folder] : [])]
    : [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
      '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-workspace-trust',
      '--telemetry-level', 'off', '--server-data-dir', profile.userData, ...common];
  const out = log ? openSync(log, 'w') : 'ignore';
  // not detached: the server stays in our session, so a caller that ran us under setsid can still reap it
  const child = spawn(process.execPath, args, { env: profile.env, stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${port}`;
  const server = { url, port, pid: child.pid, child, stop: () => killTree(child.pid) };
  reapOnExit();
  const ready = kind === 'code-server' ? `${url}/healthz` : `${url}/`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}${log ? `, see ${log}` : ''}`);
    if (await fetch(ready).then((r) => r.ok, () => false)) return server;
    if (Date.now() > deadline) { server.stop(); throw new Error(`${kind} did not answer on ${ready} in ${timeoutMs} ms`); }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function descendants(pid) {
  let kids = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      kids.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    }
  } catch { /* gone already */ }
  return [pid, ...kids.flatMap(descendants)];
}

/** The pids under `pid` (itself included) whose command line matches `pattern`. */
export function processesUnder(pid, pattern) {
  return descendants(pid).filter((p) => {
    try { return pattern.test(readFileSync(`/proc/${p}/cmdline`, 'utf8').replaceAll('\0', ' ')); } catch { return false; }
  });
}

/**
 * Ends a process and everything under it: killing code-server alone would leave its extension hosts,
 * file watchers and our language server running. Synchronous, so it also works from an 'exit' handler.
 */
export function killTree(pid, { self = true } = {}) {
  const all = descendants(pid).slice(self ? 0 : 1);
  for (const p of all) { try { process.kill(p, 'SIGTERM'); } catch { /* already gone */ } }
  const until = Date.now() + 3000;
  while (Date.now() < until && all.some(alive)) execFileSync('sleep', ['0.1']);
  for (const p of all) { try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ } }
}
// a zombie (exited, not yet reaped by its parent) counts as gone
const alive = (p) => { try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${p}/stat`, 'utf8')); } catch { return false; } };

/** However this process ends (done, failed, Ctrl+C), everything it started ends with it. */
let reaping = false;
export function reapOnExit() {
  if (reaping) return;
  reaping = true;
  process.on('exit', () => killTree(process.pid, { self: false }));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => process.exit(130));
}

/** Debian's Chromium through playwright-core (nothing to download), headless, with the profile's HOME. */
export async function launchBrowser(profile) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, env: profile.env, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  reapOnExit();
  return browser;
}

/** The workbench URL for a folder; `payload` carries extensionDevelopmentPath/extensionTestsPath. */
export function workbenchUrl(server, folder, payload) {
  let u = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}
