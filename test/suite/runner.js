// A tiny test runner for code that runs inside the VS Code extension host (no mocha needed): runs the
// tests in order, logs one line each and `N passed, N failed`, and rejects when any failed, which makes
// @vscode/test-electron (and our smoke-driver runner) report a non-zero exit code.
const tests = [];

/** Registers a test; `fn` may be async. */
function test(name, fn) { tests.push({ name, fn }); }

async function runAll(log = console.log) {
  let passed = 0, failed = 0;
  for (const { name, fn } of tests) {
    const t = Date.now();
    try { await fn(); passed++; log(`[suite] PASS ${name} (${Date.now() - t} ms)`); }
    catch (e) { failed++; log(`[suite] FAIL ${name}: ${(e && e.stack) || e}`); }
  }
  log(`[suite] ${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} extension-host test(s) failed`);
}

module.exports = { test, runAll };
