#!/usr/bin/env node
// The UI test: News Lens as a person uses it, in a real VS Code (code-server 4.100.3 + Debian Chromium),
// with news-lens.vsix installed like a user would and a copy of samples/ open. Prints one line per check
// and `N passed, N failed`; exit code 0 when all passed. Screenshots go to <work>/out, the hover also to
// docs/hover.png (the README shows it).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processesUnder } from './harness.mjs';
import { checks, openWorkbench } from './session.mjs';
import { activeTab, cursorPoint, gotoPosition, hoverUntil, openFile, positionOf, runCommand, selection } from './workbench.mjs';
import { ROOT, sampleArticleCount, startRun } from '../workspace.mjs';

const run = startRun('ui');
const { mark, out, folder } = run;
const SAMPLES = sampleArticleCount();
const BULK = 3;
const LISBON = '2024-03-12-lisbon-water-talks.txt';   // the earliest article: Ana Ribeiro is defined here
const PORTO = '2024-03-18-porto-dock-strike.txt';     // CRLF line ends; mentions "Ribeiro" later on

let page;
const { check, fatal, finish } = checks(run, () => page);

try {
  // wrapped lines keep every word on screen; collapsed outline groups all fit in the Outline pane
  const workbench = await openWorkbench(run, { 'editor.wordWrap': 'on', 'outline.collapseItems': 'alwaysCollapse' });
  page = workbench.page;
  mark('workbench loaded');

  await check('status bar reports the indexed articles', async () => {
    await openFile(page, LISBON);
    // "News Lens: N articles…" while indexing, "News Lens: N articles" once ready
    const item = page.locator('.part.statusbar .statusbar-item', { hasText: /News Lens: \d+ articles?$/ });
    await item.waitFor({ timeout: 60_000 });
    const text = await item.innerText();
    mark(`status bar: ${JSON.stringify(text)}`);
    assert.match(text, new RegExp(`News Lens: ${SAMPLES} articles$`));
  });

  await check('hovering a person shows the hover card', async () => {
    await gotoPosition(page, positionOf(join(folder, LISBON), 'Ribeiro told reporters', 2));
    const text = await hoverUntil(page, () => cursorPoint(page), /Ana Ribeiro/);
    mark(`hover: ${JSON.stringify(text.slice(0, 300))}`);
    assert.match(text, /^Ana Ribeiro — person/m);
    // the card fades in: photograph it once no animation is running any more
    await page.waitForFunction(() => !document.getAnimations().some(a => a.playState === 'running'), null, { timeout: 5000 }).catch(() => {});
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some(h => h.offsetParent && getComputedStyle(h).opacity === '1'), null, { timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: join(out, 'hover.png') });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(join(out, 'hover.png'), join(ROOT, 'docs', 'hover.png'));
  });

  await check('F12 on a short mention jumps to the first full-name mention', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await openFile(page, PORTO);
    await gotoPosition(page, positionOf(join(folder, PORTO), 'Ribeiro urged', 2));
    await page.keyboard.press('F12');
    // the defining mention: first written in full, in the earliest-dated article
    const def = positionOf(join(folder, LISBON), 'Ana Ribeiro');
    await activeTab(page, LISBON);
    await selection(page).filter({ hasText: new RegExp(`Ln ${def.line}, Col ${def.col}\\b`) }).waitFor({ timeout: 10_000 });
    const where = await selection(page).innerText();
    mark(`after F12: ${LISBON} ${where}`);
    const line = readFileSync(join(folder, LISBON), 'utf8').split(/\r?\n/)[def.line - 1];
    assert.ok(line.slice(def.col - 1).startsWith('Ana Ribeiro'));
  });

  await check('Shift+F12 lists the mentions in several articles', async () => {
    await openFile(page, LISBON);
    await gotoPosition(page, positionOf(join(folder, LISBON), 'Ms. Ribeiro', 6));
    await page.keyboard.press('Shift+F12');
    const files = page.locator('.peekview-widget .reference-file');
    await files.nth(1).waitFor({ timeout: 15_000 });
    const names = await files.locator('.label-name').allInnerTexts();
    mark(`references peek files: ${JSON.stringify(names)}`);
    assert.ok(new Set(names).size >= 2, `only ${names.length} file(s) in the references peek`);
    assert.ok(names.includes(LISBON) && names.includes(PORTO));
    await page.screenshot({ path: join(out, 'references.png') });
    await page.keyboard.press('Escape');
  });

  await check('Outline view lists People, Places and Dates', async () => {
    await runCommand(page, 'Explorer: Focus on Outline View');
    const rows = page.locator('.pane:has(.pane-header[aria-label^="Outline"]) .monaco-list-row');
    await rows.filter({ hasText: 'Dates' }).first().waitFor({ timeout: 15_000 });
    const names = await rows.locator('.label-name').allInnerTexts();
    mark(`outline: ${JSON.stringify(names.slice(0, 12))}`);
    // (the view orders symbols by position, so the groups' order is checked by the suite, not here)
    for (const group of ['People', 'Places', 'Dates']) assert.ok(names.includes(group), `no ${group} group`);
    await page.screenshot({ path: join(out, 'outline.png') });
  });

  await check('News Lens: Re-index Articles shows indexing, then the count again', async () => {
    await page.keyboard.press('Escape');
    // the "indexing…" state may last only milliseconds: record every text the status item takes
    await page.evaluate(() => {
      const bar = document.querySelector('.part.statusbar');
      window.__newsLensStatus = [];
      new MutationObserver(() => {
        for (const el of bar.querySelectorAll('.statusbar-item')) {
          const t = el.innerText.trim();
          if (t.includes('News Lens') && window.__newsLensStatus.at(-1) !== t) window.__newsLensStatus.push(t);
        }
      }).observe(bar, { subtree: true, childList: true, characterData: true });
    });
    await runCommand(page, 'News Lens: Re-index Articles');
    await page.waitForFunction(n => /indexing/.test(window.__newsLensStatus.join('|'))
      && new RegExp(`News Lens: ${n} articles$`).test(window.__newsLensStatus.at(-1)), SAMPLES, { timeout: 30_000 });
    mark(`status texts: ${JSON.stringify(await page.evaluate(() => window.__newsLensStatus))}`);
  });

  // Last, since it adds articles: the reader's editor outlives a server killed while it indexes.
  await check('a server killed mid-scan is restarted, with a notice, and answers again', async () => {
    const languageServer = () => processesUnder(workbench.server.pid, /dist\/server\.js.*--node-ipc/);
    const [before] = languageServer();
    assert.ok(before, 'no language server process found');
    // three large new articles keep the scan busy for seconds (nothing of them is cached yet)
    mkdirSync(join(folder, 'bulk'), { recursive: true });
    for (let i = 0; i < BULK; i++) writeFileSync(join(folder, 'bulk', `harbour-${i}.txt`), bulkArticle(i));
    await runCommand(page, 'News Lens: Re-index Articles');
    await page.waitForFunction(() => /News Lens: \d+ articles…$/.test(window.__newsLensStatus.at(-1)), null, { timeout: 30_000 });
    process.kill(before, 'SIGKILL');
    mark(`killed the language server (pid ${before}) while the status bar said ${JSON.stringify(await page.evaluate(() => window.__newsLensStatus.at(-1)))}`);
    await page.locator('.notifications-toasts', { hasText: 'News Lens: the language server stopped unexpectedly and was restarted.' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(out, 'restarted.png') });
    // a notice, not an error dialog in the reader's way (the interrupted Re-index once raised one)
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'a modal dialog is up');
    await page.locator('.part.statusbar .statusbar-item', { hasText: new RegExp(`News Lens: ${SAMPLES + BULK} articles$`) }).waitFor({ timeout: 90_000 });
    const [after] = languageServer();
    assert.ok(after && after !== before, `no new server process (before ${before}, now ${after})`);
    await openFile(page, LISBON);
    await gotoPosition(page, positionOf(join(folder, LISBON), 'Ribeiro told reporters', 2));
    await hoverUntil(page, await cursorPoint(page), /Ana Ribeiro/);
  });
} catch (e) {
  await fatal(e);
} finally {
  await finish();
}

/** About 0.6 MB of harbour news, different for each `i`, so no cache holds its analysis. */
function bulkArticle(i) {
  const sentence = (n) => `Mayor Tiago Moreira spoke in Porto on Monday about berth ${i}-${n}, the fishing fleet and the new quay. `;
  return `Harbour report ${i}\n\n${Array.from({ length: 6000 }, (_, n) => sentence(n)).join('')}\n`;
}
