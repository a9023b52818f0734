// What the UI and reading tests share: a workbench opened on the run's copy of samples/ with
// news-lens.vsix installed as a user would install it, and checks that count themselves, log each
// result and photograph each failure.
import { join } from 'node:path';
import { installVsix, launchBrowser, makeProfile, startServer, workbenchUrl } from './harness.mjs';
import { VSIX } from '../workspace.mjs';

/** The run's folder open in a real workbench (see `startRun`): its page once the editor is up, and its server. */
export async function openWorkbench({ mark, work, out, folder }, settings = {}) {
  const profile = makeProfile(join(work, 'profile'), settings);
  installVsix(profile, VSIX);
  const server = await startServer(profile, { log: join(out, 'code-server.log') });
  mark(`code-server up at ${server.url}, workspace ${folder}`);
  const browser = await launchBrowser(profile);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(20_000);
  await page.goto(workbenchUrl(server, folder));
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
  return { page, server };
}

/** Named checks for a run; `currentPage` is the page to photograph (none before the workbench is open). */
export function checks({ mark, out }, currentPage) {
  let passed = 0, failed = 0;
  const photograph = (name) => currentPage()?.screenshot({ path: join(out, name) }).catch(() => {});
  return {
    async check(name, fn) {
      try { await fn(); passed++; mark(`PASS ${name}`); }
      catch (e) {
        failed++; mark(`FAIL ${name}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
        await photograph(`fail-${name.replace(/\W+/g, '_')}.png`);
      }
    },
    /** A failure outside any check: the run stops there. */
    async fatal(e) {
      failed++; mark(`FATAL ${e.stack}`);
      await photograph('fatal.png');
    },
    /** Prints `N passed, N failed` and exits (the 'exit' handler ends code-server, Chromium and everything under them). */
    async finish() {
      await photograph('final.png');
      mark(`screenshots and logs in ${out}`);
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
